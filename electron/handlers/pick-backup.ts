// 'files:pick-backup': the native open dialog for one Scrutineer backup file, returning its bytes.
import path from 'node:path';
import { BACKUP_EXTENSION, type IpcResponse } from '../../shared/ipc';
import { showOpen } from './dialog-owner';
import type { PickPdfsDeps } from './pick-pdfs';

export function createPickBackup({ dialog, owner, readFile, stat }: PickPdfsDeps) {
  return async (): Promise<IpcResponse<'files:pick-backup'>> => {
    const result = await showOpen(dialog, owner, {
      title: 'Restore from a backup',
      filters: [{ name: 'Scrutineer backups', extensions: [BACKUP_EXTENSION] }],
      properties: ['openFile'],
    });
    const [file] = result.filePaths;
    if (result.canceled || !file) return null;
    const { mtimeMs } = await stat(file);
    return { name: path.basename(file), lastModified: Math.round(mtimeMs), bytes: await readFile(file) };
  };
}
