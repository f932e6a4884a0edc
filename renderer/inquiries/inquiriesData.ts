// Owner of the inquiries table: scrutiny reviews with objectives, lines of enquiry, members,
// witnesses and inquiry days with sessions; and reading a meeting's scoping report to start
// one. Each day's question list belongs to the questions feature (questions/inquiryLists.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { extractScoping, isScopingItem, type ScopingExtract } from '../../shared/questions/scopingReport';
import type { Inquiry, InquiryDay, InquiryMember, InquirySession, InquirySource, TextEntry, Witness } from '../../shared/questions/types';
import { db } from '../db/database';
import { backupRows } from '../db/backupRows';
import type { AgendaEntry, StoredDocument } from '../db/types';
import { currentDocumentsOfMeeting } from '../library/libraryData';
import { pageLines } from '../meetings/pageTextsData';
import { structureOf } from '../meetings/structuresData';
import { tableOwner } from '../undo/owners';
import { restoreDeleted, softDelete, type Change } from '../undo/undoStack';

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

/** Creates a review with its first inquiry day (questions/inquiryLists.ts adds the day's list). */
export async function createInquiry(input: NewInquiry): Promise<{ inquiryId: string; dayId: string }> {
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
  await db.inquiries.add(inquiry);
  return { inquiryId: inquiry.id, dayId: day.id };
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

/** Removes a witness from a review (questions/inquiryLists.ts unlinks their questions). */
export const removeWitness = (id: string, witnessId: string) =>
  changeInquiry(id, (inquiry) => {
    inquiry.witnesses = inquiry.witnesses.filter((w) => w.id !== witnessId);
  });

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

/** Adds another inquiry day; returns its id (questions/inquiryLists.ts adds its list). */
export async function addDay(id: string, day: { date: string; venue: string }): Promise<string> {
  const dayId = newId();
  await changeInquiry(id, (draft) => {
    draft.days.push({ id: dayId, date: day.date, venue: day.venue, sessions: [] });
  });
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

/**
 * A deleted review keeps its days' lists and questions. Purging removes them with it: the
 * questions feature, which owns the lists, registers that purge under the same name
 * (questions/inquiryLists.ts), so this owner's own purge is never the one that runs.
 */
export const inquiryOwner = tableOwner('inquiry', db.inquiries, { tables: ['inquiries'] });

/** The undo scope of the reviews started from a meeting. */
export const inquiriesUndoScope = (meetingId: string | null) => `inquiries:meeting:${meetingId ?? 'none'}`;

/** Deletes a review the way "Undo" can take back; resolves to that change (null: no such review). */
export async function deleteInquiry(id: string): Promise<Change | null> {
  const inquiry = await db.inquiries.get(id);
  if (!inquiry || inquiry.deletedAt !== null) return null;
  return softDelete(inquiryOwner, [id], { label: 'Delete review', scope: inquiriesUndoScope(inquiry.meetingId) });
}

export async function restoreInquiry(id: string): Promise<void> {
  await restoreDeleted(inquiryOwner, [id]);
}

export function getInquiry(id: string): Promise<Inquiry | undefined> {
  return db.inquiries.get(id);
}

export function useInquiry(id: string | null | undefined): Inquiry | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.inquiries.get(id)) ?? null) : null), [id]);
}

/** Every review on the device (deleted ones left out), for the search index. */
export function allInquiries(): Promise<Inquiry[]> {
  return db.inquiries.filter((inquiry) => inquiry.deletedAt === null).toArray();
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
  const found: ScopingCandidate[] = [];
  for (const document of await currentDocumentsOfMeeting(meetingId)) {
    const structure = await structureOf(document.hash);
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
  const pages = (await pageLines(document.hash, from, to)).map(({ page, lines }) => ({ pdfPage: page, lines }));
  const title = item.title.replace(/\s*[–—-]\s*scoping report\s*$/i, '');
  return {
    extract: extractScoping(pages, title),
    source: { documentId: document.id, documentTitle: document.title, itemNumber: item.number, itemTitle: item.title, pdfFrom: from, pdfTo: to },
  };
}

/** Reviews deleted at or before `cutoff`, due to be purged with their days' lists. */
export async function expiredInquiryIds(cutoff: number): Promise<string[]> {
  return db.inquiries.filter((inquiry) => inquiry.deletedAt !== null && inquiry.deletedAt <= cutoff).primaryKeys();
}

export async function removeInquiries(ids: string[]): Promise<void> {
  await db.inquiries.bulkDelete(ids);
}

/** Every inquiry and bulk writes, for backup and restore only (renderer/backup). */
export const inquiryBackupRows = backupRows(db.inquiries);
