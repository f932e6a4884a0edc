// The browser's at-rest key: an AES-GCM CryptoKey generated non-extractable and kept, as the
// CryptoKey object itself, in this profile's IndexedDB (structured clone keeps it
// non-extractable: the page can use it, never read its bytes).
import { getSetting, setSettingIfAbsent } from '../db/settingsData';

const KEY = 'platform:atRestKey';

export async function browserAtRestKey(): Promise<CryptoKey> {
  const stored = await getSetting(KEY);
  if (stored instanceof CryptoKey) return stored;
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  // Two tabs starting together keep whichever key was stored first.
  const kept = await setSettingIfAbsent(KEY, fresh);
  if (!(kept instanceof CryptoKey)) throw new Error('The stored at-rest key is not a key.');
  return kept;
}
