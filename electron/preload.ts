// Runs sandboxed in the renderer before the page: exposes window.scrutineer, one named function
// per IPC channel and nothing else (never ipcRenderer itself). Only types come from shared/ipc,
// so the bundle requires nothing but 'electron' (the sandboxed preload can require little else).
import { contextBridge, ipcRenderer } from 'electron';
import type { BRIDGE_KEY, IpcChannel, IpcRequest, IpcResponse, ScrutineerBridge } from '../shared/ipc';

// Typed against the shared constant, so a rename there fails the type check here.
const bridgeKey: typeof BRIDGE_KEY = 'scrutineer';

function invoke<C extends IpcChannel>(channel: C, ...request: IpcRequest<C> extends undefined ? [] : [IpcRequest<C>]) {
  return ipcRenderer.invoke(channel, ...request) as Promise<IpcResponse<C>>;
}

const bridge: ScrutineerBridge = {
  appInfo: () => invoke('app:info'),
  pickPdfs: () => invoke('files:pick-pdfs'),
  saveFile: (request) => invoke('files:save', request),
  getSecret: (request) => invoke('secrets:get', request),
  setSecret: (request) => invoke('secrets:set', request),
  deleteSecret: (request) => invoke('secrets:delete', request),
};

contextBridge.exposeInMainWorld(bridgeKey, bridge);
