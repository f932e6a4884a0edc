// Asks which format the annotation summary should be saved in.
import { useId } from 'react';
import { ModalDialog } from '../common/ModalDialog';

export function SummaryDialog({ onChoose, onClose }: { onChoose(format: 'markdown' | 'word'): void; onClose(): void }) {
  const titleId = useId();
  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose}>
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
    </ModalDialog>
  );
}
