// Creates the app window with Electron's security defaults on, and keeps it on the app origin:
// new windows are refused, web links go to the system browser, navigation elsewhere is blocked.
import { BrowserWindow, shell } from 'electron';
import { APP_ORIGIN } from '../shared/ipc';

export const APP_URL = `${APP_ORIGIN}/index.html`;

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preload: string;
  /** Off in packaged builds, so a councillor cannot stumble into DevTools. */
  devTools: boolean;
}

export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** Hands http(s) links to the system browser; any other scheme (file:, javascript:, ...) is dropped. */
export function openExternally(url: string): void {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

export function createMainWindow({ preload, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Scrutineer',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());

  const { webContents } = window;
  webContents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  webContents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  webContents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });

  void window.loadURL(APP_URL);
  return window;
}
