// The Notes region: the user's notes on a meeting (per agenda item or on the meeting as a
// whole), on an inquiry, or free-standing; one open at a time in the editor. Works in a
// narrow column (the reader's sidebar) as well as in the meeting workspace.
import { useId } from 'react';
import { noteTitle } from '../../shared/notes/types';
import type { AgendaEntry } from '../db/types';
import { useNotices } from '../common/notices';
import { formatDateTime } from '../library/format';
import { useMeetingContext } from '../library/meetingContext';
import { resolvePassage } from '../passages/resolvePassage';
import { keepSelection, selectedPassage } from '../passages/selection';
import { NoteEditor } from './NoteEditor';
import { scopeKey, useNotesView } from './noteEntry';
import { addNote, notesUndoScope, quoteInNote, useNote, useNotes, type NoteScope } from './notesData';
import { UndoDeleteButton } from '../undo/UndoDeleteButton';

interface Props {
  meetingId: string | null;
  /** In the reader: the open document, so a selection on its pages can be quoted. */
  documentId?: string;
  /** Notes kept on an inquiry rather than a meeting. */
  inquiryId?: string | null;
  compact?: boolean;
}

export function NotesPanel({ meetingId, documentId, inquiryId = null, compact = false }: Props) {
  const scope: NoteScope = { meetingId, inquiryId };
  const key = scopeKey(scope);
  const notes = useNotes(scope);
  const context = useMeetingContext(inquiryId ? null : meetingId);
  const openId = useNotesView((state) => state.open[key] ?? null);
  const setOpen = useNotesView((state) => state.setOpen);
  const notify = useNotices((state) => state.add);
  const openNote = useNote(openId);
  const headingId = useId();
  const agenda: readonly AgendaEntry[] = context?.agenda ?? [];

  const add = async () => {
    const selected = selectedPassage(documentId);
    if (selected) {
      const passage = await resolvePassage(selected);
      const id = await quoteInNote(null, passage, scope);
      setOpen(key, id, true);
      return;
    }
    const note = await addNote(scope);
    setOpen(key, note.id, true);
  };

  const visibleNote = openNote && openNote.deletedAt === null ? openNote : null;
  const itemLabel = (itemNumber: string | null, itemTitle: string | null) => (itemNumber ? `${itemNumber} ${itemTitle ?? ''}`.trim() : inquiryId ? '' : meetingId ? 'Meeting' : '');

  return (
    <section className={`notes-panel${compact ? ' compact' : ''}`} aria-labelledby={headingId}>
      <div className="panel-heading">
        <h2 id={headingId}>Notes</h2>
        <span className="hint">{notes ? (notes.length === 1 ? '1 note' : `${notes.length} notes`) : ''}</span>
      </div>
      <div className="panel-actions">
        <button type="button" className="primary" onMouseDown={keepSelection} onClick={() => void add()}>
          Add note
        </button>
        <UndoDeleteButton scope={notesUndoScope(scope)} onUndone={(label) => notify('info', `Undone: ${label}.`)} />
      </div>
      {notes && notes.length === 0 && <p className="empty-hint">No notes yet. Notes are private: they stay on this device.</p>}
      {notes && notes.length > 0 && (
        <ul className="note-list" aria-label="Your notes">
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" className={`note-entry${note.id === visibleNote?.id ? ' current' : ''}`} aria-current={note.id === visibleNote?.id ? 'true' : undefined} onClick={() => setOpen(key, note.id, true)}>
                <span className="note-entry-title">{noteTitle(note.body)}</span>
                <span className="note-entry-meta">
                  {itemLabel(note.itemNumber, note.itemTitle) && <span>{itemLabel(note.itemNumber, note.itemTitle)}</span>}
                  <span>{formatDateTime(note.updatedAt)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {visibleNote && <NoteEditor key={visibleNote.id} note={visibleNote} scope={scope} agenda={inquiryId ? [] : agenda} readerDocumentId={documentId} onClose={() => setOpen(key, null)} />}
    </section>
  );
}
