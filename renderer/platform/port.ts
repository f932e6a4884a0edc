// The renderer's one door to the platform: an Electron implementation over the preload
// bridge and a browser one, so the same app runs in Electron and in plain Chromium.

import type { SecretName } from '../../shared/ipc';

export type { SecretName };

export interface SaveRequest {
  suggestedName: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface PlatformPort {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for PDF files (several at once); an empty array when they cancel. */
  pickPdfFiles(): Promise<File[]>;
  /** Saves bytes where the user chooses (native dialog, or a browser download). */
  saveFile(request: SaveRequest): Promise<{ saved: boolean }>;
  /** Asks the browser not to evict our data under storage pressure; true when granted. */
  persistStorage(): Promise<boolean>;
  /**
   * Small secrets such as the sync server's device token: in Electron encrypted with the OS
   * keychain (safeStorage) in the user data folder; in the browser in IndexedDB, which is
   * this browser profile's own storage. null when none is stored.
   */
  getSecret(name: SecretName): Promise<string | null>;
  setSecret(name: SecretName, value: string): Promise<void>;
  deleteSecret(name: SecretName): Promise<void>;
}
