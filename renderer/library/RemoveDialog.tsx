// Confirms removing a document from the library before anything is deleted, and asks what
// becomes of the user's work on it (annotations, notes' quotes, questions' passages).
import './removeDialog.css';
import { useEffect, useId, useState } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import type { StoredDocument } from '../db/types';
import { countDependents, type DependentCount, type DependentsChoice } from './documentDependents';

interface Props {
  document: StoredDocument;
  onConfirm(choice: DependentsChoice, dependents: DependentCount[]): void;
  onCancel(): void;
}

/** "3 annotations, 2 quotes in your notes and 1 passage quoted in your questions". */
export function listDependents(counts: readonly DependentCount[]): string {
  const parts = counts.map((count) => count.description);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function RemoveDialog({ document, onConfirm, onCancel }: Props) {
  const titleId = useId();
  const hintId = useId();
  const [dependents, setDependents] = useState<DependentCount[] | null>(null);
  const [choice, setChoice] = useState<DependentsChoice>('keep');
  useEffect(() => {
    let current = true;
    void countDependents(document.id).then((counts) => current && setDependents(counts));
    return () => {
      current = false;
    };
  }, [document.id]);

  return (
    <ModalDialog labelledBy={titleId} onCancel={onCancel} className="remove-dialog">
      <h2 id={titleId}>Remove “{document.title}”?</h2>
      <p>The document and the place you had reached in it will be removed from this device.</p>
      {dependents && dependents.length > 0 && (
        <fieldset className="remove-choice" aria-describedby={hintId}>
          <legend>What should happen to your work on it?</legend>
          <p id={hintId}>You have {listDependents(dependents)} on this document.</p>
          <label>
            <input type="radio" name="dependents" value="keep" checked={choice === 'keep'} onChange={() => setChoice('keep')} />
            Keep them, detached from the document
          </label>
          <p className="hint">Their text stays in your annotations, notes and questions; there will be no pack to open.</p>
          <label>
            <input type="radio" name="dependents" value="delete" checked={choice === 'delete'} onChange={() => setChoice('delete')} />
            Delete them
          </label>
          <p className="hint">They are deleted for good with the document. The questions and notes themselves stay.</p>
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={dependents === null} onClick={() => onConfirm(choice, dependents ?? [])}>
          Remove
        </button>
      </div>
    </ModalDialog>
  );
}
