// 'secrets:get', 'secrets:set', 'secrets:delete': small secrets (the sync server's device
// token) encrypted with Electron's safeStorage, which uses the OS keychain (Keychain on
// macOS, DPAPI on Windows, libsecret/kwallet on Linux), and kept as base64 in one JSON file
// in the app's user data folder. On Linux without a keychain, safeStorage falls back to its
// "basic_text" backend, whose key is fixed in Electron: that is no protection, so the secret
// is then kept in the file's `plain` part, said to be unprotected (secrets:protection), and
// the app warns the user, rather than pretending it is encrypted.
import type { IpcRequest, IpcResponse, SecretName, SecretProtection } from '../../shared/ipc';
import { createSerialQueue } from '../../shared/async';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: basic_text, gnome_libsecret, kwallet, kwallet5, kwallet6 or unknown. */
  getSelectedStorageBackend?(): string;
}

export interface SecretsDeps {
  safeStorage: SafeStorageLike;
  /** process.platform: the storage backend is a question on Linux only. */
  platform: string;
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
  /** name → the value itself, where no keychain protects it (basic_text); the file is owner-only. */
  plain?: Partial<Record<SecretName, string>>;
}

export class SecureStorageUnavailableError extends Error {
  constructor() {
    super('This computer’s secure storage (its keychain) is not available, so Scrutineer cannot keep the server’s token safely.');
    this.name = 'SecureStorageUnavailableError';
  }
}

const record = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Partial<Record<SecretName, string>>) : {});

export function createSecrets({ safeStorage, platform, secretsFile, readTextFile, writeTextFile }: SecretsDeps) {
  function protection(): SecretProtection {
    const backend = platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? null) : null;
    if (!safeStorage.isEncryptionAvailable()) return { level: 'unavailable', backend };
    return { level: backend === 'basic_text' ? 'weak' : 'keychain', backend };
  }

  async function load(): Promise<SecretsFile> {
    const text = await readTextFile(secretsFile);
    if (text === null) return { version: 1, secrets: {} };
    try {
      const parsed = JSON.parse(text) as Partial<SecretsFile>;
      const plain = record(parsed.plain);
      return { version: 1, secrets: record(parsed.secrets), ...(Object.keys(plain).length ? { plain } : {}) };
    } catch {
      // A damaged file holds nothing usable; the next write replaces it.
      return { version: 1, secrets: {} };
    }
  }

  // One change at a time, so two quick writes cannot lose each other's entries.
  const queue = createSerialQueue();
  function change(edit: (file: SecretsFile) => void): Promise<void> {
    return queue(async () => {
      const file = await load();
      edit(file);
      await writeTextFile(secretsFile, `${JSON.stringify(file, null, 2)}\n`);
    });
  }

  return {
    'secrets:get': async ({ name }: IpcRequest<'secrets:get'>): Promise<IpcResponse<'secrets:get'>> => {
      // Reads wait for writes queued before them.
      return queue(async () => {
        const file = await load();
        const unprotected = file.plain?.[name];
        if (unprotected !== undefined) return unprotected;
        const stored = file.secrets[name];
        if (!stored || !safeStorage.isEncryptionAvailable()) return null;
        try {
          return safeStorage.decryptString(Buffer.from(stored, 'base64'));
        } catch {
          // Encrypted under another user or keychain: as good as none; the app asks to connect again.
          return null;
        }
      });
    },
    'secrets:set': async ({ name, value }: IpcRequest<'secrets:set'>): Promise<IpcResponse<'secrets:set'>> => {
      const { level } = protection();
      if (level === 'unavailable') throw new SecureStorageUnavailableError();
      if (level === 'weak') {
        // basic_text "encryption" uses a key anyone can look up: say so instead of pretending.
        await change((file) => {
          delete file.secrets[name];
          file.plain = { ...file.plain, [name]: value };
        });
        return;
      }
      const encrypted = safeStorage.encryptString(value).toString('base64');
      await change((file) => {
        file.secrets[name] = encrypted;
        if (file.plain) delete file.plain[name];
      });
    },
    'secrets:delete': async ({ name }: IpcRequest<'secrets:delete'>): Promise<IpcResponse<'secrets:delete'>> => {
      await change((file) => {
        delete file.secrets[name];
        if (file.plain) delete file.plain[name];
      });
    },
    'secrets:protection': (): Promise<IpcResponse<'secrets:protection'>> => Promise.resolve(protection()),
  };
}
