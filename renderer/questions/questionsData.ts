// Question lists and questions in Dexie: one list per meeting and per inquiry day, its
// questions in running order (fractional order keys: a move writes one row); deleted
// lists and questions are kept, so "Undo" brings them back (across a reload) until they
// are purged (renderer/undo/).
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { keyBetween } from '../../shared/questions/order';
import type { PassageLink, Question, QuestionList } from '../../shared/questions/types';
import { db } from '../db/database';
import { backupRows } from '../db/backupRows';
import { tableOwner } from '../undo/owners';
import { restoreDeleted, softDelete, type Change } from '../undo/undoStack';

/** What a question is made of (everything but its identity, list and place). */
export type QuestionInput = Omit<Question, 'id' | 'listId' | 'order' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export const EMPTY_QUESTION: QuestionInput = {
  text: '',
  itemNumber: null,
  itemTitle: null,
  lineId: null,
  forWhom: '',
  witnessId: null,
  leadMember: '',
  priority: 'medium',
  status: 'draft',
  answer: '',
  followUp: '',
  privateNote: '',
  passages: [],
};

const live = (row: { deletedAt: number | null }) => row.deletedAt === null;

/**
 * The undo scope of a Questions region: a meeting's list, or an inquiry day's (dayId).
 * Its "Undo" takes back the deletion of a question or of the list itself.
 */
export const questionsUndoScope = (place: { meetingId: string | null; dayId: string | null }) =>
  place.dayId ? `questions:day:${place.dayId}` : `questions:meeting:${place.meetingId ?? 'none'}`;

// ---- Lists ----

/** The meeting's question list (null meetingId: questions on papers not filed under a meeting). */
export async function meetingList(meetingId: string | null): Promise<QuestionList | undefined> {
  const lists =
    meetingId === null
      ? await db.questionLists.filter((list) => list.kind === 'meeting' && list.meetingId === null).toArray()
      : await db.questionLists.where('meetingId').equals(meetingId).toArray();
  return lists.filter((list) => live(list) && list.kind === 'meeting').sort((a, b) => a.createdAt - b.createdAt)[0];
}

export async function ensureMeetingList(meetingId: string | null): Promise<QuestionList> {
  return db.transaction('rw', db.questionLists, async () => {
    const existing = await meetingList(meetingId);
    if (existing) return existing;
    const list: QuestionList = {
      id: crypto.randomUUID(),
      kind: 'meeting',
      meetingId,
      inquiryId: null,
      dayId: null,
      title: 'Questions for the meeting',
      createdAt: Date.now(),
      deletedAt: null,
    };
    await db.questionLists.add(list);
    return list;
  });
}

export async function dayList(inquiryId: string, dayId: string): Promise<QuestionList | undefined> {
  const lists = await db.questionLists.where('dayId').equals(dayId).toArray();
  return lists.filter((list) => live(list) && list.inquiryId === inquiryId).sort((a, b) => a.createdAt - b.createdAt)[0];
}

export async function ensureDayList(inquiryId: string, dayId: string, meetingId: string | null = null): Promise<QuestionList> {
  return db.transaction('rw', db.questionLists, async () => {
    const existing = await dayList(inquiryId, dayId);
    if (existing) return existing;
    const list: QuestionList = {
      id: crypto.randomUUID(),
      kind: 'inquiryDay',
      meetingId,
      inquiryId,
      dayId,
      title: 'Questions for the inquiry day',
      createdAt: Date.now(),
      deletedAt: null,
    };
    await db.questionLists.add(list);
    return list;
  });
}

export function getList(listId: string): Promise<QuestionList | undefined> {
  return db.questionLists.get(listId);
}

/**
 * Brings a deleted list back. If a new list was started for the same meeting or day in
 * the meantime, its questions (deleted ones too, so their own "Undo" still finds them a
 * list) move to the end of the restored one.
 */
async function restoreOneList(listId: string): Promise<boolean> {
  return db.transaction('rw', db.questionLists, db.questions, async () => {
    const list = await db.questionLists.get(listId);
    if (!list || list.deletedAt === null) return false;
    const replacement = list.kind === 'meeting' ? await meetingList(list.meetingId) : list.inquiryId && list.dayId ? await dayList(list.inquiryId, list.dayId) : undefined;
    await db.questionLists.update(listId, { deletedAt: null });
    if (replacement && replacement.id !== listId) {
      const moving = await inList(replacement.id).toArray();
      let last = (await lastQuestion(listId))?.order ?? null;
      for (const question of moving) {
        last = keyBetween(last, null);
        await db.questions.update(question.id, { listId, order: last });
      }
      await db.questionLists.delete(replacement.id);
    }
    return true;
  });
}

/** A deleted list keeps its questions; purged, they go with it. */
export const questionListOwner = tableOwner('questionList', db.questionLists, {
  tables: ['questionLists', 'questions'],
  restore: async (ids) => {
    let restored = 0;
    for (const id of ids) if (await restoreOneList(id)) restored++;
    return restored;
  },
  purge: (cutoff) =>
    db.transaction('rw', db.questionLists, db.questions, async () => {
      const expired = await db.questionLists.filter((list) => list.deletedAt !== null && list.deletedAt <= cutoff).primaryKeys();
      await db.questions.where('listId').anyOf(expired).delete();
      await db.questionLists.bulkDelete(expired);
      return expired.length;
    }),
});

async function scopeOfList(listId: string): Promise<string> {
  const list = await db.questionLists.get(listId);
  return questionsUndoScope({ meetingId: list?.meetingId ?? null, dayId: list?.kind === 'inquiryDay' ? list.dayId : null });
}

/**
 * Deletes a list the way the user can take back: it is marked deleted (with its
 * questions kept) until purged. Resolves to that change (null: no such list).
 */
export async function deleteList(listId: string): Promise<Change | null> {
  const list = await db.questionLists.get(listId);
  if (!list || list.deletedAt !== null) return null;
  return softDelete(questionListOwner, [listId], { label: 'Delete question list', scope: await scopeOfList(listId) });
}

export async function restoreList(listId: string): Promise<void> {
  await restoreDeleted(questionListOwner, [listId]);
}

/** The lists of an inquiry's days, deleted ones included. */
export function listIdsOfInquiry(inquiryId: string): Promise<string[]> {
  return db.questionLists.where('inquiryId').equals(inquiryId).primaryKeys();
}

/** Removes lists and their questions for good (when the review they belong to is purged). */
export async function removeListsWithQuestions(listIds: string[]): Promise<void> {
  await db.transaction('rw', db.questionLists, db.questions, async () => {
    await db.questions.where('listId').anyOf(listIds).delete();
    await db.questionLists.bulkDelete(listIds);
  });
}

/** Questions in these lists that were for a witness who has gone keep the name typed in "For". */
export async function unlinkWitness(listIds: string[], witnessId: string): Promise<void> {
  await db.questions
    .where('listId')
    .anyOf(listIds)
    .filter((q) => q.witnessId === witnessId)
    .modify({ witnessId: null });
}

// ---- Questions ----

/** Every question of a list, deleted ones too. */
const inList = (listId: string) => db.questions.where('[listId+order]').between([listId, Dexie.minKey], [listId, Dexie.maxKey]);

/** A list's questions in running order, without the deleted ones. */
export function listQuestions(listId: string): Promise<Question[]> {
  return inList(listId).filter(live).toArray();
}

/** The list's last question, deleted or not: a new one goes after it, so a restored question's order key is still its own. */
function lastQuestion(listId: string): Promise<Question | undefined> {
  return inList(listId).last();
}

/** Adds a question at the end of the running order. */
export async function addQuestion(listId: string, input: Partial<QuestionInput>): Promise<Question> {
  return db.transaction('rw', db.questions, async () => {
    const last = await lastQuestion(listId);
    const now = Date.now();
    const question: Question = {
      ...EMPTY_QUESTION,
      ...input,
      passages: input.passages ?? [],
      id: crypto.randomUUID(),
      listId,
      order: keyBetween(last?.order ?? null, null),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    await db.questions.add(question);
    return question;
  });
}

export async function updateQuestion(id: string, changes: Partial<QuestionInput>): Promise<void> {
  await db.questions.update(id, { ...changes, updatedAt: Date.now() });
}

/** Gives a question its new place in the running order: one row written. */
export async function moveQuestion(id: string, order: string): Promise<void> {
  await db.questions.update(id, { order, updatedAt: Date.now() });
}

/** Moves a question to the end of another list (for example from the meeting to an inquiry day). */
export async function moveQuestionToList(id: string, listId: string): Promise<void> {
  await db.transaction('rw', db.questions, async () => {
    const last = await lastQuestion(listId);
    await db.questions.update(id, { listId, order: keyBetween(last?.order ?? null, null), updatedAt: Date.now() });
  });
}

/** A deleted question keeps its row (and its place in the running order) until the purge. */
export const questionOwner = tableOwner('question', db.questions);

/** Deletes a question the way "Undo" can take back; resolves to that change (null: no such question). */
export async function deleteQuestion(id: string): Promise<Change | null> {
  const question = await db.questions.get(id);
  if (!question || question.deletedAt !== null) return null;
  return softDelete(questionOwner, [id], { label: 'Delete question', scope: await scopeOfList(question.listId) });
}

/** Puts a deleted question back where it was. */
export async function restoreQuestion(id: string): Promise<void> {
  await restoreDeleted(questionOwner, [id]);
}

/** A question, unless it was deleted. */
export async function getQuestion(id: string): Promise<Question | undefined> {
  const question = await db.questions.get(id);
  return question && live(question) ? question : undefined;
}

/** Every question of a list, in running order, kept live. */
export function useQuestions(listId: string | null | undefined): Question[] | undefined {
  return useLiveQuery(async () => (listId ? listQuestions(listId) : []), [listId]);
}

/** The meeting's list: undefined while loading, null when it has none yet. */
export function useMeetingList(meetingId: string | null): QuestionList | null | undefined {
  return useLiveQuery(async () => (await meetingList(meetingId)) ?? null, [meetingId]);
}

export function useDayList(inquiryId: string | null | undefined, dayId: string | null | undefined): QuestionList | null | undefined {
  return useLiveQuery(async () => (inquiryId && dayId ? ((await dayList(inquiryId, dayId)) ?? null) : null), [inquiryId, dayId]);
}

export function useQuestionList(listId: string | null | undefined): QuestionList | null | undefined {
  return useLiveQuery(async () => (listId ? ((await db.questionLists.get(listId)) ?? null) : null), [listId]);
}

export function useQuestion(id: string | null | undefined): Question | null | undefined {
  return useLiveQuery(async () => (id ? ((await getQuestion(id)) ?? null) : null), [id]);
}

/** Names used as lead members and addressees in other lists, most recent first, for suggestions. */
export async function namesInUse(): Promise<{ leadMembers: string[]; addressees: string[] }> {
  const recent = await db.questions.filter(live).toArray();
  recent.sort((a, b) => b.updatedAt - a.updatedAt);
  const unique = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))].slice(0, 30);
  return { leadMembers: unique(recent.map((q) => q.leadMember)), addressees: unique(recent.map((q) => q.forWhom)) };
}

export function useNamesInUse() {
  return useLiveQuery(namesInUse, []);
}

/** Every question (deleted ones too, so an undone deletion comes back right) prompted by a passage of the document. */
export function questionsQuoting(documentId: string): Promise<Question[]> {
  return db.questions.filter((question) => question.passages.some((passage) => passage.documentId === documentId)).toArray();
}

/** Points a question's passages elsewhere (a revised version): not an edit of the user's. */
export async function replaceQuestionPassages(id: string, passages: PassageLink[]): Promise<void> {
  await db.questions.update(id, { passages });
}

/** Every live question with its list (for the search index). */
export async function allQuestionsWithLists(): Promise<{ question: Question; list: QuestionList }[]> {
  const [questions, lists] = await Promise.all([db.questions.filter((question) => question.deletedAt === null).toArray(), db.questionLists.toArray()]);
  const byId = new Map(lists.filter((list) => !list.deletedAt).map((list) => [list.id, list]));
  return questions.flatMap((question) => {
    const list = byId.get(question.listId);
    return list ? [{ question, list }] : [];
  });
}

// ---- When a quoted document is removed from the library ----

const fromDocument = (documentId: string) => (passage: PassageLink) => passage.documentId === documentId;
const quotingQuestions = (documentId: string) => db.questions.filter((question) => question.passages.some(fromDocument(documentId)));

/** How many passages from a document live questions hold. */
export async function countPassagesOf(documentId: string): Promise<number> {
  const questions = await quotingQuestions(documentId).filter(live).toArray();
  return questions.reduce((sum, question) => sum + question.passages.filter(fromDocument(documentId)).length, 0);
}

/** Keeps the passages, marked detached: their text stays with the question, with no pack to open. */
export async function detachPassagesOf(documentId: string): Promise<void> {
  const now = Date.now();
  await quotingQuestions(documentId).modify((question) => {
    question.passages = question.passages.map((passage) => (fromDocument(documentId)(passage) ? { ...passage, detached: true } : passage));
    question.updatedAt = now;
  });
}

/** Deletes the passages from the questions; the questions themselves stay. */
export async function deletePassagesOf(documentId: string): Promise<void> {
  const now = Date.now();
  await quotingQuestions(documentId).modify((question) => {
    question.passages = question.passages.filter((passage) => !fromDocument(documentId)(passage));
    question.updatedAt = now;
  });
}

/** Every list and question and bulk writes, for backup and restore only (renderer/backup). */
export const questionListBackupRows = backupRows(db.questionLists);
export const questionBackupRows = backupRows(db.questions);
