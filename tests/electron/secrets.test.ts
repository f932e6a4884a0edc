// The secrets handlers with safeStorage and the file system replaced by fakes: values are
// encrypted before they reach the disk, read back decrypted, deleted, and never stored
// when the keychain is unavailable.
import { describe, expect, it, vi } from 'vitest';
import { createSecrets, type SafeStorageLike } from '../../electron/handlers/secrets';

const FILE = '/home/cllr/.config/Scrutineer/secrets.json';

/** A reversible stand-in for the OS keychain's encryption; backend as Linux reports it. */
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

function setup(safeStorage = fakeSafeStorage(), initial: string | null = null, platform = 'linux') {
  const disk = new Map<string, string>();
  if (initial !== null) disk.set(FILE, initial);
  const writeTextFile = vi.fn((file: string, text: string) => {
    disk.set(file, text);
    return Promise.resolve();
  });
  const handlers = createSecrets({ safeStorage, platform, secretsFile: FILE, readTextFile: (file) => Promise.resolve(disk.get(file) ?? null), writeTextFile });
  return { handlers, disk, writeTextFile };
}

describe('secrets', () => {
  it('has nothing before anything is stored', async () => {
    const { handlers, writeTextFile } = setup();
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBeNull();
    expect(writeTextFile).not.toHaveBeenCalled();
  });

  it('stores the token encrypted, never in plain text, and reads it back', async () => {
    const { handlers, disk } = setup();
    await handlers['secrets:set']({ name: 'sync-token', value: 'sct_0123456789abcdef' });
    const onDisk = disk.get(FILE)!;
    expect(onDisk).not.toContain('sct_0123456789abcdef');
    expect(JSON.parse(onDisk)).toEqual({ version: 1, secrets: { 'sync-token': expect.any(String) } });
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBe('sct_0123456789abcdef');
  });

  it('replaces and deletes a secret', async () => {
    const { handlers, disk } = setup();
    await handlers['secrets:set']({ name: 'sync-token', value: 'first' });
    await handlers['secrets:set']({ name: 'sync-token', value: 'second' });
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBe('second');
    await handlers['secrets:delete']({ name: 'sync-token' });
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBeNull();
    expect(JSON.parse(disk.get(FILE)!).secrets).toEqual({});
  });

  it('refuses to store a secret when the keychain is unavailable, and writes nothing', async () => {
    const { handlers, writeTextFile } = setup(fakeSafeStorage(false));
    await expect(handlers['secrets:set']({ name: 'sync-token', value: 'sct_x' })).rejects.toThrow(/secure storage/);
    expect(writeTextFile).not.toHaveBeenCalled();
  });

  it('treats a damaged file or a value it cannot decrypt as no secret', async () => {
    await expect(setup(undefined, '{not json').handlers['secrets:get']({ name: 'sync-token' })).resolves.toBeNull();
    const foreign = JSON.stringify({ version: 1, secrets: { 'sync-token': Buffer.from('from another keychain').toString('base64') } });
    await expect(setup(undefined, foreign).handlers['secrets:get']({ name: 'sync-token' })).resolves.toBeNull();
    const { handlers } = setup(undefined, '{not json');
    await handlers['secrets:set']({ name: 'sync-token', value: 'fresh' });
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBe('fresh');
  });

  it('says a real keychain protects the token, and encrypts it', async () => {
    const { handlers } = setup();
    await expect(handlers['secrets:protection']()).resolves.toEqual({ level: 'keychain', backend: 'gnome_libsecret' });
  });

  it('on Linux with the basic_text backend, says the token is not protected and does not pretend to encrypt it', async () => {
    const safeStorage = fakeSafeStorage(true, 'basic_text');
    const encrypt = vi.spyOn(safeStorage, 'encryptString');
    const { handlers, disk } = setup(safeStorage);
    await expect(handlers['secrets:protection']()).resolves.toEqual({ level: 'weak', backend: 'basic_text' });
    await handlers['secrets:set']({ name: 'sync-token', value: 'sct_weak' });
    expect(encrypt).not.toHaveBeenCalled();
    expect(JSON.parse(disk.get(FILE)!)).toEqual({ version: 1, secrets: {}, plain: { 'sync-token': 'sct_weak' } });
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBe('sct_weak');
    await handlers['secrets:delete']({ name: 'sync-token' });
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBeNull();
  });

  it('moves the token into the keychain once one is available again', async () => {
    const weak = setup(fakeSafeStorage(true, 'basic_text'));
    await weak.handlers['secrets:set']({ name: 'sync-token', value: 'sct_first' });
    const { handlers, disk } = setup(fakeSafeStorage(true, 'kwallet6'), weak.disk.get(FILE));
    await handlers['secrets:set']({ name: 'sync-token', value: 'sct_second' });
    const onDisk = disk.get(FILE)!;
    expect(onDisk).not.toContain('sct_second');
    expect(JSON.parse(onDisk).plain).toEqual({});
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBe('sct_second');
  });

  it('asks no backend outside Linux', async () => {
    const safeStorage = fakeSafeStorage(true, 'basic_text');
    await expect(setup(safeStorage, null, 'win32').handlers['secrets:protection']()).resolves.toEqual({ level: 'keychain', backend: null });
  });

  it('reports secure storage that is unavailable', async () => {
    await expect(setup(fakeSafeStorage(false)).handlers['secrets:protection']()).resolves.toMatchObject({ level: 'unavailable' });
  });

  it('applies quick successive changes in order without losing one', async () => {
    const { handlers } = setup();
    await Promise.all([
      handlers['secrets:set']({ name: 'sync-token', value: 'a' }),
      handlers['secrets:delete']({ name: 'sync-token' }),
      handlers['secrets:set']({ name: 'sync-token', value: 'c' }),
    ]);
    await expect(handlers['secrets:get']({ name: 'sync-token' })).resolves.toBe('c');
  });
});
