// 'storage:at-rest-key': the key the renderer encrypts protected text with (pages of
// password-protected and exempt packs). Main makes 32 random bytes once and keeps them in a
// small owner-only file in the user data folder, encrypted with safeStorage (the OS
// keychain). Where safeStorage offers no real protection (Linux's basic_text backend, a key
// fixed in Electron) or none at all, the bytes are kept as they are rather than pretending,
// and the app's existing warning about basic_text says so; when a keychain appears later,
// the file is rewritten encrypted.
import type { IpcResponse } from '../../shared/ipc';
import { AT_REST_KEY_BYTES } from '../../shared/ipc';
import type { SafeStorageLike } from './secrets';

export interface AtRestKeyDeps {
  safeStorage: SafeStorageLike;
  /** process.platform: the storage backend is a question on Linux only. */
  platform: string;
  /** Full path of the key file (under app.getPath('userData')). */
  atRestKeyFile: string;
  readTextFile: (file: string) => Promise<string | null>;
  /** Replaces the file's text in one step, owner-only. */
  writeTextFile: (file: string, text: string) => Promise<void>;
  /** Cryptographically random bytes (node:crypto's randomBytes). */
  randomBytes: (size: number) => Uint8Array;
}

interface KeyFile {
  version: 1;
  /** base64 of safeStorage.encryptString(base64 of the key). */
  encrypted?: string;
  /** base64 of the key, where no keychain protects it. */
  plain?: string;
}

export class AtRestKeyUnavailableError extends Error {
  constructor() {
    super('This computer’s keychain is not available now, so Scrutineer cannot unlock the text it keeps encrypted. Try again after signing in to the desktop.');
    this.name = 'AtRestKeyUnavailableError';
  }
}

function decodeKey(base64: string): Uint8Array | null {
  const bytes = Buffer.from(base64, 'base64');
  return bytes.length === AT_REST_KEY_BYTES ? new Uint8Array(bytes) : null;
}

/** The file's contents; null when there is none or it is damaged (the next write replaces it). */
function parse(text: string | null): KeyFile | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as KeyFile;
  } catch {
    return null;
  }
}

export function createAtRestKey({ safeStorage, platform, atRestKeyFile, readTextFile, writeTextFile, randomBytes }: AtRestKeyDeps) {
  const keychain = () => safeStorage.isEncryptionAvailable() && !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');

  async function store(key: Uint8Array): Promise<void> {
    const base64 = Buffer.from(key).toString('base64');
    const file: KeyFile = keychain() ? { version: 1, encrypted: safeStorage.encryptString(base64).toString('base64') } : { version: 1, plain: base64 };
    await writeTextFile(atRestKeyFile, `${JSON.stringify(file)}\n`);
  }

  async function load(): Promise<Uint8Array> {
    const file = parse(await readTextFile(atRestKeyFile));
    if (file?.plain) {
      const key = decodeKey(file.plain);
      if (key) {
        // A keychain has appeared since: keep the same key, now encrypted.
        if (keychain()) await store(key);
        return key;
      }
    }
    if (file?.encrypted) {
      // Never replace a key that may come back: what it sealed would be lost for good.
      if (!safeStorage.isEncryptionAvailable()) throw new AtRestKeyUnavailableError();
      try {
        const key = decodeKey(safeStorage.decryptString(Buffer.from(file.encrypted, 'base64')));
        if (key) return key;
      } catch {
        // Encrypted under another user's keychain: unusable here; a new key replaces it.
      }
    }
    const key = new Uint8Array(randomBytes(AT_REST_KEY_BYTES));
    await store(key);
    return key;
  }

  // Made once per run: two first requests at once must not make two keys.
  let loading: Promise<Uint8Array> | undefined;
  return {
    'storage:at-rest-key': (): Promise<IpcResponse<'storage:at-rest-key'>> => {
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      return loading.then((key) => new Uint8Array(key));
    },
  };
}
