// Platform port for plain Chromium (`npm run web` and end-to-end tests).
import { db } from '../db/database';
import type { PlatformPort, SaveRequest, SecretName } from './port';

/** One hidden file input kept in the document, so the file chooser is the browser's own. */
function fileInput(): HTMLInputElement {
  const existing = document.getElementById('scrutineer-file-input');
  if (existing instanceof HTMLInputElement) return existing;
  const input = document.createElement('input');
  input.id = 'scrutineer-file-input';
  input.type = 'file';
  input.multiple = true;
  input.accept = '.pdf,application/pdf';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.className = 'visually-hidden';
  document.body.append(input);
  return input;
}

function pickPdfFiles(): Promise<File[]> {
  const input = fileInput();
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

async function saveFile({ suggestedName, mimeType, bytes }: SaveRequest): Promise<{ saved: boolean }> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
    return { saved: true };
  } finally {
    // The download has been handed to the browser; the object URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

// A browser has no keychain the page can use: secrets stay in this profile's IndexedDB, as
// a site's session tokens do, under a settings key of their own.
const secretKey = (name: SecretName) => `secret:${name}`;

async function getSecret(name: SecretName): Promise<string | null> {
  const row = await db.settings.get(secretKey(name));
  return typeof row?.value === 'string' ? row.value : null;
}

async function setSecret(name: SecretName, value: string): Promise<void> {
  await db.settings.put({ key: secretKey(name), value });
}

async function deleteSecret(name: SecretName): Promise<void> {
  await db.settings.delete(secretKey(name));
}

export function createBrowserPlatform(): PlatformPort {
  return {
    kind: 'browser',
    pickPdfFiles,
    saveFile,
    persistStorage: async () => (await navigator.storage?.persist?.()) ?? false,
    getSecret,
    setSecret,
    deleteSecret,
  };
}
