// The entry point's wiring, with Electron mocked: scheme registration before ready, the
// single-instance lock, then protocol, permissions, IPC and window once the app is ready.
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '../../shared/ipc';

const electron = vi.hoisted(() => {
  // Each import of main gets its own 'ready', so one test's wiring cannot run in another.
  const ready = { resolve: () => {}, promise: Promise.resolve() };
  const resetReady = () => {
    ready.promise = new Promise<void>((resolve) => (ready.resolve = resolve));
  };
  const appListeners = new Map<string, () => void>();
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.created;
    static getFocusedWindow = () => null;
    webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    once = vi.fn();
    on = vi.fn();
    loadURL = vi.fn(async () => {});
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      FakeBrowserWindow.created.push(this);
    }
  }
  return {
    ready,
    resetReady,
    appListeners,
    module: {
      app: {
        getName: () => 'Scrutineer',
        getVersion: () => '0.1.0',
        getPath: vi.fn((name: string) => `/home/cllr/.config/Scrutineer/${name === 'userData' ? '' : name}`),
        isPackaged: true,
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        on: (event: string, listener: () => void) => appListeners.set(event, listener),
        whenReady: vi.fn(() => ready.promise),
      },
      BrowserWindow: FakeBrowserWindow,
      dialog: {},
      safeStorage: { isEncryptionAvailable: () => true, encryptString: vi.fn(), decryptString: vi.fn() },
      shell: { openExternal: vi.fn() },
      ipcMain: { handle: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    },
  };
});
vi.mock('electron', () => electron.module);
const updater = vi.hoisted(() => ({ autoUpdater: { checkForUpdatesAndNotify: vi.fn(() => Promise.resolve(null)), on: vi.fn() } }));
vi.mock('electron-updater', () => updater);

const { app, protocol, ipcMain, session, BrowserWindow } = electron.module;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.appListeners.clear();
  electron.resetReady();
  BrowserWindow.created.length = 0;
});

describe('main', () => {
  it('registers app:// as a privileged standard scheme and enables the sandbox before ready', async () => {
    await import('../../electron/main');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);
  });

  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../electron/main');
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('once ready, serves app://, applies the permission policy, handles every channel and opens the window', async () => {
    await import('../../electron/main');
    electron.ready.resolve();
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));

    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.keys(ipcContract).sort());
    expect(app.getPath).toHaveBeenCalledWith('userData');

    const { webPreferences } = BrowserWindow.created[0]!.options;
    expect(path.basename(String(webPreferences.preload))).toBe('preload.cjs');
    expect(path.isAbsolute(String(webPreferences.preload))).toBe(true);
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
    // Packaged, but under a test runner: the update check stays off.
    expect(updater.autoUpdater.checkForUpdatesAndNotify).not.toHaveBeenCalled();
  });

  it('quits when the last window closes, except on macOS', async () => {
    await import('../../electron/main');
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      electron.appListeners.get('window-all-closed')!();
      expect(app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'win32' });
      electron.appListeners.get('window-all-closed')!();
      expect(app.quit).toHaveBeenCalledTimes(1);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });
});
