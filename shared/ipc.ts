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

/** The extension of Scrutineer's backup files. */
export const BACKUP_EXTENSION = 'scrutineer-backup';

/** The secrets the renderer may keep in the system's secure storage, by name. */
export const SECRET_NAMES = ['sync-token'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
const secretNameSchema = z.enum(SECRET_NAMES);

/**
 * keychain: encrypted with a key the OS keeps; weak: Linux's basic_text backend (a key fixed
 * in Electron), so stored as good as plain text; unavailable: nothing can be stored;
 * browser: the profile's own storage.
 */
export const secretProtectionSchema = z.object({
  level: z.enum(['keychain', 'weak', 'unavailable', 'browser']),
  /** safeStorage's backend on Linux (basic_text, gnome_libsecret, kwallet…), else null. */
  backend: z.string().nullable(),
});
export type SecretProtection = z.infer<typeof secretProtectionSchema>;

/** AES-256: the at-rest key's length in bytes. */
export const AT_REST_KEY_BYTES = 32;

/** A request to a council's ModernGov site, made by main (shared/moderngov/http.ts). */
const siteRequestSchema = z.object({
  /** Names the request in progress events. */
  requestId: z.string().min(1).max(100),
  url: z.string().url().max(4096),
  expect: z.enum(['xml', 'html', 'pdf']),
  etag: z.string().max(1024).optional(),
  lastModified: z.string().max(200).optional(),
});

const siteAnswerSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    status: z.number().int(),
    url: z.string(),
    contentType: z.string(),
    etag: z.string().optional(),
    lastModified: z.string().optional(),
    retryAfter: z.string().optional(),
    text: z.string().optional(),
    bytes: z.instanceof(Uint8Array).optional(),
  }),
  z.object({
    ok: z.literal(false),
    kind: z.enum(['offline', 'timeout', 'too-large', 'not-allowed', 'redirect', 'cors', 'network']),
    message: z.string(),
  }),
]);
export type SiteAnswer = z.infer<typeof siteAnswerSchema>;

/** Progress of a download, sent by main to the renderer on MODERNGOV_PROGRESS. */
export const siteProgressSchema = z.object({ requestId: z.string(), received: z.number(), total: z.number().nullable() });
export type SiteProgress = z.infer<typeof siteProgressSchema>;
export const MODERNGOV_PROGRESS = 'moderngov:progress';

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
  /** Shows the native open dialog for one Scrutineer backup file and returns it; null when the user cancels. */
  'files:pick-backup': {
    request: z.undefined(),
    response: pickedFileSchema.nullable(),
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
  /** How well secrets are protected here: a real keychain, a fixed key (Linux basic_text), or none. */
  'secrets:protection': {
    request: z.undefined(),
    response: secretProtectionSchema,
  },
  /**
   * The 32 bytes of the key that encrypts protected text at rest (pages of password-protected
   * and exempt packs): created once, kept encrypted with safeStorage in the user data folder.
   * The renderer asks once per start and imports it as a non-extractable CryptoKey.
   */
  'storage:at-rest-key': {
    request: z.undefined(),
    response: z.instanceof(Uint8Array).refine((bytes) => bytes.length === AT_REST_KEY_BYTES, `the key is ${AT_REST_KEY_BYTES} bytes`),
  },
  /**
   * The ModernGov sites of the councils the user added: main contacts these origins and
   * no others (https, or http on loopback only).
   */
  'moderngov:allow-sites': {
    request: z.object({ bases: z.array(z.string().url().max(2048)).max(50) }),
    response: z.undefined(),
  },
  /** One GET to an allowed site, with redirects kept to it and time and size limits. */
  'moderngov:fetch': {
    request: siteRequestSchema,
    response: siteAnswerSchema,
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
  pickBackup(): Promise<IpcResponse<'files:pick-backup'>>;
  saveFile(request: IpcRequest<'files:save'>): Promise<IpcResponse<'files:save'>>;
  getSecret(request: IpcRequest<'secrets:get'>): Promise<IpcResponse<'secrets:get'>>;
  setSecret(request: IpcRequest<'secrets:set'>): Promise<IpcResponse<'secrets:set'>>;
  deleteSecret(request: IpcRequest<'secrets:delete'>): Promise<IpcResponse<'secrets:delete'>>;
  secretProtection(): Promise<IpcResponse<'secrets:protection'>>;
  atRestKey(): Promise<IpcResponse<'storage:at-rest-key'>>;
  allowModernGovSites(request: IpcRequest<'moderngov:allow-sites'>): Promise<IpcResponse<'moderngov:allow-sites'>>;
  fetchModernGov(request: IpcRequest<'moderngov:fetch'>): Promise<IpcResponse<'moderngov:fetch'>>;
  /** Listens to download progress from main; returns the function that stops listening. */
  onModernGovProgress(listener: (progress: SiteProgress) => void): () => void;
}

/** The origin the packaged renderer is served from (custom protocol). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'scrutineer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
