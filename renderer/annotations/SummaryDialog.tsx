// Asks which format the annotation summary should be saved in.
import { useEffect, useId, useRef } from 'react';

export function SummaryDialog({ onChoose, onClose }: { onChoose(format: 'markdown' | 'word'): void; onClose(): void }) {
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
        onClose();
      }}
    >
      <h2 id={titleId}>Export annotation summary</h2>
      <p>Every annotation grouped by agenda item, with its quote, comment and printed page.</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={() => onChoose('markdown')}>
          Markdown
        </button>
        <button type="button" className="primary" autoFocus onClick={() => onChoose('word')}>
          Word
        </button>
      </div>
    </dialog>
  );
}
