// The preload, with Electron mocked: it exposes only the bridge's named functions on
// window.scrutineer, each invoking its own channel, and never ipcRenderer itself.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, ipcContract, type ScrutineerBridge } from '../../shared/ipc';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: { invoke: vi.fn((channel: string) => Promise.resolve(`result of ${channel}`)), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer,
}));

await import('../../electron/preload');

describe('preload', () => {
  it('exposes one object, under the bridge key, of named functions only', () => {
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_KEY]);
    const bridge = electron.exposed.get(BRIDGE_KEY) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['allowModernGovSites', 'appInfo', 'atRestKey', 'deleteSecret', 'fetchModernGov', 'getSecret', 'onModernGovProgress', 'pickBackup', 'pickPdfs', 'saveFile', 'secretProtection', 'setSecret']);
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer);
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
  });

  it('calls invoke on the matching channel with the argument', async () => {
    const bridge = electron.exposed.get(BRIDGE_KEY) as ScrutineerBridge;
    const request = { suggestedName: 'notes.docx', mimeType: 'application/msword', bytes: new Uint8Array([1]) };
    await bridge.appInfo();
    await bridge.pickPdfs();
    await bridge.pickBackup();
    await bridge.saveFile(request);
    await bridge.getSecret({ name: 'sync-token' });
    await bridge.setSecret({ name: 'sync-token', value: 'sct_abc' });
    await bridge.deleteSecret({ name: 'sync-token' });
    await bridge.secretProtection();
    await bridge.atRestKey();
    await bridge.allowModernGovSites({ bases: ['https://democracy.example.gov.uk'] });
    const fetchRequest = { requestId: 'r1', url: 'https://democracy.example.gov.uk/mgWebService.asmx/GetCommittees', expect: 'xml' as const };
    await bridge.fetchModernGov(fetchRequest);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['app:info'],
      ['files:pick-pdfs'],
      ['files:pick-backup'],
      ['files:save', request],
      ['secrets:get', { name: 'sync-token' }],
      ['secrets:set', { name: 'sync-token', value: 'sct_abc' }],
      ['secrets:delete', { name: 'sync-token' }],
      ['secrets:protection'],
      ['storage:at-rest-key'],
      ['moderngov:allow-sites', { bases: ['https://democracy.example.gov.uk'] }],
      ['moderngov:fetch', fetchRequest],
    ]);
    const channels = new Set(electron.ipcRenderer.invoke.mock.calls.map(([channel]) => channel));
    expect([...channels].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('passes download progress to the page without the IPC event, and stops when asked', () => {
    const bridge = electron.exposed.get(BRIDGE_KEY) as ScrutineerBridge;
    const seen: unknown[] = [];
    const stop = bridge.onModernGovProgress((progress) => seen.push(progress));
    const [channel, forward] = electron.ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, progress: unknown) => void];
    expect(channel).toBe('moderngov:progress');
    forward({ sender: 'secret' }, { requestId: 'r1', received: 10, total: 20 });
    expect(seen).toEqual([{ requestId: 'r1', received: 10, total: 20 }]);
    stop();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('moderngov:progress', forward);
  });

  it('bundles to CommonJS that requires nothing but electron, as the sandbox demands', async () => {
    const result = await build({
      absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)),
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
    expect(imports).toEqual(['electron']);
    expect(result.outputFiles[0]!.text).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
