// Confirms removing a document from the library before anything is deleted.
import { useEffect, useId, useRef } from 'react';
import type { StoredDocument } from '../db/types';

interface Props {
  document: StoredDocument;
  onConfirm(): void;
  onCancel(): void;
}

export function RemoveDialog({ document, onConfirm, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>Remove “{document.title}”?</h2>
      <p>The document and the place you had reached in it will be removed from this device.</p>
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Remove
        </button>
      </div>
    </dialog>
  );
}
