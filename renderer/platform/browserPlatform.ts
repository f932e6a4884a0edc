// Platform port for plain Chromium (`npm run web` and end-to-end tests).
import { deleteSetting, getSetting, setSetting } from '../db/settingsData';
import { browserAtRestKey } from './browserAtRestKey';
import { browserSiteFetch } from './browserSiteFetch';
import { BACKUP_EXTENSION } from '../../shared/ipc';
import type { PlatformPort, SaveRequest, SecretName } from './port';

/** Hidden file inputs kept in the document (one for PDFs, one for backups), so the file chooser is the browser's own. */
function fileInput(id = 'scrutineer-file-input', accept = '.pdf,application/pdf', multiple = true): HTMLInputElement {
  const existing = document.getElementById(id);
  if (existing instanceof HTMLInputElement) return existing;
  const input = document.createElement('input');
  input.id = id;
  input.type = 'file';
  input.multiple = multiple;
  input.accept = accept;
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.className = 'visually-hidden';
  document.body.append(input);
  return input;
}

function pickFiles(input: HTMLInputElement): Promise<File[]> {
  return new Promise((resolve) => {
    const finish = (files: File[]) => {
      input.removeEventListener('change', onChange);
      input.removeEventListener('cancel', onCancel);
      input.value = '';
      resolve(files);
    };
    const onChange = () => finish(Array.from(input.files ?? []));
    const onCancel = () => finish([]);
    input.addEventListener('change', onChange);
    input.addEventListener('cancel', onCancel);
    input.click();
  });
}

const pickPdfFiles = () => pickFiles(fileInput());

async function pickBackupFile(): Promise<File | null> {
  const [file] = await pickFiles(fileInput('scrutineer-backup-input', `.${BACKUP_EXTENSION}`, false));
  return file ?? null;
}

function saveFile({ suggestedName, mimeType, bytes }: SaveRequest): Promise<{ saved: boolean }> {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
    return Promise.resolve({ saved: true });
  } finally {
    // The download has been handed to the browser; the object URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

// A browser has no keychain the page can use: secrets stay in this profile's IndexedDB, as
// a site's session tokens do, under a settings key of their own.
const secretKey = (name: SecretName) => `secret:${name}`;

async function getSecret(name: SecretName): Promise<string | null> {
  const value = await getSetting(secretKey(name));
  return typeof value === 'string' ? value : null;
}

async function setSecret(name: SecretName, value: string): Promise<void> {
  await setSetting(secretKey(name), value);
}

async function deleteSecret(name: SecretName): Promise<void> {
  await deleteSetting(secretKey(name));
}

export function createBrowserPlatform(): PlatformPort {
  return {
    kind: 'browser',
    pickPdfFiles,
    pickBackupFile,
    saveFile,
    persistStorage: async () => (await navigator.storage?.persist?.()) ?? false,
    getSecret,
    setSecret,
    deleteSecret,
    secretProtection: () => Promise.resolve({ level: 'browser', backend: null }),
    atRestKey: browserAtRestKey,
    // The browser decides which sites a page may read (CORS); there is no allow-list to set.
    allowModernGovSites: () => Promise.resolve(),
    fetchModernGov: browserSiteFetch,
  };
}
