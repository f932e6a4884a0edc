// The one undo and delete model (renderer/undo/): deletions of notes, questions and
// question lists are soft, undone latest first in their own place, still undoable after
// a reload (the undo log), and purged a week later with their log entries, as are
// deleted annotations and reviews.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { createAnnotation, deleteAnnotation } from '../../../renderer/annotations/annotationManager';
import { createInquiry, deleteInquiry } from '../../../renderer/inquiries/inquiriesData';
import { addNote, deleteNote, notesIn, notesUndoScope, restoreNote } from '../../../renderer/notes/notesData';
import { addQuestion, deleteList, deleteQuestion, ensureMeetingList, listQuestions, meetingList, questionsUndoScope } from '../../../renderer/questions/questionsData';
import { DELETABLE } from '../../../renderer/workspace/housekeeping';
import { PURGE_AFTER_MS, purgeExpired } from '../../../renderer/undo/purge';
import { clearUndoStack, record, redo, undo, undoChange } from '../../../renderer/undo/undoStack';

const NOTES = notesUndoScope({ meetingId: 'm1' });
const QUESTIONS = questionsUndoScope({ meetingId: 'm1', dayId: null });
const bodies = async () => (await notesIn({ meetingId: 'm1' })).map((note) => note.body).sort();
const texts = async (listId: string) => (await listQuestions(listId)).map((question) => question.text);
/** What a reload forgets: the session's stack. The database, and so the undo log, stays. */
const reload = () => clearUndoStack();

beforeEach(async () => {
  await db.delete();
  await db.open();
  clearUndoStack();
});

describe('undo after a reload', () => {
  it('brings deleted notes back latest first, then has nothing more to undo', async () => {
    const first = await addNote({ meetingId: 'm1', body: 'First' });
    const second = await addNote({ meetingId: 'm1', body: 'Second' });
    await addNote({ meetingId: 'm1', body: 'Stays' });
    await deleteNote(first.id);
    await deleteNote(second.id);
    expect(await bodies()).toEqual(['Stays']);
    reload();
    expect(await undo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual(['Second', 'Stays']);
    reload();
    expect(await undo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual(['First', 'Second', 'Stays']);
    expect(await undo(NOTES)).toBeNull();
  });

  it('brings back a deleted question where it was in the running order', async () => {
    const list = await ensureMeetingList('m1');
    await addQuestion(list.id, { text: 'One' });
    const two = await addQuestion(list.id, { text: 'Two' });
    await addQuestion(list.id, { text: 'Three' });
    await deleteQuestion(two.id);
    await addQuestion(list.id, { text: 'Four' });
    expect(await texts(list.id)).toEqual(['One', 'Three', 'Four']);
    reload();
    expect(await undo(QUESTIONS)).toBe('Delete question');
    expect(await texts(list.id)).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('brings back a deleted list with its questions, then a question deleted before it', async () => {
    const list = await ensureMeetingList('m1');
    await addQuestion(list.id, { text: 'Kept' });
    const dropped = await addQuestion(list.id, { text: 'Dropped' });
    await deleteQuestion(dropped.id);
    await deleteList(list.id);
    expect(await meetingList('m1')).toBeUndefined();
    reload();
    expect(await undo(QUESTIONS)).toBe('Delete question list');
    expect((await meetingList('m1'))?.id).toBe(list.id);
    expect(await texts(list.id)).toEqual(['Kept']);
    expect(await undo(QUESTIONS)).toBe('Delete question');
    expect(await texts(list.id)).toEqual(['Kept', 'Dropped']);
  });

  it('keeps each place to its own deletions', async () => {
    const note = await addNote({ meetingId: 'm1', body: 'Note' });
    const other = await addNote({ meetingId: 'm2', body: 'Other meeting' });
    const list = await ensureMeetingList('m1');
    const question = await addQuestion(list.id, { text: 'Question' });
    await deleteNote(note.id);
    await deleteNote(other.id);
    await deleteQuestion(question.id);
    reload();
    expect(await undo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual(['Note']);
    expect(await texts(list.id)).toEqual([]);
    expect(await notesIn({ meetingId: 'm2' })).toEqual([]);
  });

  it('takes back this session’s changes before the deletions logged before the reload', async () => {
    const old = await addNote({ meetingId: 'm1', body: 'Deleted yesterday' });
    await deleteNote(old.id);
    reload();
    const steps: string[] = [];
    record({ label: 'Rename', scope: NOTES, undo: () => Promise.resolve(void steps.push('undo rename')), redo: () => Promise.resolve(void steps.push('redo rename')) });
    expect(await undo(NOTES)).toBe('Rename');
    expect(steps).toEqual(['undo rename']);
    expect(await bodies()).toEqual([]);
    expect(await undo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual(['Deleted yesterday']);
  });

  it('redoes an undone deletion, which is then undoable after another reload', async () => {
    const note = await addNote({ meetingId: 'm1', body: 'Back and forth' });
    await deleteNote(note.id);
    reload();
    await undo(NOTES);
    expect(await redo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual([]);
    reload();
    expect(await undo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual(['Back and forth']);
  });

  it('lets a notice undo its own deletion, out of order, and the next Undo goes on from the rest', async () => {
    const first = await addNote({ meetingId: 'm1', body: 'First' });
    const second = await addNote({ meetingId: 'm1', body: 'Second' });
    const firstDeleted = (await deleteNote(first.id))!;
    await deleteNote(second.id);
    await undoChange(firstDeleted);
    expect(await bodies()).toEqual(['First']);
    reload();
    expect(await undo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual(['First', 'Second']);
    expect(await undo(NOTES)).toBeNull();
  });

  it('forgets a deletion restored another way, so Undo does not offer it again', async () => {
    const first = await addNote({ meetingId: 'm1', body: 'First' });
    const second = await addNote({ meetingId: 'm1', body: 'Second' });
    await deleteNote(first.id);
    await deleteNote(second.id);
    await restoreNote(second.id);
    expect(await undo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual(['First', 'Second']);
    expect(await undo(NOTES)).toBeNull();
  });

  it('skips a logged deletion whose rows are gone and undoes the one before', async () => {
    const first = await addNote({ meetingId: 'm1', body: 'First' });
    const gone = await addNote({ meetingId: 'm1', body: 'Gone' });
    await deleteNote(first.id);
    await deleteNote(gone.id);
    await db.notes.delete(gone.id);
    reload();
    await undo(NOTES);
    expect(await bodies()).toEqual(['First']);
  });
});

describe('purging', () => {
  it('removes deletions a week old, with their log entries, and keeps younger ones', async () => {
    const old = await addNote({ meetingId: 'm1', body: 'Old' });
    const recent = await addNote({ meetingId: 'm1', body: 'Recent' });
    const list = await ensureMeetingList('m1');
    const question = await addQuestion(list.id, { text: 'Old question' });
    const highlight = await createAnnotation({ documentId: 'd1', kind: 'highlight', page: 1, colour: '#ffd400', rects: [[72, 700, 300, 712]] });
    const { inquiryId } = await createInquiry({ title: 'Review', committee: '', meetingId: 'm1', source: null, objective: '', keyObjectives: [], linesOfEnquiry: [], members: [], witnesses: [], day: { date: '', venue: '' } });
    await deleteNote(old.id);
    await deleteQuestion(question.id);
    await deleteList(list.id);
    await deleteAnnotation(highlight.id);
    await deleteInquiry(inquiryId);
    const weekLater = Date.now() + PURGE_AFTER_MS;
    await deleteNote(recent.id);
    await db.notes.update(recent.id, { deletedAt: weekLater - 1000 });
    await db.undoLog.where('ids').equals(recent.id).modify({ at: weekLater - 1000 });

    expect(await purgeExpired(DELETABLE, weekLater - 60_000)).toBe(0);
    expect(await purgeExpired(DELETABLE, weekLater + 1)).toBe(5);
    expect(await db.annotations.get(highlight.id)).toBeUndefined();
    expect(await db.inquiries.get(inquiryId)).toBeUndefined();
    expect(await db.notes.get(old.id)).toBeUndefined();
    expect(await db.questions.get(question.id)).toBeUndefined();
    expect(await db.questionLists.get(list.id)).toBeUndefined();
    expect(await db.notes.get(recent.id)).toBeDefined();
    expect(await db.undoLog.count()).toBe(1);
    reload();
    expect(await undo(QUESTIONS)).toBeNull();
    expect(await undo(NOTES)).toBe('Delete note');
    expect(await bodies()).toEqual(['Recent']);
  });
});
