// A modal dialog (the native <dialog>, so focus is trapped and the page behind is inert):
// shown while `open`, closed when it unmounts, and Esc calls onCancel instead of closing it
// behind React's back.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  labelledBy: string;
  onCancel(): void;
  open?: boolean;
  className?: string;
  children?: ReactNode;
}

export function ModalDialog({ labelledBy, onCancel, open = true, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
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
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
