// "Export questions": Word, PDF, Markdown or CSV, or print; with or without answers and
// private notes (left out unless chosen). Deadline: the day before the inquiry day.
import { useId, useState } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../shared/questions/exportModel';
import type { Grouping } from '../../shared/questions/listView';
import type { QuestionList } from '../../shared/questions/types';
import { exportDocument, saveExport, type ExportFormat } from './exportQuestions';
import { usePrint } from './printStore';
import { SelectField } from '../common/SelectField';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'word', label: 'Word', hint: '.docx with a title page' },
  { format: 'pdf', label: 'PDF', hint: 'A4, ready to circulate' },
  { format: 'markdown', label: 'Markdown', hint: 'plain text' },
  { format: 'csv', label: 'CSV', hint: 'one question per row' },
];

export function ExportDialog({ list, grouping, onClose }: { list: QuestionList; grouping: Grouping; onClose(): void }) {
  const titleId = useId();
  const ids = { answers: useId(), notes: useId(), arrange: useId() };
  const print = usePrint((state) => state.print);
  const [options, setOptions] = useState<ExportOptions>({ ...DEFAULT_EXPORT_OPTIONS, grouping });
  const [busy, setBusy] = useState<ExportFormat | 'print' | null>(null);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setMessage(null);
    try {
      const name = await saveExport(list.id, format, options);
      setMessage(name ? { kind: 'done', text: `Saved “${name}”.` } : { kind: 'done', text: 'Not saved.' });
    } catch (error) {
      setMessage({ kind: 'error', text: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(null);
    }
  };

  const printIt = async () => {
    setBusy('print');
    try {
      print(await exportDocument(list.id, options));
    } finally {
      setBusy(null);
    }
  };

  const groupings: { value: Grouping; label: string }[] =
    list.kind === 'inquiryDay'
      ? [
          { value: 'none', label: 'In running order' },
          { value: 'session', label: 'By session' },
          { value: 'line', label: 'By line of enquiry' },
        ]
      : [
          { value: 'none', label: 'In running order' },
          { value: 'item', label: 'By agenda item' },
        ];

  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose} className="export-dialog">
      <h2 id={titleId}>Export questions</h2>
      <fieldset className="export-options">
        <legend>Include</legend>
        <label className="check">
          <input id={ids.answers} type="checkbox" checked={options.includeAnswers} onChange={(event) => setOptions({ ...options, includeAnswers: event.target.checked })} />
          Include answers and follow-ups
        </label>
        <label className="check">
          <input id={ids.notes} type="checkbox" checked={options.includePrivateNotes} onChange={(event) => setOptions({ ...options, includePrivateNotes: event.target.checked })} />
          Include private notes
        </label>
        <label className="check">
          <input type="checkbox" checked={options.includeExempt === true} onChange={(event) => setOptions({ ...options, includeExempt: event.target.checked })} />
          Include exempt questions (Part 2), marked “Not for publication”
        </label>
        <SelectField label="Arrange questions" value={options.grouping} options={groupings} onChange={(value) => setOptions({ ...options, grouping: value as Grouping })} />
      </fieldset>
      <div className="export-formats" role="group" aria-label="Formats">
        {FORMATS.map(({ format, label, hint }) => (
          <div key={format} className="format">
            <button type="button" className="format-button" disabled={busy !== null} aria-describedby={`${titleId}-${format}`} onClick={() => void run(format)}>
              {label}
            </button>
            <span id={`${titleId}-${format}`} className="format-hint">
              {busy === format ? 'Writing…' : hint}
            </span>
          </div>
        ))}
      </div>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-error' : 'hint'}>
          {message.text}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" disabled={busy !== null} onClick={() => void printIt()}>
          Print
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
