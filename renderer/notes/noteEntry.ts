// Which note is open in each Notes region (view state), and quoting a passage into a note:
// the entry point the reader's selection toolbar and annotation sidebar call.
import { create } from 'zustand';
import type { PassageLink } from '../../shared/questions/types';
import { useNotices } from '../common/notices';
import { latestNoteOn, quoteInNote, type NoteScope } from './notesData';

export const scopeKey = (scope: NoteScope) => (scope.inquiryId ? `inquiry:${scope.inquiryId}` : `meeting:${scope.meetingId ?? 'none'}`);

interface NotesViewState {
  /** The open note per scope (meeting, inquiry, or free-standing). */
  open: Record<string, string | null>;
  /** A note to move focus into once its editor shows. */
  focusNote: string | null;
  setOpen(key: string, noteId: string | null, focus?: boolean): void;
  focused(): void;
}

export const useNotesView = create<NotesViewState>()((set) => ({
  open: {},
  focusNote: null,
  setOpen: (key, noteId, focus = false) => set((state) => ({ open: { ...state.open, [key]: noteId }, focusNote: focus ? noteId : state.focusNote })),
  focused: () => set({ focusNote: null }),
}));

/**
 * Quotes a passage in a note, with a link back to it: into the note open for the
 * meeting when it is on the same agenda item, else the latest note on that item, else a
 * new note. Opens that note. Returns its id (null when it failed; the user is told).
 */
export async function quotePassageInNote(passage: PassageLink, meetingId: string | null): Promise<string | null> {
  const scope: NoteScope = { meetingId };
  const key = scopeKey(scope);
  const item = passage.itemNumber ?? null;
  try {
    const existing = await latestNoteOn(scope, item);
    const noteId = await quoteInNote(existing?.id ?? null, passage, scope);
    useNotesView.getState().setOpen(key, noteId, true);
    useNotices.getState().add('info', existing ? 'Quote added to your note.' : 'Quote added to a new note.');
    return noteId;
  } catch (error) {
    useNotices.getState().add('error', `The quote could not be added: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
