// The IPC implementations, with fake dialog and file system in place of Electron's and Node's.
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from '../../electron/handlers';
import type { DialogLike } from '../../electron/handlers/dialog-owner';

function setup(dialog: Partial<DialogLike>, owner: HandlerDeps['owner'] = () => null) {
  const written = new Map<string, Uint8Array>();
  const deps: HandlerDeps = {
    app: { getName: () => 'Scrutineer', getVersion: () => '0.1.0' },
    platform: 'linux',
    electronVersion: '45.4.1',
    dialog: dialog as DialogLike,
    owner,
    readFile: vi.fn((file: string) => Promise.resolve(new TextEncoder().encode(`%PDF ${file}`))),
    stat: vi.fn(() => Promise.resolve({ mtimeMs: 1_700_000_000_123.6 })),
    writeFile: vi.fn((file: string, bytes: Uint8Array) => {
      written.set(file, bytes);
      return Promise.resolve();
    }),
    safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.from(''), decryptString: () => '' },
    secretsFile: '/home/cllr/.config/Scrutineer/secrets.json',
    atRestKeyFile: '/home/cllr/.config/Scrutineer/at-rest-key.json',
    randomBytes: (size) => new Uint8Array(size).fill(7),
    readTextFile: () => Promise.resolve(null),
    writeTextFile: () => Promise.resolve(),
    fetch: () => Promise.reject(new Error('no network in these tests')),
  };
  return { handlers: createHandlers(deps), deps, written };
}

describe('app:info', () => {
  it('reports name, version, platform and Electron version', async () => {
    await expect(setup({}).handlers['app:info'](undefined)).resolves.toEqual({
      name: 'Scrutineer',
      version: '0.1.0',
      platform: 'linux',
      electron: '45.4.1',
    });
  });
});

describe('files:pick-pdfs', () => {
  it('returns nothing when the dialog is cancelled', async () => {
    const { handlers, deps } = setup({ showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) });
    await expect(handlers['files:pick-pdfs'](undefined)).resolves.toEqual([]);
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('asks for several PDFs and reads each chosen file with its name and rounded mtime', async () => {
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: ['/packs/Cabinet 12 March.pdf', '/packs/OSC.pdf'] }));
    const { handlers } = setup({ showOpenDialog });
    const files = await handlers['files:pick-pdfs'](undefined);
    expect(files.map(({ name, lastModified }) => ({ name, lastModified }))).toEqual([
      { name: 'Cabinet 12 March.pdf', lastModified: 1_700_000_000_124 },
      { name: 'OSC.pdf', lastModified: 1_700_000_000_124 },
    ]);
    expect(new TextDecoder().decode(files[1]!.bytes)).toBe('%PDF /packs/OSC.pdf');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
        properties: expect.arrayContaining(['openFile', 'multiSelections']),
      }),
    );
  });

  it('makes the dialog modal to the owning window when there is one', async () => {
    const window = { id: 1 } as unknown as ReturnType<HandlerDeps['owner']>;
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] }));
    await setup({ showOpenDialog }, () => window).handlers['files:pick-pdfs'](undefined);
    expect(showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ properties: expect.any(Array) }));
  });
});

describe('files:pick-backup', () => {
  it('returns null when the dialog is cancelled', async () => {
    const { handlers, deps } = setup({ showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) });
    await expect(handlers['files:pick-backup'](undefined)).resolves.toBeNull();
    expect(deps.readFile).not.toHaveBeenCalled();
  });

  it('asks for one backup file and returns its name and bytes', async () => {
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: ['/home/cllr/Scrutineer backup 2026-12-01.scrutineer-backup'] }));
    const picked = await setup({ showOpenDialog }).handlers['files:pick-backup'](undefined);
    expect(picked?.name).toBe('Scrutineer backup 2026-12-01.scrutineer-backup');
    expect(new TextDecoder().decode(picked!.bytes)).toBe('%PDF /home/cllr/Scrutineer backup 2026-12-01.scrutineer-backup');
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'Scrutineer backups', extensions: ['scrutineer-backup'] }], properties: ['openFile'] }),
    );
  });
});

describe('files:save', () => {
  const request = { suggestedName: 'Questions for Cabinet.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array([80, 75]) };

  it('writes nothing and reports not saved when the dialog is cancelled', async () => {
    const { handlers, deps } = setup({ showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }) });
    await expect(handlers['files:save'](request)).resolves.toEqual({ saved: false });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('suggests the name, writes the bytes where the user chose and returns the path', async () => {
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: '/home/cllr/Questions.docx' }));
    const { handlers, written } = setup({ showSaveDialog });
    await expect(handlers['files:save'](request)).resolves.toEqual({ saved: true, path: '/home/cllr/Questions.docx' });
    expect(written.get('/home/cllr/Questions.docx')).toEqual(request.bytes);
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: 'Questions for Cabinet.docx',
      filters: [{ name: 'DOCX file', extensions: ['docx'] }],
    });
  });

  it('uses only the base name of a suggested name that carries a folder', async () => {
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: true, filePath: '' }));
    await setup({ showSaveDialog }).handlers['files:save']({ ...request, suggestedName: '../../.bashrc' });
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '.bashrc', filters: [] }));
  });
});
