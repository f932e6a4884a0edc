// Filing documents under meetings and keeping revised versions together: the documents'
// owner (libraryData) and the meetings' owner (meetingsData), changed in one transaction.
import { useLiveQuery } from 'dexie-react-hooks';
import { inTransaction } from '../db/transaction';
import type { DocumentStructure, Meeting, StoredDocument } from '../db/types';
import { getMeeting, listMeetings, meetingDescribedByUser, meetingNamedByDocument, sameText, type MeetingDetailsInput } from '../meetings/meetingsData';
import { documentsOfMeeting, getDocument, joinVersionGroup, listDocuments, setDocumentMeeting, setGroupMeeting, versionsInGroup } from './libraryData';
import { entriesOf, type LibraryEntry } from './versions';

export type { LibraryEntry } from './versions';

/**
 * Files a document under the meeting its structure names, creating the meeting the first
 * time. Documents whose committee or date was not found stay unfiled: nothing is guessed.
 */
export async function fileDocumentByStructure(documentId: string, structure: Pick<DocumentStructure, 'committee' | 'date' | 'time' | 'venue'>): Promise<Meeting | null> {
  const { committee, date } = structure;
  if (!committee || !date) return null;
  return inTransaction(['documents', 'meetings'], async () => {
    const document = await getDocument(documentId);
    if (!document || document.meetingId) return null;
    const meeting = await meetingNamedByDocument({ committee, date, time: structure.time ?? '', venue: structure.venue ?? '' });
    await setDocumentMeeting(documentId, meeting.id);
    return meeting;
  });
}

/**
 * Moves a document filed early, from its first pages, to the meeting its whole reading
 * names, when the two differ (the first pages were not the whole front sheet).
 */
export async function refileEarlyFiled(documentId: string, earlyMeetingId: string, structure: DocumentStructure): Promise<void> {
  const { committee, date } = structure;
  if (!committee || !date) return;
  await inTransaction(['documents', 'meetings'], async () => {
    const document = await getDocument(documentId);
    // The user or the council's service may have filed it meanwhile: theirs stands.
    if (!document || document.meetingId !== earlyMeetingId) return;
    const early = await getMeeting(earlyMeetingId);
    if (early && sameText(early.committee, committee) && early.date === date) return;
    const meeting = await meetingNamedByDocument({ committee, date, time: structure.time ?? '', venue: structure.venue ?? '' });
    await setDocumentMeeting(documentId, meeting.id);
  });
}

/**
 * Files an unfiled document (and its other versions) under the meeting the user
 * describes: an existing meeting with the same committee and date, or a new one.
 */
export async function fileDocumentUnder(documentId: string, details: MeetingDetailsInput): Promise<string> {
  return inTransaction(['documents', 'meetings'], async () => {
    const document = await getDocument(documentId);
    if (!document) throw new Error('This document is no longer in the library.');
    const meeting = await meetingDescribedByUser(details);
    await setGroupMeeting(document.versionGroup, meeting.id);
    return meeting.id;
  });
}

/**
 * Files a document downloaded from the council's site under the meeting the service names
 * (authoritative, so before the pack's own reading); when it replaces an earlier download,
 * it becomes that document's next version.
 */
export async function fileDownload(documentId: string, meetingId: string, previousId?: string): Promise<void> {
  await inTransaction(['documents', 'meetings'], async () => {
    if (previousId && (await getDocument(previousId))) {
      await markAsRevision(documentId, previousId);
      const previous = await getDocument(previousId);
      await setGroupMeeting(previous!.versionGroup, meetingId);
    } else {
      const document = await getDocument(documentId);
      if (document && !document.meetingId) await setDocumentMeeting(documentId, meetingId);
    }
  });
}

/** Another document in the same meeting with the same title: this may be its revision. */
export async function findRevisionCandidate(documentId: string): Promise<StoredDocument | undefined> {
  const document = await getDocument(documentId);
  if (!document?.meetingId || document.version > 1) return undefined;
  const siblings = await documentsOfMeeting(document.meetingId);
  const candidates = siblings.filter(
    (other) => other.versionGroup !== document.versionGroup && sameText(other.title, document.title) && other.importedAt <= document.importedAt,
  );
  // The newest version of the matching group.
  return candidates.sort((a, b) => b.version - a.version || b.importedAt - a.importedAt)[0];
}

/** Makes a document the newest version of another's group. Both are kept. */
export async function markAsRevision(documentId: string, previousId: string): Promise<void> {
  await inTransaction(['documents'], async () => {
    const previous = await getDocument(previousId);
    if (!previous) throw new Error('The earlier version is no longer in the library.');
    const group = await versionsInGroup(previous.versionGroup);
    const version = Math.max(...group.map((doc) => doc.version)) + 1;
    await joinVersionGroup(documentId, previous.versionGroup, version, previous.meetingId);
  });
}

export interface LibraryGroup {
  meeting: Meeting | null;
  entries: LibraryEntry[];
}

/** The library grouped by meeting, most recent meeting first, unfiled documents last. */
export async function libraryGroups(): Promise<LibraryGroup[]> {
  const [documents, meetings] = await Promise.all([listDocuments(), listMeetings()]);
  const byMeeting = new Map<string | null, StoredDocument[]>();
  for (const document of documents) {
    const key = meetings.some((meeting) => meeting.id === document.meetingId) ? document.meetingId : null;
    byMeeting.set(key, [...(byMeeting.get(key) ?? []), document]);
  }
  // Minutes also show with the meeting whose papers they came with.
  const linked = new Map<string, LibraryEntry[]>();
  for (const entry of entriesOf(documents)) {
    const other = entry.current.alsoFor?.meetingId;
    if (other && other !== entry.current.meetingId && meetings.some((meeting) => meeting.id === other)) {
      linked.set(other, [...(linked.get(other) ?? []), { current: entry.current, earlier: [], linked: true }]);
    }
  }
  const filed = meetings
    .filter((meeting) => byMeeting.has(meeting.id) || linked.has(meeting.id))
    .sort((a, b) => b.date.localeCompare(a.date) || a.committee.localeCompare(b.committee))
    .map((meeting) => ({ meeting, entries: [...entriesOf(byMeeting.get(meeting.id) ?? []), ...(linked.get(meeting.id) ?? [])] }));
  const unfiled = byMeeting.get(null);
  return unfiled ? [...filed, { meeting: null, entries: entriesOf(unfiled) }] : filed;
}

export function useLibraryGroups(): LibraryGroup[] | undefined {
  return useLiveQuery(libraryGroups, []);
}

/** A meeting, and the document to open for it: the newest version of its most recently imported document. */
export async function meetingWithPack(meetingId: string): Promise<{ meeting: Meeting | undefined; documentId: string | null }> {
  const [meeting, documents] = await Promise.all([getMeeting(meetingId), documentsOfMeeting(meetingId)]);
  const newest = documents.sort((a, b) => b.version - a.version || b.importedAt - a.importedAt)[0];
  return { meeting, documentId: newest?.id ?? null };
}
