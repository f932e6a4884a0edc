// Owner of the meetings table: finding a meeting by committee and date, creating it the
// first time a document names it, and the details the user corrects.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { backupRows } from '../db/backupRows';
import type { Meeting, ServiceItem } from '../db/types';

export interface MeetingDetailsInput {
  committee: string;
  date: string;
  time: string;
  venue: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
export const sameText = (a: string, b: string) => normalise(a).toLowerCase() === normalise(b).toLowerCase();

export async function findMeeting(committee: string, date: string): Promise<Meeting | undefined> {
  const sameDate = await db.meetings.filter((meeting) => meeting.date === date).toArray();
  return sameDate.find((meeting) => sameText(meeting.committee, committee));
}

/** The one way a meeting is made: from details a document or the user gave. */
function newMeeting(details: MeetingDetailsInput, editedByUser: boolean): Meeting {
  return {
    id: crypto.randomUUID(),
    committee: normalise(details.committee),
    date: details.date,
    time: normalise(details.time),
    venue: normalise(details.venue),
    editedByUser,
    createdAt: Date.now(),
  };
}

/**
 * The meeting a document's front sheet names, created the first time. A later document may
 * name the time or venue the first one did not; what the user typed is never overwritten.
 */
export async function meetingNamedByDocument(details: MeetingDetailsInput): Promise<Meeting> {
  const found = await findMeeting(details.committee, details.date);
  if (!found) {
    const meeting = newMeeting(details, false);
    await db.meetings.add(meeting);
    return meeting;
  }
  if (found.editedByUser || (found.time && found.venue)) return found;
  const filled = { ...found, time: found.time || details.time, venue: found.venue || details.venue };
  await db.meetings.put(filled);
  return filled;
}

export interface ServiceMeetingDetails extends MeetingDetailsInput {
  cancelled: boolean;
  /** Absent when the service was not asked for the agenda (kept as it was). */
  items?: ServiceItem[];
}

/**
 * The meeting as the council's ModernGov service describes it, created the first time. The
 * service is authoritative for time, venue, status and agenda; only what the user typed
 * (time and venue) is kept over it.
 */
export async function meetingFromService(details: ServiceMeetingDetails): Promise<Meeting> {
  const found = await findMeeting(details.committee, details.date);
  const meeting: Meeting = found ?? newMeeting(details, false);
  const updated: Meeting = {
    ...meeting,
    time: meeting.editedByUser && meeting.time ? meeting.time : normalise(details.time) || meeting.time,
    venue: meeting.editedByUser && meeting.venue ? meeting.venue : normalise(details.venue) || meeting.venue,
    cancelled: details.cancelled,
    ...(details.items && { serviceItems: details.items }),
  };
  await db.meetings.put(updated);
  return updated;
}

/** The meeting the user describes: an existing one with the same committee and date (updated), or a new one. */
export async function meetingDescribedByUser(details: MeetingDetailsInput): Promise<Meeting> {
  const found = await findMeeting(details.committee, details.date);
  if (!found) {
    const meeting = newMeeting(details, true);
    await db.meetings.add(meeting);
    return meeting;
  }
  await updateMeeting(found.id, { ...details, time: details.time || found.time, venue: details.venue || found.venue });
  return found;
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

export async function getMeeting(meetingId: string): Promise<Meeting | undefined> {
  return db.meetings.get(meetingId);
}

/** Every meeting in the library, newest first. */
export async function listMeetings(): Promise<Meeting[]> {
  return (await db.meetings.toArray()).sort((a, b) => b.date.localeCompare(a.date) || a.committee.localeCompare(b.committee));
}

export function useMeeting(meetingId: string | null | undefined): Meeting | undefined {
  return useLiveQuery(async () => (meetingId ? db.meetings.get(meetingId) : undefined), [meetingId]);
}

export function useMeetings(): Meeting[] | undefined {
  return useLiveQuery(listMeetings, []);
}

/** Every meeting and bulk writes, for backup and restore only (renderer/backup). */
export const meetingBackupRows = backupRows(db.meetings);
