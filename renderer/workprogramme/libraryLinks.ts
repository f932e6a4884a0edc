// Links from work-programme items to meetings in this device's library (their agenda packs).
// Kept on this device only (workItemLinks): the library is personal, the programme is shared.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { Meeting } from '../db/types';
import type { WorkItemLink } from '../db/syncTypes';

export interface LinkedMeeting {
  link: WorkItemLink;
  meeting: Meeting | undefined;
  /** The newest version of the meeting's most recently imported document, to open. */
  documentId: string | null;
}

async function currentDocumentOf(meetingId: string): Promise<string | null> {
  const documents = await db.documents.where('meetingId').equals(meetingId).toArray();
  const newest = documents.sort((a, b) => b.version - a.version || b.importedAt - a.importedAt)[0];
  return newest?.id ?? null;
}

export function useLinkedMeetings(itemId: string): LinkedMeeting[] | undefined {
  return useLiveQuery(async () => {
    const links = await db.workItemLinks.where('itemId').equals(itemId).toArray();
    return Promise.all(
      links
        .filter((link) => link.targetType === 'meeting')
        .map(async (link) => ({ link, meeting: await db.meetings.get(link.targetId), documentId: await currentDocumentOf(link.targetId) })),
    );
  }, [itemId]);
}

/** The library's meetings, newest first. */
export function useLibraryMeetings(): Meeting[] | undefined {
  return useLiveQuery(async () => (await db.meetings.toArray()).sort((a, b) => b.date.localeCompare(a.date) || a.committee.localeCompare(b.committee)), []);
}

export async function linkMeeting(itemId: string, meetingId: string): Promise<void> {
  const existing = await db.workItemLinks.where('itemId').equals(itemId).filter((l) => l.targetType === 'meeting' && l.targetId === meetingId).first();
  if (existing) return;
  await db.workItemLinks.add({ id: crypto.randomUUID(), itemId, targetType: 'meeting', targetId: meetingId, createdAt: Date.now() });
}

export async function unlink(linkId: string): Promise<void> {
  await db.workItemLinks.delete(linkId);
}
