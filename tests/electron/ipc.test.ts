// IPC registration: every contract channel is handled, callers are checked, arguments and
// results are parsed with the channel's schemas.
import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type InvokeEventLike, type IpcHandlers, type IpcMainLike } from '../../electron/ipc';
import { ipcContract } from '../../shared/ipc';

type Listener = Parameters<IpcMainLike['handle']>[1];

const trusted: InvokeEventLike = { senderFrame: { url: 'app://scrutineer/index.html#/packs' } };
const info = { name: 'Scrutineer', version: '0.1.0', platform: 'linux', electron: '45.4.1' };

function setup(overrides: Partial<IpcHandlers> = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => listeners.set(channel, listener) };
  const handlers = {
    'app:info': vi.fn(() => Promise.resolve(info)),
    'files:pick-pdfs': vi.fn(() => Promise.resolve([])),
    'files:pick-backup': vi.fn(() => Promise.resolve(null)),
    'files:save': vi.fn(() => Promise.resolve({ saved: true, path: '/home/cllr/notes.docx' })),
    'secrets:get': vi.fn(() => Promise.resolve('sct_token')),
    'secrets:set': vi.fn(() => Promise.resolve(undefined)),
    'secrets:delete': vi.fn(() => Promise.resolve(undefined)),
    'secrets:protection': vi.fn(() => Promise.resolve({ level: 'keychain' as const, backend: 'gnome_libsecret' })),
    'storage:at-rest-key': vi.fn(() => Promise.resolve(new Uint8Array(32))),
    'moderngov:allow-sites': vi.fn(() => Promise.resolve(undefined)),
    'moderngov:fetch': vi.fn(() => Promise.resolve({ ok: false as const, kind: 'offline' as const, message: 'offline' })),
    ...overrides,
  } satisfies IpcHandlers;
  registerIpcHandlers(ipcMain, handlers);
  const call = (channel: string, event: InvokeEventLike, arg?: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no listener for ${channel}`);
    return listener(event, arg);
  };
  return { listeners, handlers, call };
}

const saveRequest = { suggestedName: 'notes.docx', mimeType: 'application/msword', bytes: new Uint8Array([1, 2, 3]) };

describe('registerIpcHandlers', () => {
  it('registers exactly the channels in the contract', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike origin', { senderFrame: { url: 'app://scrutineer.evil.example/index.html' } }],
    ['a file page', { senderFrame: { url: 'file:///home/cllr/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('rejects calls from %s before reaching the implementation', async (_label, event: InvokeEventLike) => {
    const { call, handlers } = setup();
    for (const channel of Object.keys(ipcContract)) {
      await expect(call(channel, event, saveRequest)).rejects.toThrow('Rejected IPC from untrusted sender');
    }
    expect(handlers['app:info']).not.toHaveBeenCalled();
    expect(handlers['files:save']).not.toHaveBeenCalled();
  });

  it('rejects a malformed argument with a message naming the channel and field', async () => {
    const { call, handlers } = setup();
    await expect(call('files:save', trusted, { ...saveRequest, bytes: [1, 2, 3] })).rejects.toThrow(
      /Invalid argument for IPC channel 'files:save': bytes:/,
    );
    await expect(call('files:save', trusted, { ...saveRequest, suggestedName: '' })).rejects.toThrow(/'files:save': suggestedName:/);
    await expect(call('files:save', trusted, 'notes.docx')).rejects.toThrow(/'files:save': \(value\):/);
    await expect(call('app:info', trusted, { sneaky: true })).rejects.toThrow(/'app:info'/);
    expect(handlers['files:save']).not.toHaveBeenCalled();
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('passes a valid argument to the implementation and returns its result', async () => {
    const { call, handlers } = setup();
    await expect(call('app:info', trusted)).resolves.toEqual(info);
    await expect(call('files:pick-pdfs', trusted)).resolves.toEqual([]);
    await expect(call('files:save', trusted, saveRequest)).resolves.toEqual({ saved: true, path: '/home/cllr/notes.docx' });
    expect(handlers['files:save']).toHaveBeenCalledWith(saveRequest, trusted);
  });

  it('accepts only known secret names and a bounded value', async () => {
    const { call, handlers } = setup();
    await expect(call('secrets:get', trusted, { name: 'sync-token' })).resolves.toBe('sct_token');
    await expect(call('secrets:get', trusted, { name: '../../etc/passwd' })).rejects.toThrow(/'secrets:get': name:/);
    await expect(call('secrets:set', trusted, { name: 'sync-token', value: '' })).rejects.toThrow(/'secrets:set': value:/);
    await expect(call('secrets:set', trusted, { name: 'sync-token', value: 'x'.repeat(4097) })).rejects.toThrow(/'secrets:set': value:/);
    await expect(call('secrets:set', trusted, { name: 'sync-token', value: 'sct_abc' })).resolves.toBeUndefined();
    await expect(call('secrets:delete', trusted, { name: 'sync-token', extra: 1 })).resolves.toBeUndefined();
    expect(handlers['secrets:set']).toHaveBeenCalledTimes(1);
  });

  it('rejects an implementation result that breaks the contract', async () => {
    const { call } = setup({ 'files:pick-pdfs': () => Promise.resolve([{ name: 'pack.pdf', lastModified: 1.5, bytes: new Uint8Array() }]) });
    await expect(call('files:pick-pdfs', trusted)).rejects.toThrow(/Invalid result from IPC channel 'files:pick-pdfs': 0\.lastModified:/);
  });

  it('gives the at-rest key only to the app’s own page, and only as 32 bytes', async () => {
    await expect(setup().call('storage:at-rest-key', { senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow(/untrusted sender/);
    await expect(setup().call('storage:at-rest-key', trusted)).resolves.toHaveLength(32);
    const short = setup({ 'storage:at-rest-key': () => Promise.resolve(new Uint8Array(16)) });
    await expect(short.call('storage:at-rest-key', trusted)).rejects.toThrow(/Invalid result from IPC channel 'storage:at-rest-key'/);
  });
});
