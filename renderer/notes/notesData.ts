// Notes in Dexie: per meeting, per agenda item, per inquiry or free-standing; the body is
// saved as it is typed (see autosave.ts); deleting a note can be undone, across a reload,
// until it is purged (renderer/undo/).
import { useLiveQuery } from 'dexie-react-hooks';
import { quoteMarkdown, removeQuoteBlock } from '../../shared/notes/markdown';
import type { Note, NotePassage } from '../../shared/notes/types';
import { passagePlace } from '../passages/place';
import type { PassageLink } from '../../shared/questions/types';
import { db } from '../db/database';
import { backupRows } from '../db/backupRows';
import { tableOwner } from '../undo/owners';
import { restoreDeleted, softDelete, type Change } from '../undo/undoStack';

export interface NoteScope {
  meetingId: string | null;
  inquiryId?: string | null;
}

/** Deleted notes keep their row, with deletedAt, until the purge (undo/purge.ts). */
export const noteOwner = tableOwner('note', db.notes);

/** The undo scope of a Notes region (a meeting's, an inquiry's, the free-standing ones): where its "Undo" acts. */
export const notesUndoScope = (scope: NoteScope) => (scope.inquiryId ? `notes:inquiry:${scope.inquiryId}` : `notes:meeting:${scope.meetingId ?? 'none'}`);

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

/** Deletes a note the way "Undo" can take back; resolves to that change (null when there was no such note). */
export async function deleteNote(id: string): Promise<Change | null> {
  const note = await db.notes.get(id);
  if (!note || note.deletedAt !== null) return null;
  return softDelete(noteOwner, [id], { label: 'Delete note', scope: notesUndoScope(note) });
}

export async function restoreNote(id: string): Promise<void> {
  await restoreDeleted(noteOwner, [id]);
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

/** Every note (deleted ones too, so an undone deletion comes back right) quoting a passage of the document. */
export function notesQuoting(documentId: string): Promise<Note[]> {
  return db.notes.filter((note) => note.passages.some((passage) => passage.documentId === documentId)).toArray();
}

/** Points a note's passages elsewhere (a revised version): not an edit of the user's, so its place in the list stays. */
export async function replaceNotePassages(id: string, passages: NotePassage[], body: string): Promise<void> {
  await db.notes.update(id, { passages, body });
}

/** Every live note (for the search index). */
export function allNotes(): Promise<Note[]> {
  return db.notes.filter((note) => note.deletedAt === null).toArray();
}

// ---- When a quoted document is removed from the library ----

const quotes = (documentId: string) => (passage: NotePassage) => passage.documentId === documentId;
const quotingNotes = (documentId: string) => db.notes.filter((note) => note.passages.some(quotes(documentId)));

/** How many quotes from a document live notes hold. */
export async function countQuotesOf(documentId: string): Promise<number> {
  const notes = await quotingNotes(documentId).toArray();
  return notes.filter((note) => note.deletedAt === null).reduce((sum, note) => sum + note.passages.filter(quotes(documentId)).length, 0);
}

/** Keeps the quotes, marked detached: their text stays in the note, with no pack to open. */
export async function detachQuotesOf(documentId: string): Promise<void> {
  const now = Date.now();
  await quotingNotes(documentId).modify((note) => {
    note.passages = note.passages.map((passage) => (quotes(documentId)(passage) ? { ...passage, detached: true } : passage));
    note.updatedAt = now;
  });
}

/** Deletes the quotes from the notes: the block quote and its passage; what the user wrote around them stays. */
export async function deleteQuotesOf(documentId: string): Promise<void> {
  const now = Date.now();
  await quotingNotes(documentId).modify((note) => {
    for (const passage of note.passages.filter(quotes(documentId))) note.body = removeQuoteBlock(note.body, passage.id);
    note.passages = note.passages.filter((passage) => !quotes(documentId)(passage));
    note.updatedAt = now;
  });
}

/** Every note and bulk writes, for backup and restore only (renderer/backup). */
export const noteBackupRows = backupRows(db.notes);
