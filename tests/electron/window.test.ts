// The app window, with Electron mocked: security preferences, window.open, navigation and loading.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  type Listener = (...args: never[]) => unknown;
  class FakeWebContents {
    listeners = new Map<string, Listener>();
    openHandler: ((details: { url: string }) => { action: string }) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    once = vi.fn();
    show = vi.fn();
    loadURL = vi.fn(async () => {});
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, shell: { openExternal: vi.fn(async () => {}) } };
});
vi.mock('electron', () => electron);

const { APP_URL, createMainWindow } = await import('../../electron/window');

function open(devTools = false) {
  createMainWindow({ preload: '/app/dist/electron/preload.cjs', devTools });
  return electron.BrowserWindow.created.at(-1)!;
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

beforeEach(() => {
  electron.BrowserWindow.created.length = 0;
  electron.shell.openExternal.mockClear();
});

describe('createMainWindow', () => {
  it('turns on context isolation and the sandbox, and Node integration off', () => {
    const { options } = open();
    expect(options).toMatchObject({
      title: 'Scrutineer',
      width: 1280,
      height: 860,
      minWidth: 900,
      minHeight: 600,
      show: false,
      webPreferences: {
        preload: '/app/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        webviewTag: false,
        devTools: false,
      },
    });
  });

  it('loads the app origin and shows the window once it is ready', () => {
    const window = open(true);
    expect(window.options).toMatchObject({ webPreferences: { devTools: true } });
    expect(window.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(APP_URL).toBe('app://scrutineer/index.html');
    const [event, show] = window.once.mock.calls[0] as unknown as [string, () => void];
    expect(event).toBe('ready-to-show');
    show();
    expect(window.show).toHaveBeenCalled();
  });

  it('denies every window.open and sends only http(s) links to the system browser', () => {
    const handler = open().webContents.openHandler!;
    expect(handler({ url: 'https://democracy.example.gov.uk/pack.pdf' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://scrutineer/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://democracy.example.gov.uk/pack.pdf']]);
  });

  it('blocks navigation and redirects away from the app origin', () => {
    const { listeners } = open().webContents;
    const navigate = listeners.get('will-navigate') as (event: ReturnType<typeof navigationEvent>) => void;
    const redirect = listeners.get('will-redirect') as (event: ReturnType<typeof navigationEvent>) => void;

    const inside = navigationEvent('app://scrutineer/index.html#/meetings');
    navigate(inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();

    for (const url of ['https://evil.example/', 'app://scrutineer.evil.example/', 'file:///etc/passwd']) {
      const away = navigationEvent(url);
      navigate(away);
      expect(away.preventDefault, url).toHaveBeenCalled();
      const redirected = navigationEvent(url);
      redirect(redirected);
      expect(redirected.preventDefault, url).toHaveBeenCalled();
    }
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://evil.example/']]);
  });
});
