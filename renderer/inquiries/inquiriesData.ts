// Inquiries (scrutiny reviews) in Dexie: objectives, lines of enquiry, members, witnesses
// and inquiry days with sessions, each day with its question list; and reading a
// meeting's scoping report to start one.
import { useLiveQuery } from 'dexie-react-hooks';
import { extractScoping, isScopingItem, type ScopingExtract } from '../../shared/questions/scopingReport';
import type { Inquiry, InquiryDay, InquiryMember, InquirySession, InquirySource, TextEntry, Witness } from '../../shared/questions/types';
import { db } from '../db/database';
import type { AgendaEntry, StoredDocument } from '../db/types';
import { dayList, ensureDayList } from '../questions/questionsData';

const newId = () => crypto.randomUUID();
export const textEntries = (texts: readonly string[]): TextEntry[] => texts.map((text) => ({ id: newId(), text }));

export interface NewInquiry {
  title: string;
  committee: string;
  meetingId: string | null;
  source: InquirySource | null;
  objective: string;
  keyObjectives: string[];
  linesOfEnquiry: string[];
  members: Omit<InquiryMember, 'id'>[];
  witnesses: Omit<Witness, 'id' | 'sessionId' | 'time'>[];
  day: { date: string; venue: string };
}

/** Creates a review with its first inquiry day (and that day's question list). */
export async function createInquiry(input: NewInquiry): Promise<{ inquiryId: string; dayId: string; listId: string }> {
  const now = Date.now();
  const day: InquiryDay = { id: newId(), date: input.day.date, venue: input.day.venue, sessions: [] };
  const inquiry: Inquiry = {
    id: newId(),
    title: input.title.trim() || 'Untitled review',
    committee: input.committee,
    meetingId: input.meetingId,
    source: input.source,
    objective: input.objective.trim(),
    keyObjectives: textEntries(input.keyObjectives.map((t) => t.trim()).filter(Boolean)),
    linesOfEnquiry: textEntries(input.linesOfEnquiry.map((t) => t.trim()).filter(Boolean)),
    members: input.members.map((member) => ({ ...member, id: newId() })),
    witnesses: input.witnesses.map((witness) => ({ ...witness, id: newId(), sessionId: null, time: '' })),
    days: [day],
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return db.transaction('rw', db.inquiries, db.questionLists, async () => {
    await db.inquiries.add(inquiry);
    const list = await ensureDayList(inquiry.id, day.id, input.meetingId);
    return { inquiryId: inquiry.id, dayId: day.id, listId: list.id };
  });
}

/** Changes an inquiry in place (the recipe edits a copy that is then stored). */
export async function changeInquiry(id: string, recipe: (inquiry: Inquiry) => void): Promise<void> {
  await db.transaction('rw', db.inquiries, async () => {
    const inquiry = await db.inquiries.get(id);
    if (!inquiry) throw new Error('This inquiry is no longer here.');
    const copy = structuredClone(inquiry);
    recipe(copy);
    copy.updatedAt = Date.now();
    await db.inquiries.put(copy);
  });
}

export const updateInquiryFields = (id: string, fields: Partial<Pick<Inquiry, 'title' | 'committee' | 'objective'>>) =>
  changeInquiry(id, (inquiry) => Object.assign(inquiry, fields));

type EntryField = 'keyObjectives' | 'linesOfEnquiry';

export const addEntry = (id: string, field: EntryField, text: string) =>
  changeInquiry(id, (inquiry) => {
    inquiry[field].push({ id: newId(), text: text.trim() });
  });

export const updateEntry = (id: string, field: EntryField, entryId: string, text: string) =>
  changeInquiry(id, (inquiry) => {
    const entry = inquiry[field].find((e) => e.id === entryId);
    if (entry) entry.text = text.trim();
  });

export const removeEntry = (id: string, field: EntryField, entryId: string) =>
  changeInquiry(id, (inquiry) => {
    inquiry[field] = inquiry[field].filter((e) => e.id !== entryId);
  });

export async function addWitness(id: string, witness: Omit<Witness, 'id'>): Promise<string> {
  const witnessId = newId();
  await changeInquiry(id, (inquiry) => {
    inquiry.witnesses.push({ ...witness, id: witnessId });
  });
  return witnessId;
}

export const updateWitness = (id: string, witnessId: string, fields: Partial<Omit<Witness, 'id'>>) =>
  changeInquiry(id, (inquiry) => {
    const witness = inquiry.witnesses.find((w) => w.id === witnessId);
    if (witness) Object.assign(witness, fields);
  });

/** Removes a witness; their questions keep the name typed in "For" but no longer point at them. */
export async function removeWitness(id: string, witnessId: string): Promise<void> {
  await db.transaction('rw', db.inquiries, db.questions, db.questionLists, async () => {
    await changeInquiry(id, (inquiry) => {
      inquiry.witnesses = inquiry.witnesses.filter((w) => w.id !== witnessId);
    });
    const lists = await db.questionLists.where('inquiryId').equals(id).primaryKeys();
    await db.questions
      .where('listId')
      .anyOf(lists)
      .filter((q) => q.witnessId === witnessId)
      .modify({ witnessId: null });
  });
}

export const addMember = (id: string, member: Omit<InquiryMember, 'id'>) =>
  changeInquiry(id, (inquiry) => {
    if (!inquiry.members.some((m) => m.name.toLowerCase() === member.name.trim().toLowerCase())) inquiry.members.push({ ...member, name: member.name.trim(), id: newId() });
  });

export const updateMember = (id: string, memberId: string, fields: Partial<Omit<InquiryMember, 'id'>>) =>
  changeInquiry(id, (inquiry) => {
    const member = inquiry.members.find((m) => m.id === memberId);
    if (member) Object.assign(member, fields);
  });

export const removeMember = (id: string, memberId: string) =>
  changeInquiry(id, (inquiry) => {
    inquiry.members = inquiry.members.filter((m) => m.id !== memberId);
  });

/** Adds another inquiry day (with its question list); returns its id. */
export async function addDay(id: string, day: { date: string; venue: string }): Promise<string> {
  const dayId = newId();
  const inquiry = await db.inquiries.get(id);
  await changeInquiry(id, (draft) => {
    draft.days.push({ id: dayId, date: day.date, venue: day.venue, sessions: [] });
  });
  await ensureDayList(id, dayId, inquiry?.meetingId ?? null);
  return dayId;
}

export const updateDay = (id: string, dayId: string, fields: Partial<Pick<InquiryDay, 'date' | 'venue'>>) =>
  changeInquiry(id, (inquiry) => {
    const day = inquiry.days.find((d) => d.id === dayId);
    if (day) Object.assign(day, fields);
  });

export async function addSession(id: string, dayId: string, session: Omit<InquirySession, 'id'>): Promise<string> {
  const sessionId = newId();
  await changeInquiry(id, (inquiry) => {
    inquiry.days.find((d) => d.id === dayId)?.sessions.push({ ...session, id: sessionId });
  });
  return sessionId;
}

export const updateSession = (id: string, dayId: string, sessionId: string, fields: Partial<Omit<InquirySession, 'id'>>) =>
  changeInquiry(id, (inquiry) => {
    const session = inquiry.days.find((d) => d.id === dayId)?.sessions.find((s) => s.id === sessionId);
    if (session) Object.assign(session, fields);
  });

/** Removes a session; its witnesses stay, no longer in a session. */
export const removeSession = (id: string, dayId: string, sessionId: string) =>
  changeInquiry(id, (inquiry) => {
    const day = inquiry.days.find((d) => d.id === dayId);
    if (day) day.sessions = day.sessions.filter((s) => s.id !== sessionId);
    for (const witness of inquiry.witnesses) if (witness.sessionId === sessionId) witness.sessionId = null;
  });

export async function deleteInquiry(id: string): Promise<void> {
  await db.inquiries.update(id, { deletedAt: Date.now() });
}

export async function restoreInquiry(id: string): Promise<void> {
  await db.inquiries.update(id, { deletedAt: null });
}

export function getInquiry(id: string): Promise<Inquiry | undefined> {
  return db.inquiries.get(id);
}

export function useInquiry(id: string | null | undefined): Inquiry | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.inquiries.get(id)) ?? null) : null), [id]);
}

/** Reviews started from a meeting, newest first. */
export async function inquiriesOf(meetingId: string): Promise<Inquiry[]> {
  const found = await db.inquiries.where('meetingId').equals(meetingId).toArray();
  return found.filter((inquiry) => inquiry.deletedAt === null).sort((a, b) => b.createdAt - a.createdAt);
}

export function useInquiriesOf(meetingId: string | null | undefined): Inquiry[] | undefined {
  return useLiveQuery(async () => (meetingId ? inquiriesOf(meetingId) : []), [meetingId]);
}

// ---- Scoping reports ----

export interface ScopingCandidate {
  document: StoredDocument;
  item: AgendaEntry;
}

/** Agenda items in a meeting's papers that are scoping reports ("6a Edge of Care - Scoping Report"). */
export async function scopingReportsIn(meetingId: string): Promise<ScopingCandidate[]> {
  const documents = await db.documents.where('meetingId').equals(meetingId).toArray();
  const newest = new Map<string, StoredDocument>();
  for (const document of documents) {
    const seen = newest.get(document.versionGroup);
    if (!seen || seen.version < document.version) newest.set(document.versionGroup, document);
  }
  const found: ScopingCandidate[] = [];
  for (const document of newest.values()) {
    const structure = await db.structures.get(document.hash);
    for (const item of structure?.items ?? []) {
      if (isScopingItem(item.title) && item.pdfFrom !== undefined) found.push({ document, item });
    }
  }
  return found;
}

export function useScopingReports(meetingId: string | null | undefined): ScopingCandidate[] | undefined {
  return useLiveQuery(async () => (meetingId ? scopingReportsIn(meetingId) : []), [meetingId]);
}

/** Reads a scoping report's pages and what they say. */
export async function readScopingReport(candidate: ScopingCandidate): Promise<{ extract: ScopingExtract; source: InquirySource }> {
  const { document, item } = candidate;
  const from = item.pdfFrom ?? 1;
  const to = item.pdfTo ?? from;
  const keys: [string, number][] = [];
  for (let page = from; page <= to; page++) keys.push([document.hash, page]);
  const texts = await db.pageTexts.bulkGet(keys);
  const pages = texts.map((text, index) => ({ pdfPage: from + index, lines: text?.lines ?? [] }));
  const title = item.title.replace(/\s*[–—-]\s*scoping report\s*$/i, '');
  return {
    extract: extractScoping(pages, title),
    source: { documentId: document.id, documentTitle: document.title, itemNumber: item.number, itemTitle: item.title, pdfFrom: from, pdfTo: to },
  };
}

/** The question lists of every day of the reviews started from a meeting, for "Add to list". */
export async function dayListsOfMeeting(meetingId: string): Promise<{ listId: string; label: string; inquiryId: string; dayId: string }[]> {
  const inquiries = await inquiriesOf(meetingId);
  const out: { listId: string; label: string; inquiryId: string; dayId: string }[] = [];
  for (const inquiry of inquiries) {
    for (const [index, day] of inquiry.days.entries()) {
      const list = await dayList(inquiry.id, day.id);
      if (!list) continue;
      out.push({ listId: list.id, label: `${inquiry.title}: inquiry day ${inquiry.days.length > 1 ? index + 1 : ''}${day.date ? ` (${day.date})` : ''}`.replace(/ {2,}/g, ' '), inquiryId: inquiry.id, dayId: day.id });
    }
  }
  return out;
}

/** The inquiry and day a list belongs to, if it is an inquiry day's list. */
export async function inquiryOfList(listId: string): Promise<{ inquiry: Inquiry; day: InquiryDay } | null> {
  const list = await db.questionLists.get(listId);
  if (!list?.inquiryId || !list.dayId) return null;
  const inquiry = await db.inquiries.get(list.inquiryId);
  const day = inquiry?.days.find((d) => d.id === list.dayId);
  return inquiry && day ? { inquiry, day } : null;
}

export function useInquiryOfList(listId: string | null | undefined) {
  return useLiveQuery(async () => (listId ? inquiryOfList(listId) : null), [listId]);
}

/** Removes reviews deleted more than `olderThanMs` ago, with their days' lists and questions. */
export async function purgeDeletedInquiries(olderThanMs: number, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.inquiries, db.questionLists, db.questions, async () => {
    const expired = await db.inquiries.filter((inquiry) => inquiry.deletedAt !== null && inquiry.deletedAt <= now - olderThanMs).toArray();
    for (const inquiry of expired) {
      const lists = await db.questionLists.where('inquiryId').equals(inquiry.id).primaryKeys();
      await db.questions.where('listId').anyOf(lists).delete();
      await db.questionLists.bulkDelete(lists);
      await db.inquiries.delete(inquiry.id);
    }
    return expired.length;
  });
}
