// Platform port for Electron: every call goes through the preload's named bridge functions.
import type { ScrutineerBridge } from '../../shared/ipc';
import type { PlatformPort } from './port';

export function createElectronPlatform(bridge: ScrutineerBridge): PlatformPort {
  return {
    kind: 'electron',
    async pickPdfFiles() {
      const picked = await bridge.pickPdfs();
      return picked.map(
        (file) => new File([file.bytes as BlobPart], file.name, { type: 'application/pdf', lastModified: file.lastModified }),
      );
    },
    saveFile: (request) => bridge.saveFile(request),
    persistStorage: async () => (await navigator.storage?.persist?.()) ?? false,
    getSecret: (name) => bridge.getSecret({ name }),
    setSecret: (name, value) => bridge.setSecret({ name, value }),
    deleteSecret: (name) => bridge.deleteSecret({ name }),
  };
}
