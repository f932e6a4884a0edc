// The update check runs in the packaged app only: never in development, never under a test
// runner, not where an administrator switched it off; a feed that cannot be reached is
// logged, not thrown.
import { describe, expect, it, vi } from 'vitest';
import { checkForUpdates, type AutoUpdaterLike } from '../../electron/updater';

function fakeUpdater(fail?: Error) {
  const updater = {
    checkForUpdatesAndNotify: vi.fn(() => (fail ? Promise.reject(fail) : Promise.resolve(null))),
    on: vi.fn(),
  } satisfies AutoUpdaterLike;
  return { updater, load: vi.fn(() => Promise.resolve(updater)) };
}

describe('checkForUpdates', () => {
  it('checks the feed in the packaged app', async () => {
    const { updater, load } = fakeUpdater();
    await expect(checkForUpdates({ isPackaged: true, env: {}, load, log: vi.fn() })).resolves.toBe(true);
    expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['in development (not packaged)', false, {}],
    ['under a test runner', true, { VITEST: 'true' }],
    ['with NODE_ENV=test', true, { NODE_ENV: 'test' }],
    ['when switched off by SCRUTINEER_UPDATES=off', true, { SCRUTINEER_UPDATES: 'off' }],
  ])('never loads electron-updater %s', async (_label, isPackaged, env: Record<string, string>) => {
    const { load } = fakeUpdater();
    await expect(checkForUpdates({ isPackaged, env, load, log: vi.fn() })).resolves.toBe(false);
    expect(load).not.toHaveBeenCalled();
  });

  it('logs a feed it cannot reach instead of failing', async () => {
    const { load } = fakeUpdater(new Error('getaddrinfo ENOTFOUND updates.scrutineer.example'));
    const log = vi.fn();
    await checkForUpdates({ isPackaged: true, env: {}, load, log });
    expect(log).toHaveBeenCalledWith('Update check failed: getaddrinfo ENOTFOUND updates.scrutineer.example');
  });
});
