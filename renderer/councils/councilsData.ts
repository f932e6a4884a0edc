// Owner of the councils and councilDocuments tables: the councils' ModernGov sites the user
// added, the committees they follow, and what each check found of each document.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Committee } from '../../shared/moderngov/xml';
import { db } from '../db/database';
import type { Council, CouncilDocument } from '../db/councilTypes';
import { getSetting, setSetting } from '../db/settingsData';

export type { Council, CouncilDocument } from '../db/councilTypes';

export function listCouncils(): Promise<Council[]> {
  return db.councils.orderBy('id').toArray().then((councils) => councils.sort((a, b) => a.addedAt - b.addedAt));
}

export function useCouncils(): Council[] | undefined {
  return useLiveQuery(listCouncils, []);
}

export async function councilByBase(base: string): Promise<Council | undefined> {
  return (await db.councils.toArray()).find((council) => council.base.toLowerCase() === base.toLowerCase());
}

export async function addCouncil(base: string, committees: Committee[], now = Date.now()): Promise<Council> {
  const existing = await councilByBase(base);
  if (existing) {
    await db.councils.update(existing.id, { committees });
    return { ...existing, committees };
  }
  const council: Council = { id: crypto.randomUUID(), base, name: new URL(base).host, committees, followed: [], addedAt: now, lastCheckedAt: null, problem: null };
  await db.councils.add(council);
  return council;
}

export async function setFollowed(councilId: string, committeeId: number, follow: boolean): Promise<void> {
  await db.councils
    .where('id')
    .equals(councilId)
    .modify((council) => {
      const rest = council.followed.filter((id) => id !== committeeId);
      council.followed = follow ? [...rest, committeeId] : rest;
    });
}

export async function removeCouncil(councilId: string): Promise<void> {
  await db.transaction('rw', db.councils, db.councilDocuments, async () => {
    await db.councils.delete(councilId);
    await db.councilDocuments.where('councilId').equals(councilId).delete();
  });
}

export async function recordCheck(councilId: string, problem: string | null, at = Date.now()): Promise<void> {
  await db.councils.update(councilId, { lastCheckedAt: at, problem });
}

export function knownDocument(councilId: string, key: string): Promise<CouncilDocument | undefined> {
  return db.councilDocuments.get([councilId, key]);
}

export async function recordDocument(row: CouncilDocument): Promise<void> {
  await db.councilDocuments.put(row);
}

/** Newer validators for a document that has not changed; its event stays as it was. */
export async function refreshValidators(councilId: string, key: string, etag: string | null, lastModified: string | null): Promise<void> {
  await db.councilDocuments.update([councilId, key], { etag, lastModified });
}

/** The latest events, newest first. */
export function useRecentDownloads(limit = 40): CouncilDocument[] | undefined {
  return useLiveQuery(() => db.councilDocuments.orderBy('at').reverse().limit(limit).toArray(), [limit]);
}

export interface MeetingWindowSetting {
  weeksBack: number;
  weeksAhead: number;
}

const WINDOW_KEY = 'moderngov:window';
export const DEFAULT_WINDOW: MeetingWindowSetting = { weeksBack: 4, weeksAhead: 10 };

function asWindow(value: unknown): MeetingWindowSetting {
  const v = value as Partial<MeetingWindowSetting> | undefined;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 104;
  return { weeksBack: ok(v?.weeksBack) ? v.weeksBack : DEFAULT_WINDOW.weeksBack, weeksAhead: ok(v?.weeksAhead) ? v.weeksAhead : DEFAULT_WINDOW.weeksAhead };
}

export async function meetingWindowSetting(): Promise<MeetingWindowSetting> {
  return asWindow(await getSetting(WINDOW_KEY));
}

export async function setMeetingWindowSetting(window: MeetingWindowSetting): Promise<void> {
  await setSetting(WINDOW_KEY, asWindow(window));
}

export function useMeetingWindowSetting(): MeetingWindowSetting | undefined {
  return useLiveQuery(meetingWindowSetting, []);
}
