// Chooses the platform implementation once, at start-up.
import { BRIDGE_KEY, type ScrutineerBridge } from '../../shared/ipc';
import { provideAtRestKey } from './atRestKey';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { PlatformPort } from './port';

function bridge(): ScrutineerBridge | undefined {
  return (window as unknown as Record<string, ScrutineerBridge | undefined>)[BRIDGE_KEY];
}

const found = bridge();
export const platform: PlatformPort = found ? createElectronPlatform(found) : createBrowserPlatform();
// Data modules on this thread seal and open text with this platform's key.
provideAtRestKey(() => platform.atRestKey());
export type { PlatformPort, SecretProtection } from './port';
