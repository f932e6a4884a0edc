// Confirms removing a document from the library before anything is deleted.
import { useId } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import type { StoredDocument } from '../db/types';

interface Props {
  document: StoredDocument;
  onConfirm(): void;
  onCancel(): void;
}

export function RemoveDialog({ document, onConfirm, onCancel }: Props) {
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} onCancel={onCancel}>
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
    </ModalDialog>
  );
}
