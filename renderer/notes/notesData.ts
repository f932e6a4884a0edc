// Notes in Dexie: per meeting, per agenda item, per inquiry or free-standing; the body is
// saved as it is typed (see autosave.ts); deleting a note can be undone until purged.
import { useLiveQuery } from 'dexie-react-hooks';
import { quoteMarkdown } from '../../shared/notes/markdown';
import type { Note, NotePassage } from '../../shared/notes/types';
import { passageReference } from '../../shared/questions/exportModel';
import type { PassageLink } from '../../shared/questions/types';
import { db } from '../db/database';

export interface NoteScope {
  meetingId: string | null;
  inquiryId?: string | null;
}

export const NOTE_PURGE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

function inScope(note: Note, scope: NoteScope): boolean {
  if (note.deletedAt !== null) return false;
  if (scope.inquiryId) return note.inquiryId === scope.inquiryId;
  return note.meetingId === scope.meetingId && !note.inquiryId;
}

/** The notes of a meeting (or inquiry, or the free-standing ones), most recently edited first. */
export async function notesIn(scope: NoteScope): Promise<Note[]> {
  const candidates = scope.inquiryId
    ? await db.notes.where('inquiryId').equals(scope.inquiryId).toArray()
    : scope.meetingId
      ? await db.notes.where('meetingId').equals(scope.meetingId).toArray()
      : await db.notes.filter((note) => note.meetingId === null).toArray();
  return candidates.filter((note) => inScope(note, scope)).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function useNotes(scope: NoteScope): Note[] | undefined {
  const { meetingId, inquiryId = null } = scope;
  return useLiveQuery(() => notesIn({ meetingId, inquiryId }), [meetingId, inquiryId]);
}

export function useNote(id: string | null | undefined): Note | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.notes.get(id)) ?? null) : null), [id]);
}

export async function addNote(input: Partial<Omit<Note, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>> & NoteScope): Promise<Note> {
  const now = Date.now();
  const note: Note = {
    id: crypto.randomUUID(),
    meetingId: input.meetingId,
    inquiryId: input.inquiryId ?? null,
    itemNumber: input.itemNumber ?? null,
    itemTitle: input.itemTitle ?? null,
    body: input.body ?? '',
    passages: input.passages ?? [],
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  await db.notes.add(note);
  return note;
}

export async function saveNoteBody(id: string, body: string): Promise<void> {
  await db.notes.update(id, { body, updatedAt: Date.now() });
}

export async function setNoteItem(id: string, item: { number: string; title: string } | null): Promise<void> {
  await db.notes.update(id, { itemNumber: item?.number ?? null, itemTitle: item?.title ?? null, updatedAt: Date.now() });
}

export async function deleteNote(id: string): Promise<void> {
  await db.notes.update(id, { deletedAt: Date.now() });
}

export async function restoreNote(id: string): Promise<void> {
  await db.notes.update(id, { deletedAt: null });
}

export async function purgeDeletedNotes(olderThanMs = NOTE_PURGE_AFTER_MS, now = Date.now()): Promise<number> {
  return db.notes.filter((note) => note.deletedAt !== null && note.deletedAt <= now - olderThanMs).delete();
}

/** The reference shown under a quote: "6a Edge of Care - Scoping Report, page 103". */
export function passagePlace(passage: PassageLink): string {
  return passageReference({ ...passage, quote: '' }).replace(/: “”$/, '');
}

/**
 * Adds a quoted passage to a note (at the end, as a block quote with a link back), or to a
 * new note on the passage's agenda item when `noteId` is null. Returns the note's id.
 */
export async function quoteInNote(noteId: string | null, passage: PassageLink, scope: NoteScope): Promise<string> {
  const quoted: NotePassage = { ...passage, id: crypto.randomUUID() };
  const markdown = quoteMarkdown(passage.quote, passagePlace(passage), quoted.id);
  return db.transaction('rw', db.notes, async () => {
    const existing = noteId ? await db.notes.get(noteId) : undefined;
    if (existing && existing.deletedAt === null) {
      const body = existing.body.trimEnd();
      await db.notes.update(existing.id, {
        body: body ? `${body}\n\n${markdown}` : markdown,
        passages: [...existing.passages, quoted],
        updatedAt: Date.now(),
      });
      return existing.id;
    }
    // A new note starts with what it is about, so the list of notes names it.
    const heading = passage.itemNumber ? `## ${passage.itemNumber} ${passage.itemTitle ?? ''}`.trim() : `## ${passage.documentTitle}`;
    const note = await addNote({
      ...scope,
      itemNumber: passage.itemNumber ?? null,
      itemTitle: passage.itemTitle ?? null,
      body: `${heading}\n\n${markdown}`,
      passages: [quoted],
    });
    return note.id;
  });
}

/** The note on this agenda item edited most recently, if any. */
export async function latestNoteOn(scope: NoteScope, itemNumber: string | null): Promise<Note | undefined> {
  return (await notesIn(scope)).find((note) => note.itemNumber === itemNumber);
}
