// Edits one note: Markdown on the left (or above, in a narrow column) with a live preview,
// the agenda item it is about, quoting the selected text, and deleting (with undo). What
// is typed is stored at once (autosave.ts).
import { useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import { parseMarkdown } from '../../shared/notes/markdown';
import type { Note } from '../../shared/notes/types';
import { useNotices } from '../common/notices';
import type { AgendaEntry } from '../db/types';
import { openPassage } from '../passages/openPassage';
import { resolvePassage } from '../passages/resolvePassage';
import { keepSelection, selectedPassage } from '../passages/selection';
import { useAutosavedText } from './useAutosavedText';
import { ExemptPassageIds, MarkdownBlocks } from './MarkdownPreview';
import { useExemptScope } from '../library/exemptScope';
import { isPassageExempt } from '../../shared/exempt';
import { useNotesView } from './noteEntry';
import { deleteNote, quoteInNote, saveNoteBody, setNoteItem, type NoteScope } from './notesData';
import { SelectField } from '../common/SelectField';
import { agendaOptions } from '../meetings/format';
import { undoChange } from '../undo/undoStack';

interface Props {
  note: Note;
  scope: NoteScope;
  agenda: readonly AgendaEntry[];
  readerDocumentId?: string;
  onClose(): void;
}

export function NoteEditor({ note, scope, agenda, readerDocumentId, onClose }: Props) {
  const notify = useNotices((state) => state.add);
  const focusNote = useNotesView((state) => state.focusNote);
  const focused = useNotesView((state) => state.focused);
  const { text: body, change, flush, status } = useAutosavedText(note.body, (value) => saveNoteBody(note.id, value), { kind: 'note', id: note.id, field: 'body' });
  const textRef = useRef<HTMLTextAreaElement>(null);
  const ids = { body: useId(), item: useId(), help: useId(), preview: useId() };

  useEffect(() => {
    if (focusNote !== note.id) return;
    const field = textRef.current;
    if (field) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      field.scrollTop = field.scrollHeight;
    }
    focused();
  }, [focusNote, note.id, focused]);

  const deferred = useDeferredValue(body);
  const blocks = useMemo(() => parseMarkdown(deferred), [deferred]);
  const exempt = useExemptScope();
  const exemptIds = useMemo(() => new Set(exempt ? note.passages.filter((passage) => isPassageExempt(exempt, passage)).map((passage) => passage.id) : []), [exempt, note.passages]);

  const quoteSelection = async () => {
    const selected = selectedPassage(readerDocumentId);
    if (!selected) {
      notify('info', 'Select some text in the pack first, then choose “Quote selected text”.');
      return;
    }
    await flush();
    const passage = await resolvePassage(selected);
    await quoteInNote(note.id, passage, scope);
  };

  const remove = async () => {
    await flush();
    const deleted = await deleteNote(note.id);
    onClose();
    if (deleted) notify('info', 'Note deleted.', { label: 'Undo', run: () => void undoChange(deleted) });
  };

  const passageLink = (passageId: string) => {
    const passage = note.passages.find((p) => p.id === passageId);
    if (passage?.detached) notify('info', `“${passage.documentTitle}” was removed from the library, so there is no pack to open; the quote stays in your note.`);
    else if (passage) void openPassage(passage);
  };

  return (
    <div className="note-editor">
      <div className="note-editor-bar">
        {agenda.length > 0 && (
          <SelectField
            label="Agenda item"
            className="control"
            value={note.itemNumber ?? ''}
            empty="The meeting as a whole"
            options={agendaOptions(agenda)}
            onChange={(value) => {
              const item = agenda.find((entry) => entry.number === value);
              void setNoteItem(note.id, item ? { number: item.number, title: item.title } : null);
            }}
          />
        )}
        <span className={`save-state${status === 'failed' ? ' failed' : ''}`}>
          {status === 'saved' ? 'Saved' : status === 'saving' ? 'Saving…' : 'Not saved: storage failed'}
        </span>
      </div>
      <div className="note-panes">
        <div className="note-write">
          <label htmlFor={ids.body}>Note</label>
          <textarea
            id={ids.body}
            ref={textRef}
            className="note-text"
            value={body}
            spellCheck
            aria-describedby={ids.help}
            onChange={(event) => change(event.target.value)}
            onBlur={() => void flush()}
          />
          <p id={ids.help} className="hint small">
            Markdown: # heading, **bold**, *italic*, - list, &gt; quote.
          </p>
        </div>
        <section className="note-preview" aria-labelledby={ids.preview}>
          <h3 id={ids.preview} className="preview-title">
            Preview
          </h3>
          <ExemptPassageIds.Provider value={exemptIds}>
            <div className="markdown">{blocks.length ? <MarkdownBlocks blocks={blocks} onPassage={passageLink} /> : <p className="hint">Nothing written yet.</p>}</div>
          </ExemptPassageIds.Provider>
        </section>
      </div>
      <div className="note-actions">
        <button type="button" onMouseDown={keepSelection} onClick={() => void quoteSelection()}>
          Quote selected text
        </button>
        <button type="button" onClick={onClose}>
          Close note
        </button>
        <button type="button" className="danger-outline" onClick={() => void remove()}>
          Delete note
        </button>
      </div>
    </div>
  );
}
