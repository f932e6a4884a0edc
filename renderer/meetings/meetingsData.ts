// Meetings and document versions in Dexie: filing documents under the meeting their
// front sheet names, editing meeting details, and grouping the library by meeting.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { DocumentStructure, Meeting, StoredDocument } from '../db/types';

export interface MeetingDetailsInput {
  committee: string;
  date: string;
  time: string;
  venue: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const sameText = (a: string, b: string) => normalise(a).toLowerCase() === normalise(b).toLowerCase();

async function findMeeting(committee: string, date: string): Promise<Meeting | undefined> {
  const sameDate = await db.meetings.filter((meeting) => meeting.date === date).toArray();
  return sameDate.find((meeting) => sameText(meeting.committee, committee));
}

/**
 * Files a document under the meeting its structure names, creating the meeting the first
 * time. Documents whose committee or date was not found stay unfiled: nothing is guessed.
 */
export async function fileDocumentByStructure(documentId: string, structure: DocumentStructure): Promise<Meeting | null> {
  const { committee, date } = structure;
  if (!committee || !date) return null;
  return db.transaction('rw', db.documents, db.meetings, async () => {
    const document = await db.documents.get(documentId);
    if (!document || document.meetingId) return null;
    let meeting = await findMeeting(committee, date);
    if (!meeting) {
      meeting = {
        id: crypto.randomUUID(),
        committee: normalise(committee),
        date,
        time: structure.time ?? '',
        venue: structure.venue ?? '',
        editedByUser: false,
        createdAt: Date.now(),
      };
      await db.meetings.add(meeting);
    } else if (!meeting.editedByUser && (!meeting.time || !meeting.venue)) {
      // A later document may name what the first one did not.
      meeting = { ...meeting, time: meeting.time || structure.time || '', venue: meeting.venue || structure.venue || '' };
      await db.meetings.put(meeting);
    }
    await db.documents.update(documentId, { meetingId: meeting.id });
    return meeting;
  });
}

/** Saves details the user typed for a meeting. */
export async function updateMeeting(meetingId: string, details: MeetingDetailsInput): Promise<void> {
  await db.meetings.update(meetingId, {
    committee: normalise(details.committee),
    date: details.date,
    time: normalise(details.time),
    venue: normalise(details.venue),
    editedByUser: true,
  });
}

/**
 * Files an unfiled document (and its other versions) under the meeting the user
 * describes: an existing meeting with the same committee and date, or a new one.
 */
export async function fileDocumentUnder(documentId: string, details: MeetingDetailsInput): Promise<string> {
  return db.transaction('rw', db.documents, db.meetings, async () => {
    const document = await db.documents.get(documentId);
    if (!document) throw new Error('This document is no longer in the library.');
    let meeting = await findMeeting(details.committee, details.date);
    if (meeting) {
      await updateMeeting(meeting.id, { ...details, time: details.time || meeting.time, venue: details.venue || meeting.venue });
    } else {
      meeting = {
        id: crypto.randomUUID(),
        committee: normalise(details.committee),
        date: details.date,
        time: normalise(details.time),
        venue: normalise(details.venue),
        editedByUser: true,
        createdAt: Date.now(),
      };
      await db.meetings.add(meeting);
    }
    await db.documents.where('versionGroup').equals(document.versionGroup).modify({ meetingId: meeting.id });
    return meeting.id;
  });
}

/** Another document in the same meeting with the same title: this may be its revision. */
export async function findRevisionCandidate(documentId: string): Promise<StoredDocument | undefined> {
  const document = await db.documents.get(documentId);
  if (!document?.meetingId || document.version > 1) return undefined;
  const siblings = await db.documents.where('meetingId').equals(document.meetingId).toArray();
  const candidates = siblings.filter(
    (other) => other.versionGroup !== document.versionGroup && sameText(other.title, document.title) && other.importedAt <= document.importedAt,
  );
  // The newest version of the matching group.
  return candidates.sort((a, b) => b.version - a.version || b.importedAt - a.importedAt)[0];
}

/** Makes a document the newest version of another's group. Both are kept. */
export async function markAsRevision(documentId: string, previousId: string): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const previous = await db.documents.get(previousId);
    if (!previous) throw new Error('The earlier version is no longer in the library.');
    const group = await db.documents.where('versionGroup').equals(previous.versionGroup).toArray();
    const version = Math.max(...group.map((doc) => doc.version)) + 1;
    await db.documents.update(documentId, { versionGroup: previous.versionGroup, version, meetingId: previous.meetingId });
  });
}

/** A document as the library shows it: its current version, with the earlier ones. */
export interface LibraryEntry {
  current: StoredDocument;
  earlier: StoredDocument[];
}

export interface LibraryGroup {
  meeting: Meeting | null;
  entries: LibraryEntry[];
}

function entriesOf(documents: StoredDocument[]): LibraryEntry[] {
  const groups = new Map<string, StoredDocument[]>();
  for (const document of documents) {
    const group = groups.get(document.versionGroup) ?? [];
    group.push(document);
    groups.set(document.versionGroup, group);
  }
  return [...groups.values()]
    .map((versions) => {
      const [current, ...earlier] = versions.sort((a, b) => b.version - a.version);
      return { current: current!, earlier };
    })
    .sort((a, b) => b.current.importedAt - a.current.importedAt);
}

/** The library grouped by meeting, most recent meeting first, unfiled documents last. */
export async function libraryGroups(): Promise<LibraryGroup[]> {
  const [documents, meetings] = await Promise.all([db.documents.toArray(), db.meetings.toArray()]);
  const byMeeting = new Map<string | null, StoredDocument[]>();
  for (const document of documents) {
    const key = meetings.some((meeting) => meeting.id === document.meetingId) ? document.meetingId : null;
    byMeeting.set(key, [...(byMeeting.get(key) ?? []), document]);
  }
  const filed = meetings
    .filter((meeting) => byMeeting.has(meeting.id))
    .sort((a, b) => b.date.localeCompare(a.date) || a.committee.localeCompare(b.committee))
    .map((meeting) => ({ meeting, entries: entriesOf(byMeeting.get(meeting.id)!) }));
  const unfiled = byMeeting.get(null);
  return unfiled ? [...filed, { meeting: null, entries: entriesOf(unfiled) }] : filed;
}

export function useLibraryGroups(): LibraryGroup[] | undefined {
  return useLiveQuery(libraryGroups, []);
}

export function useMeeting(meetingId: string | null | undefined): Meeting | undefined {
  return useLiveQuery(async () => (meetingId ? db.meetings.get(meetingId) : undefined), [meetingId]);
}
