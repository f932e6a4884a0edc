// 'secrets:get', 'secrets:set', 'secrets:delete': small secrets (the sync server's device
// token) encrypted with Electron's safeStorage, which uses the OS keychain (Keychain on
// macOS, DPAPI on Windows, libsecret/kwallet on Linux), and kept as base64 in one JSON file
// in the app's user data folder. Plain text never touches the disk.
import type { IpcRequest, IpcResponse, SecretName } from '../../shared/ipc';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface SecretsDeps {
  safeStorage: SafeStorageLike;
  /** Full path of the secrets file (under app.getPath('userData')). */
  secretsFile: string;
  /** The file's text, or null when it does not exist. */
  readTextFile: (file: string) => Promise<string | null>;
  /** Replaces the file's text in one step (write a temporary file, then rename), owner-only. */
  writeTextFile: (file: string, text: string) => Promise<void>;
}

interface SecretsFile {
  version: 1;
  /** name → base64 of safeStorage.encryptString(value). */
  secrets: Partial<Record<SecretName, string>>;
}

export class SecureStorageUnavailableError extends Error {
  constructor() {
    super('This computer’s secure storage (its keychain) is not available, so Scrutineer cannot keep the server’s token safely.');
    this.name = 'SecureStorageUnavailableError';
  }
}

export function createSecrets({ safeStorage, secretsFile, readTextFile, writeTextFile }: SecretsDeps) {
  async function load(): Promise<SecretsFile> {
    const text = await readTextFile(secretsFile);
    if (text === null) return { version: 1, secrets: {} };
    try {
      const parsed = JSON.parse(text) as Partial<SecretsFile>;
      return { version: 1, secrets: typeof parsed.secrets === 'object' && parsed.secrets !== null ? parsed.secrets : {} };
    } catch {
      // A damaged file holds nothing usable; the next write replaces it.
      return { version: 1, secrets: {} };
    }
  }

  // One change at a time, so two quick writes cannot lose each other's entries.
  let queue: Promise<unknown> = Promise.resolve();
  function change(edit: (file: SecretsFile) => void): Promise<void> {
    const run = queue.then(async () => {
      const file = await load();
      edit(file);
      await writeTextFile(secretsFile, `${JSON.stringify(file, null, 2)}\n`);
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    'secrets:get': async ({ name }: IpcRequest<'secrets:get'>): Promise<IpcResponse<'secrets:get'>> => {
      await queue;
      const stored = (await load()).secrets[name];
      if (!stored || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        // Encrypted under another user or keychain: as good as none; the app asks to connect again.
        return null;
      }
    },
    'secrets:set': async ({ name, value }: IpcRequest<'secrets:set'>): Promise<IpcResponse<'secrets:set'>> => {
      if (!safeStorage.isEncryptionAvailable()) throw new SecureStorageUnavailableError();
      const encrypted = safeStorage.encryptString(value).toString('base64');
      await change((file) => {
        file.secrets[name] = encrypted;
      });
    },
    'secrets:delete': async ({ name }: IpcRequest<'secrets:delete'>): Promise<IpcResponse<'secrets:delete'>> => {
      await change((file) => {
        delete file.secrets[name];
      });
    },
  };
}
