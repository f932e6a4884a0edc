// Runs sandboxed in the renderer before the page: exposes window.scrutineer, one named function
// per IPC channel and nothing else (never ipcRenderer itself). Only types come from shared/ipc,
// so the bundle requires nothing but 'electron' (the sandboxed preload can require little else).
import { contextBridge, ipcRenderer } from 'electron';
import type { BRIDGE_KEY, IpcChannel, IpcRequest, IpcResponse, MODERNGOV_PROGRESS, ScrutineerBridge, SiteProgress } from '../shared/ipc';

// Typed against the shared constant, so a rename there fails the type check here.
const bridgeKey: typeof BRIDGE_KEY = 'scrutineer';
const progressChannel: typeof MODERNGOV_PROGRESS = 'moderngov:progress';

function invoke<C extends IpcChannel>(channel: C, ...request: IpcRequest<C> extends undefined ? [] : [IpcRequest<C>]) {
  return ipcRenderer.invoke(channel, ...request) as Promise<IpcResponse<C>>;
}

const bridge: ScrutineerBridge = {
  appInfo: () => invoke('app:info'),
  pickPdfs: () => invoke('files:pick-pdfs'),
  pickBackup: () => invoke('files:pick-backup'),
  saveFile: (request) => invoke('files:save', request),
  getSecret: (request) => invoke('secrets:get', request),
  setSecret: (request) => invoke('secrets:set', request),
  deleteSecret: (request) => invoke('secrets:delete', request),
  secretProtection: () => invoke('secrets:protection'),
  atRestKey: () => invoke('storage:at-rest-key'),
  allowModernGovSites: (request) => invoke('moderngov:allow-sites', request),
  fetchModernGov: (request) => invoke('moderngov:fetch', request),
  onModernGovProgress: (listener) => {
    // The page gets the progress itself, never the IPC event (which would expose the sender).
    const forward = (_event: unknown, progress: SiteProgress) => listener(progress);
    ipcRenderer.on(progressChannel, forward);
    return () => {
      ipcRenderer.removeListener(progressChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeKey, bridge);
