// The at-rest key handler with safeStorage and the file system replaced by fakes: one key,
// made once and the same on every later start, kept encrypted where a keychain exists, kept
// plainly (not pretending) under basic_text, never replaced while the keychain is away.
import { describe, expect, it, vi } from 'vitest';
import { createAtRestKey, AtRestKeyUnavailableError } from '../../electron/handlers/at-rest-key';
import type { SafeStorageLike } from '../../electron/handlers/secrets';

const FILE = '/home/cllr/.config/Scrutineer/at-rest-key.json';

function fakeSafeStorage(available = true, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    getSelectedStorageBackend: () => backend,
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (buffer) => {
      const text = buffer.toString();
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(4)].reverse().join('');
    },
  };
}

let counter = 0;
function setup(safeStorage = fakeSafeStorage(), disk = new Map<string, string>()) {
  const writeTextFile = vi.fn((file: string, text: string) => {
    disk.set(file, text);
    return Promise.resolve();
  });
  const randomBytes = vi.fn((size: number) => new Uint8Array(size).map((_, n) => (n * 7 + ++counter) % 256));
  const handlers = createAtRestKey({ safeStorage, platform: 'linux', atRestKeyFile: FILE, readTextFile: (file) => Promise.resolve(disk.get(file) ?? null), writeTextFile, randomBytes });
  return { handlers, disk, writeTextFile, randomBytes };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('storage:at-rest-key', () => {
  it('makes a 32-byte key once, stores it encrypted with the keychain, and gives the same key on a later start', async () => {
    const first = setup();
    const [a, b] = await Promise.all([first.handlers['storage:at-rest-key'](), first.handlers['storage:at-rest-key']()]);
    expect(a).toHaveLength(32);
    expect(b).toEqual(a);
    expect(first.randomBytes).toHaveBeenCalledTimes(1);
    const onDisk = first.disk.get(FILE)!;
    expect(onDisk).not.toContain(base64(a));
    expect(JSON.parse(onDisk)).toEqual({ version: 1, encrypted: expect.any(String) });
    const later = setup(fakeSafeStorage(), first.disk);
    await expect(later.handlers['storage:at-rest-key']()).resolves.toEqual(a);
    expect(later.randomBytes).not.toHaveBeenCalled();
  });

  it('under basic_text keeps the key plainly (the basic_text warning covers it) and encrypts it once a keychain appears', async () => {
    const weak = setup(fakeSafeStorage(true, 'basic_text'));
    const key = await weak.handlers['storage:at-rest-key']();
    expect(JSON.parse(weak.disk.get(FILE)!)).toEqual({ version: 1, plain: base64(key) });
    const none = setup(fakeSafeStorage(false, 'unknown'), weak.disk);
    await expect(none.handlers['storage:at-rest-key']()).resolves.toEqual(key);
    const keychain = setup(fakeSafeStorage(), weak.disk);
    await expect(keychain.handlers['storage:at-rest-key']()).resolves.toEqual(key);
    expect(JSON.parse(weak.disk.get(FILE)!)).toEqual({ version: 1, encrypted: expect.any(String) });
  });

  it('refuses, and keeps the file, when the keychain that encrypted the key is not available now', async () => {
    const first = setup();
    await first.handlers['storage:at-rest-key']();
    const before = first.disk.get(FILE);
    const away = setup(fakeSafeStorage(false), first.disk);
    await expect(away.handlers['storage:at-rest-key']()).rejects.toBeInstanceOf(AtRestKeyUnavailableError);
    expect(first.disk.get(FILE)).toBe(before);
    expect(away.writeTextFile).not.toHaveBeenCalled();
  });

  it('replaces a damaged file or one encrypted under another keychain with a new key', async () => {
    const damaged = setup(fakeSafeStorage(), new Map([[FILE, '{not json']]));
    await expect(damaged.handlers['storage:at-rest-key']()).resolves.toHaveLength(32);
    const foreign = setup(fakeSafeStorage(), new Map([[FILE, JSON.stringify({ version: 1, encrypted: base64(Buffer.from('from another keychain')) })]]));
    const key = await foreign.handlers['storage:at-rest-key']();
    expect(key).toHaveLength(32);
    expect(foreign.randomBytes).toHaveBeenCalledTimes(1);
  });
});
