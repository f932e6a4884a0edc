// Question lists and questions in Dexie: one list per meeting and per inquiry day, its
// questions in running order (fractional order keys: a move writes one row), soft-deleted
// lists that "Undo" brings back until they are purged; and what a question needs to know
// about its meeting (agenda, members, the documents its passages come from).
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentItemAt } from '../../shared/agenda';
import { extractMembership, type MemberSuggestion } from '../../shared/questions/membership';
import { keyBetween } from '../../shared/questions/order';
import type { PassageLink, Question, QuestionList } from '../../shared/questions/types';
import { db } from '../db/database';
import type { AgendaEntry, Meeting, StoredDocument } from '../db/types';

/** What a question is made of (everything but its identity, list and place). */
export type QuestionInput = Omit<Question, 'id' | 'listId' | 'order' | 'createdAt' | 'updatedAt'>;

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

/** Deleted lists are kept this long for "Undo", then purged with their questions. */
export const PURGE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

const live = (list: QuestionList) => list.deletedAt === null;

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
 * Deletes a list the way the user can take back: it is marked deleted (with its
 * questions kept) until purged.
 */
export async function deleteList(listId: string): Promise<void> {
  await db.questionLists.update(listId, { deletedAt: Date.now() });
}

/**
 * Brings a deleted list back. If a new list was started for the same meeting or day in
 * the meantime, its questions move to the end of the restored one.
 */
export async function restoreList(listId: string): Promise<void> {
  await db.transaction('rw', db.questionLists, db.questions, async () => {
    const list = await db.questionLists.get(listId);
    if (!list || list.deletedAt === null) return;
    const replacement = list.kind === 'meeting' ? await meetingList(list.meetingId) : list.inquiryId && list.dayId ? await dayList(list.inquiryId, list.dayId) : undefined;
    await db.questionLists.update(listId, { deletedAt: null });
    if (replacement && replacement.id !== listId) {
      const moving = await listQuestions(replacement.id);
      let last = (await lastQuestion(listId))?.order ?? null;
      for (const question of moving) {
        last = keyBetween(last, null);
        await db.questions.update(question.id, { listId, order: last });
      }
      await db.questionLists.delete(replacement.id);
    }
  });
}

/** Removes lists deleted more than `olderThanMs` ago, with their questions. */
export async function purgeDeletedLists(olderThanMs = PURGE_AFTER_MS, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.questionLists, db.questions, async () => {
    const expired = await db.questionLists.filter((list) => list.deletedAt !== null && list.deletedAt <= now - olderThanMs).toArray();
    for (const list of expired) {
      await db.questions.where('listId').equals(list.id).delete();
      await db.questionLists.delete(list.id);
    }
    return expired.length;
  });
}

// ---- Questions ----

const inList = (listId: string) => db.questions.where('[listId+order]').between([listId, Dexie.minKey], [listId, Dexie.maxKey]);

/** A list's questions in running order. */
export function listQuestions(listId: string): Promise<Question[]> {
  return inList(listId).toArray();
}

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

export async function deleteQuestion(id: string): Promise<Question | undefined> {
  const question = await db.questions.get(id);
  await db.questions.delete(id);
  return question;
}

/** Puts a deleted question back where it was. */
export async function restoreQuestion(question: Question): Promise<void> {
  await db.questions.put(question);
}

export function getQuestion(id: string): Promise<Question | undefined> {
  return db.questions.get(id);
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
  return useLiveQuery(async () => (id ? ((await db.questions.get(id)) ?? null) : null), [id]);
}

// ---- The meeting around a list ----

export interface MeetingContext {
  meeting: Meeting | null;
  documents: StoredDocument[];
  /** The agenda of the meeting's main pack (the document with the most agenda items). */
  agenda: AgendaEntry[];
  agendaDocument: StoredDocument | null;
  /** The committee's members, from the pack's front sheet. */
  members: MemberSuggestion[];
  /** Roles that reports are "of" ("Cabinet Member for Children and Young People"). */
  roles: string[];
}

/** The current (newest) version of each document of a meeting. */
function currentVersions(documents: StoredDocument[]): StoredDocument[] {
  const newest = new Map<string, StoredDocument>();
  for (const document of documents) {
    const seen = newest.get(document.versionGroup);
    if (!seen || seen.version < document.version) newest.set(document.versionGroup, document);
  }
  return [...newest.values()].sort((a, b) => a.importedAt - b.importedAt);
}

export async function meetingContext(meetingId: string | null): Promise<MeetingContext> {
  if (!meetingId) return { meeting: null, documents: [], agenda: [], agendaDocument: null, members: [], roles: [] };
  const [meeting, all] = await Promise.all([db.meetings.get(meetingId), db.documents.where('meetingId').equals(meetingId).toArray()]);
  const documents = currentVersions(all);
  const structures = await db.structures.bulkGet(documents.map((document) => document.hash));
  let best = -1;
  structures.forEach((structure, index) => {
    if (structure && structure.items.length > 0 && (best < 0 || structure.items.length > structures[best]!.items.length)) best = index;
  });
  const agendaDocument = best >= 0 ? documents[best]! : null;
  const agenda = best >= 0 ? structures[best]!.items : [];
  let members: MemberSuggestion[] = [];
  if (agendaDocument) {
    const pages = await db.pageTexts.bulkGet([1, 2, 3].map((page) => [agendaDocument.hash, page] as [string, number]));
    members = extractMembership(pages.map((page) => page?.lines ?? []));
  }
  const roles = [
    ...new Set(
      agenda
        .map((item) => item.reportOf?.replace(/^reports? of (the )?/i, '').trim() ?? '')
        .filter((role) => role && !/scrutiny|support manager|director of strategy/i.test(role)),
    ),
  ];
  return { meeting: meeting ?? null, documents, agenda, agendaDocument, members, roles };
}

export function useMeetingContext(meetingId: string | null | undefined): MeetingContext | undefined {
  return useLiveQuery(() => meetingContext(meetingId ?? null), [meetingId]);
}

/** Names used as lead members and addressees in other lists, most recent first, for suggestions. */
export async function namesInUse(): Promise<{ leadMembers: string[]; addressees: string[] }> {
  const recent = await db.questions.toArray();
  recent.sort((a, b) => b.updatedAt - a.updatedAt);
  const unique = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))].slice(0, 30);
  return { leadMembers: unique(recent.map((q) => q.leadMember)), addressees: unique(recent.map((q) => q.forWhom)) };
}

export function useNamesInUse() {
  return useLiveQuery(namesInUse, []);
}

// ---- Passages ----

/**
 * A passage link for text on a PDF page of a document: its title, the printed page
 * number and the agenda item that page belongs to.
 */
export async function resolvePassage(input: { documentId: string; pdfPage: number; quote: string; annotationId?: string }): Promise<PassageLink> {
  const document = await db.documents.get(input.documentId);
  if (!document) throw new Error('That document is no longer in the library.');
  const structure = await db.structures.get(document.hash);
  const printed = structure?.pageLabels[input.pdfPage - 1] ?? undefined;
  const item = structure ? currentItemAt(structure.items, input.pdfPage) : undefined;
  return {
    documentId: document.id,
    documentTitle: document.title,
    pdfPage: input.pdfPage,
    ...(printed ? { printedPage: printed } : {}),
    ...(item ? { itemNumber: item.number, itemTitle: item.title } : {}),
    quote: input.quote.replace(/\s+/g, ' ').trim(),
    ...(input.annotationId ? { annotationId: input.annotationId } : {}),
  };
}

/** Lines of the given PDF pages of a document, for showing an agenda item's text. */
export async function pagesOf(documentId: string, from: number, to: number): Promise<{ pdfPage: number; printed: string | null; lines: string[] }[]> {
  const document = await db.documents.get(documentId);
  if (!document) return [];
  const structure = await db.structures.get(document.hash);
  const keys: [string, number][] = [];
  for (let page = from; page <= to; page++) keys.push([document.hash, page]);
  const texts = await db.pageTexts.bulkGet(keys);
  return texts.map((text, index) => ({ pdfPage: from + index, printed: structure?.pageLabels[from + index - 1] ?? null, lines: text?.lines ?? [] }));
}

export function usePagesOf(documentId: string | null | undefined, from: number, to: number) {
  return useLiveQuery(async () => (documentId ? pagesOf(documentId, from, to) : []), [documentId, from, to]);
}
