// The renderer's one door to the platform: an Electron implementation over the preload
// bridge and a browser one, so the same app runs in Electron and in plain Chromium.

import type { SecretName, SecretProtection } from '../../shared/ipc';
import type { Progress, SiteRequest, SiteResponse } from '../../shared/moderngov/requests';

export type { SecretName, SecretProtection };

export interface SaveRequest {
  suggestedName: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface PlatformPort {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for PDF files (several at once); an empty array when they cancel. */
  pickPdfFiles(): Promise<File[]>;
  /** Asks the user for one Scrutineer backup file; null when they cancel. */
  pickBackupFile(): Promise<File | null>;
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
  /** Whether secrets are really encrypted here (Linux without a keychain: no). */
  secretProtection(): Promise<SecretProtection>;
  /**
   * The AES-GCM key that encrypts text read from password-protected and exempt packs at rest:
   * non-extractable. In Electron main keeps its bytes encrypted with safeStorage in the user
   * data folder and hands them over once; in the browser the CryptoKey itself is kept in
   * IndexedDB. The same key every time on this device.
   */
  atRestKey(): Promise<CryptoKey>;
  /** The councils' ModernGov sites the user added: in Electron, main contacts only these. */
  allowModernGovSites(bases: string[]): Promise<void>;
  /**
   * One GET to a council's ModernGov site (Electron's main process, or fetch in a browser);
   * throws RequestFailed when no usable answer came back.
   */
  fetchModernGov(request: SiteRequest, onProgress?: Progress): Promise<SiteResponse>;
}
