// The typed IPC contract between the renderer (through the preload) and Electron main:
// one entry per channel, with a schema for its argument and its result. Main parses every
// argument from unknown with these schemas; the preload exposes one named function each.
import { z } from 'zod';

/** A file the user picked in the native open dialog, with its bytes. */
export const pickedFileSchema = z.object({
  name: z.string().min(1).max(1024),
  lastModified: z.number().int().nonnegative(),
  bytes: z.instanceof(Uint8Array),
});
export type PickedFile = z.infer<typeof pickedFileSchema>;

/** The secrets the renderer may keep in the system's secure storage, by name. */
export const SECRET_NAMES = ['sync-token'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
const secretNameSchema = z.enum(SECRET_NAMES);

export const ipcContract = {
  /** Versions and platform, for the About line and bug reports. */
  'app:info': {
    request: z.undefined(),
    response: z.object({ name: z.string(), version: z.string(), platform: z.string(), electron: z.string() }),
  },
  /** Shows the native open dialog for PDFs (several at once) and returns the chosen files. */
  'files:pick-pdfs': {
    request: z.undefined(),
    response: z.array(pickedFileSchema),
  },
  /** Shows the native save dialog and writes the bytes there; false when the user cancels. */
  'files:save': {
    request: z.object({
      suggestedName: z.string().min(1).max(255),
      mimeType: z.string().min(1).max(255),
      bytes: z.instanceof(Uint8Array),
    }),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** Reads a secret kept with Electron's safeStorage (the OS keychain); null when none. */
  'secrets:get': {
    request: z.object({ name: secretNameSchema }),
    response: z.string().nullable(),
  },
  /** Encrypts a secret with safeStorage and keeps it in the app's user data folder. */
  'secrets:set': {
    request: z.object({ name: secretNameSchema, value: z.string().min(1).max(4096) }),
    response: z.undefined(),
  },
  /** Forgets a secret. */
  'secrets:delete': {
    request: z.object({ name: secretNameSchema }),
    response: z.undefined(),
  },
} as const;

export type IpcChannel = keyof typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['response']>;

/** Name of the object the preload exposes on window (contextBridge.exposeInMainWorld). */
export const BRIDGE_KEY = 'scrutineer';

/** What the preload exposes: one named async function per channel, nothing else. */
export interface ScrutineerBridge {
  appInfo(): Promise<IpcResponse<'app:info'>>;
  pickPdfs(): Promise<IpcResponse<'files:pick-pdfs'>>;
  saveFile(request: IpcRequest<'files:save'>): Promise<IpcResponse<'files:save'>>;
  getSecret(request: IpcRequest<'secrets:get'>): Promise<IpcResponse<'secrets:get'>>;
  setSecret(request: IpcRequest<'secrets:set'>): Promise<IpcResponse<'secrets:set'>>;
  deleteSecret(request: IpcRequest<'secrets:delete'>): Promise<IpcResponse<'secrets:delete'>>;
}

/** The origin the packaged renderer is served from (custom protocol). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'scrutineer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
