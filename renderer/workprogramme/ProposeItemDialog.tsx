// "Propose item": a member's suggestion for the work programme, with the reason for it.
// Saved on this device at once and sent to the scrutiny office when online.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { proposeItem } from './wpActions';

export function ProposeItemDialog({ committeeId, committeeName, onClose }: { committeeId: string; committeeName: string; onClose(): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('Give the topic a title.');
    try {
      await proposeItem(committeeId, title, reason);
      onClose();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog wp-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={titleId}>Propose an item</h2>
        <p className="hint">For the {committeeName} work programme. The scrutiny officer and the chair see it the next time this device syncs.</p>
        <div className="form-field">
          <label htmlFor={`${titleId}-title`}>Title</label>
          <input id={`${titleId}-title`} type="text" autoFocus value={title} maxLength={500} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={`${titleId}-reason`}>Reason</label>
          <textarea id={`${titleId}-reason`} rows={5} value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Propose item
          </button>
        </div>
      </form>
    </dialog>
  );
}
