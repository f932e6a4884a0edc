// "Propose item": a member's suggestion for the work programme, with the reason for it.
// Saved on this device at once and sent to the scrutiny office when online.
import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import { proposeItem } from './wpActions';
import { DialogActions } from '../common/DialogActions';

export function ProposeItemDialog({ committeeId, committeeName, onClose }: { committeeId: string; committeeName: string; onClose(): void }) {
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

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
    <ModalDialog labelledBy={titleId} onCancel={onClose} className="wp-dialog" unsaved={title.trim() || reason.trim() ? 'proposal' : undefined}>
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
        <DialogActions submit="Propose item" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
