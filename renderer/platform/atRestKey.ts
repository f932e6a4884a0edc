// The platform's at-rest key, as data modules reach it: the app's platform
// (renderer/platform/index.ts) provides its own source at start; a worker, which has no
// bridge to Electron, is handed the same CryptoKey by the main thread (a CryptoKey survives
// postMessage and stays non-extractable) and provides it here before reading anything
// sealed. Until one is provided (unit tests), the browser's key in IndexedDB serves.
import { browserAtRestKey } from './browserAtRestKey';

type KeySource = () => Promise<CryptoKey>;

let source: KeySource = browserAtRestKey;
let cached: Promise<CryptoKey> | undefined;

export function provideAtRestKey(next: KeySource): void {
  source = next;
  cached = undefined;
}

export function atRestKey(): Promise<CryptoKey> {
  if (!cached) {
    const asking = source();
    // A failure (the bridge not answering) is not remembered: the next use asks again.
    asking.catch(() => {
      if (cached === asking) cached = undefined;
    });
    cached = asking;
  }
  return cached;
}
