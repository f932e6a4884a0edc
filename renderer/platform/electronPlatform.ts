// Platform port for Electron: every call goes through the preload's named bridge functions.
import type { ScrutineerBridge } from '../../shared/ipc';
import { RequestFailed } from '../../shared/moderngov/requests';
import type { PlatformPort } from './port';

let nextRequest = 0;

export function createElectronPlatform(bridge: ScrutineerBridge): PlatformPort {
  let key: Promise<CryptoKey> | undefined;
  return {
    kind: 'electron',
    async pickPdfFiles() {
      const picked = await bridge.pickPdfs();
      return picked.map(
        (file) => new File([file.bytes as BlobPart], file.name, { type: 'application/pdf', lastModified: file.lastModified }),
      );
    },
    async pickBackupFile() {
      const picked = await bridge.pickBackup();
      return picked && new File([picked.bytes], picked.name, { type: 'application/octet-stream', lastModified: picked.lastModified });
    },
    saveFile: (request) => bridge.saveFile(request),
    persistStorage: async () => (await navigator.storage?.persist?.()) ?? false,
    getSecret: (name) => bridge.getSecret({ name }),
    setSecret: (name, value) => bridge.setSecret({ name, value }),
    deleteSecret: (name) => bridge.deleteSecret({ name }),
    secretProtection: () => bridge.secretProtection(),
    atRestKey() {
      // Asked of main once; imported non-extractable, so page code can use the key but not read it.
      key ??= bridge.atRestKey().then(async (bytes) => {
        const raw = new Uint8Array(bytes);
        try {
          return await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
        } finally {
          raw.fill(0);
          bytes.fill(0);
        }
      });
      key.catch(() => (key = undefined));
      return key;
    },
    allowModernGovSites: (bases) => bridge.allowModernGovSites({ bases }),
    async fetchModernGov(request, onProgress) {
      nextRequest += 1;
      const requestId = `r${nextRequest}`;
      const stop = onProgress
        ? bridge.onModernGovProgress((progress) => {
            if (progress.requestId === requestId) onProgress(progress.received, progress.total);
          })
        : () => undefined;
      try {
        const answer = await bridge.fetchModernGov({ ...request, requestId });
        if (!answer.ok) throw new RequestFailed(answer.kind, answer.message);
        const { ok: _ok, ...response } = answer;
        return response;
      } finally {
        stop();
      }
    },
  };
}
