// 'files:save': the native save dialog, then writes the renderer's bytes where the user chose.
import path from 'node:path';
import type { IpcRequest, IpcResponse } from '../../shared/ipc';
import { showSave, type DialogLike, type DialogOwner } from './dialog-owner';

export interface SaveFileDeps {
  dialog: DialogLike;
  owner: DialogOwner;
  writeFile: (file: string, bytes: Uint8Array) => Promise<void>;
}

export function createSaveFile({ dialog, owner, writeFile }: SaveFileDeps) {
  return async ({ suggestedName, bytes }: IpcRequest<'files:save'>): Promise<IpcResponse<'files:save'>> => {
    // The renderer names the file, never the folder: it gets a base name and the user picks where.
    const defaultPath = path.basename(suggestedName);
    const extension = path.extname(defaultPath).slice(1);
    const result = await showSave(dialog, owner, {
      defaultPath,
      filters: extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }] : [],
    });
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, bytes);
    return { saved: true, path: result.filePath };
  };
}
