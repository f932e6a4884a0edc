// Before a dialog with unsaved typing closes on Escape: ask, so a half-typed entry is not lost.
import { useConfirm } from './confirm';

export function confirmDiscard(what: string): Promise<boolean> {
  return useConfirm.getState().ask({
    title: `Discard this ${what}?`,
    message: `What you have typed in this ${what} has not been saved and will be lost.`,
    yes: 'Discard',
    no: 'Keep editing',
  });
}
