// Opens a native dialog as a sheet of the app window when there is one, so it is modal to it.
import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';

/** The part of Electron's dialog module the file handlers use. */
export interface DialogLike {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** Returns the window dialogs should belong to, if any (usually the focused one). */
export type DialogOwner = () => BaseWindow | null;

export function showOpen(dialog: DialogLike, owner: DialogOwner, options: OpenDialogOptions) {
  const window = owner();
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

export function showSave(dialog: DialogLike, owner: DialogOwner, options: SaveDialogOptions) {
  const window = owner();
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}
