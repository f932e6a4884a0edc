// Links from work-programme items to meetings in this device's library (their agenda packs):
// the one owner of the workItemLinks table. Kept on this device only: the library is
// personal, the programme is shared. The meetings themselves are read through the
// meetings feature (renderer/meetings/meetingsData.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { WorkItemLink } from '../db/syncTypes';
import type { Meeting } from '../db/types';
import { meetingWithPack } from '../library/filing';
import { listMeetings } from '../meetings/meetingsData';
import { onForgetSyncedData } from '../sync/syncData';

export interface LinkedMeeting {
  link: WorkItemLink;
  meeting: Meeting | undefined;
  /** The newest version of the meeting's most recently imported document, to open. */
  documentId: string | null;
}

/** The meetings an item is linked to, each with the document to open. */
export async function linkedMeetings(itemId: string): Promise<LinkedMeeting[]> {
  const links = await db.workItemLinks.where('itemId').equals(itemId).toArray();
  return Promise.all(links.filter((link) => link.targetType === 'meeting').map(async (link) => ({ link, ...(await meetingWithPack(link.targetId)) })));
}

export function useLinkedMeetings(itemId: string): LinkedMeeting[] | undefined {
  return useLiveQuery(() => linkedMeetings(itemId), [itemId]);
}

/** The library's meetings, newest first. */
export function useLibraryMeetings(): Meeting[] | undefined {
  return useLiveQuery(listMeetings, []);
}

export async function linkMeeting(itemId: string, meetingId: string): Promise<void> {
  const existing = await db.workItemLinks.where('itemId').equals(itemId).filter((l) => l.targetType === 'meeting' && l.targetId === meetingId).first();
  if (existing) return;
  await db.workItemLinks.add({ id: crypto.randomUUID(), itemId, targetType: 'meeting', targetId: meetingId, createdAt: Date.now() });
}

export async function unlink(linkId: string): Promise<void> {
  await db.workItemLinks.delete(linkId);
}

/** The links point at synced items: they go when the synced programme is forgotten. */
export function clearLinks(): Promise<void> {
  return db.workItemLinks.clear();
}

onForgetSyncedData(['workItemLinks'], clearLinks);
