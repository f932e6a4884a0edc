// Owner of the restoreHistory table: the versions of the user's rows that lost to a more
// recent edit when a backup was restored, kept so that a restore never loses anything.
import { db } from '../db/database';
import type { RestoreHistoryEntry } from '../db/backupTypes';

/** Keeps these versions; resolves to how many were not kept already. */
export async function keepHistory(entries: RestoreHistoryEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const existing = await db.restoreHistory.bulkGet(entries.map((entry) => entry.id));
  const fresh = entries.filter((_, index) => !existing[index]);
  await db.restoreHistory.bulkPut(fresh);
  return fresh.length;
}

/** Every version kept for one row, oldest first. */
export function historyOf(rowId: string): Promise<RestoreHistoryEntry[]> {
  return db.restoreHistory.where('rowId').equals(rowId).sortBy('keptAt');
}

export function countHistory(): Promise<number> {
  return db.restoreHistory.count();
}
