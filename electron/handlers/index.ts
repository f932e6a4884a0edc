// Assembles the implementation of every IPC channel from the platform pieces main passes in.
import type { IpcHandlers } from '../ipc';
import { createAppInfo, type AppInfoDeps } from './app-info';
import { createAtRestKey, type AtRestKeyDeps } from './at-rest-key';
import { createPickBackup } from './pick-backup';
import { createPickPdfs, type PickPdfsDeps } from './pick-pdfs';
import { createSaveFile, type SaveFileDeps } from './save-file';
import { createModernGov, type ModernGovDeps } from './moderngov';
import { createSecrets, type SecretsDeps } from './secrets';

export type HandlerDeps = AppInfoDeps & PickPdfsDeps & SaveFileDeps & SecretsDeps & AtRestKeyDeps & ModernGovDeps;

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    'app:info': createAppInfo(deps),
    'files:pick-pdfs': createPickPdfs(deps),
    'files:pick-backup': createPickBackup(deps),
    'files:save': createSaveFile(deps),
    ...createSecrets(deps),
    ...createAtRestKey(deps),
    ...createModernGov(deps),
  };
}
