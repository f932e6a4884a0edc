// A modal yes-or-no question, driven by the confirm store.
import { useEffect, useId, useRef } from 'react';
import { useConfirm } from './confirm';

export function ConfirmDialog() {
  const pending = useConfirm((state) => state.pending);
  const answer = useConfirm((state) => state.answer);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (pending && !dialog.open) dialog.showModal();
    if (!pending && dialog.open) dialog.close();
  }, [pending]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        answer(false);
      }}
    >
      {pending && (
        <>
          <h2 id={titleId}>{pending.title}</h2>
          <p>{pending.message}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => answer(false)}>
              {pending.no}
            </button>
            <button type="button" className="primary" autoFocus onClick={() => answer(true)}>
              {pending.yes}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
