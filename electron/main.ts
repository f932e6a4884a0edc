// Electron entry point: registers the app:// scheme, serves the built renderer through it,
// applies the session's permission policy, wires the IPC handlers and opens the window.
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { APP_SCHEME } from '../shared/ipc';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { createAppProtocolHandler } from './protocol';
import { applySessionPolicy } from './session-policy';
import { checkForUpdates } from './updater';
import { createMainWindow } from './window';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer beside it.
const rendererRoot = path.join(__dirname, '../renderer');
const preload = path.join(__dirname, 'preload.cjs');

// Must happen before 'ready'. Standard + secure gives the app a real origin for IndexedDB,
// fetch and workers, as https would.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

async function readTextFile(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes beside the file, then renames over it: a crash never leaves half a file. Owner-only. */
async function writeTextFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600 });
  await rename(temporary, file);
}

function openWindow(): void {
  mainWindow = createMainWindow({ preload, devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  void app.whenReady().then(() => {
    applySessionPolicy(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot, readFile }));
    registerIpcHandlers(
      ipcMain,
      createHandlers({
        app,
        platform: process.platform,
        electronVersion: process.versions.electron ?? '',
        dialog,
        owner: () => BrowserWindow.getFocusedWindow() ?? mainWindow,
        readFile,
        stat,
        writeFile,
        safeStorage,
        secretsFile: path.join(app.getPath('userData'), 'secrets.json'),
        atRestKeyFile: path.join(app.getPath('userData'), 'at-rest-key.json'),
        readTextFile,
        writeTextFile,
        randomBytes,
        fetch: globalThis.fetch,
      }),
    );
    openWindow();
    void checkForUpdates({
      isPackaged: app.isPackaged,
      env: process.env,
      load: () => import('electron-updater').then((m) => m.autoUpdater),
      log: (message) => console.warn(message),
    });
  });
}
