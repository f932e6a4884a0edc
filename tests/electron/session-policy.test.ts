// The session's permission policy: everything denied except persistent storage.
import { describe, expect, it, vi } from 'vitest';
import { applySessionPolicy } from '../../electron/session-policy';

type RequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type CheckHandler = (webContents: unknown, permission: string) => boolean;

describe('applySessionPolicy', () => {
  it('grants persistent-storage and denies every other request and check', () => {
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    applySessionPolicy({
      setPermissionRequestHandler: (handler: RequestHandler) => (request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (check = handler),
    });

    for (const [permission, granted] of [
      ['persistent-storage', true],
      ['media', false],
      ['geolocation', false],
      ['notifications', false],
      ['openExternal', false],
      ['clipboard-read', false],
      ['unknown', false],
    ] as const) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(granted);
      expect(check!(null, permission), permission).toBe(granted);
    }
  });
});
