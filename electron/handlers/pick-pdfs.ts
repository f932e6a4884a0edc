// 'files:pick-pdfs': the native open dialog for agenda-pack PDFs, returning each file's bytes.
import path from 'node:path';
import type { IpcResponse } from '../../shared/ipc';
import { showOpen, type DialogLike, type DialogOwner } from './dialog-owner';

export interface PickPdfsDeps {
  dialog: DialogLike;
  owner: DialogOwner;
  readFile: (file: string) => Promise<Uint8Array<ArrayBuffer>>;
  stat: (file: string) => Promise<{ mtimeMs: number }>;
}

export function createPickPdfs({ dialog, owner, readFile, stat }: PickPdfsDeps) {
  return async (): Promise<IpcResponse<'files:pick-pdfs'>> => {
    const result = await showOpen(dialog, owner, {
      title: 'Open agenda packs',
      filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
      properties: ['openFile', 'multiSelections'],
    });
    if (result.canceled) return [];
    // One at a time: packs can run to hundreds of megabytes between them.
    const files: IpcResponse<'files:pick-pdfs'> = [];
    for (const file of result.filePaths) {
      const { mtimeMs } = await stat(file);
      files.push({ name: path.basename(file), lastModified: Math.round(mtimeMs), bytes: await readFile(file) });
    }
    return files;
  };
}
