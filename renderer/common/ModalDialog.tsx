// A modal dialog (the native <dialog>, so focus is trapped and the page behind is inert):
// shown while `open`, closed when it unmounts, and Esc calls onCancel instead of closing it
// behind React's back. Focus goes back to the opener when it closes.
import { useEffect, useRef, type ReactNode } from 'react';
import { useReturnFocus } from './returnFocus';
import { confirmDiscard } from './discard';

interface Props {
  labelledBy: string;
  onCancel(): void;
  open?: boolean;
  className?: string;
  children?: ReactNode;
  /** What typing in the dialog would lose (e.g. "proposal"), while there is any: Escape asks first. */
  unsaved?: string;
}

export function ModalDialog({ labelledBy, onCancel, open = true, className, children, unsaved }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useReturnFocus(open);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  useEffect(() => () => ref.current?.close(), []);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        if (!unsaved) onCancel();
        else void confirmDiscard(unsaved).then((discard) => discard && onCancel());
      }}
    >
      {children}
    </dialog>
  );
}
