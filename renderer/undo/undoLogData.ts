// The undo log in Dexie: one row per deletion "Undo" can still take back, so deletions
// stay undoable across a reload. A row goes when its deletion is undone or purged.
import Dexie from 'dexie';
import { db } from '../db/database';
import type { UndoLogEntry } from '../db/undoTypes';
import type { SoftDeleteOwner } from './owners';

export type { UndoLogEntry };

/** Marks the rows deleted and logs it, in one transaction: both happen or neither. */
export function markDeletedAndLog(owner: SoftDeleteOwner, entry: Omit<UndoLogEntry, 'seq' | 'owner'>): Promise<void> {
  return db.transaction('rw', ['undoLog', ...owner.tables], async () => {
    await owner.markDeleted(entry.ids, entry.at);
    await db.undoLog.add({ ...entry, owner: owner.name });
  });
}

/** Restores the rows and forgets their log entries (those naming any of the ids), in one transaction. */
export function restoreAndForget(owner: SoftDeleteOwner, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', ['undoLog', ...owner.tables], async () => {
    const restored = await owner.restore(ids);
    await db.undoLog
      .where('ids')
      .anyOf([...ids])
      .filter((entry) => entry.owner === owner.name)
      .delete();
    return restored;
  });
}

export function forgetEntry(seq: number): Promise<void> {
  return db.undoLog.delete(seq);
}

/** The most recent deletion logged in a scope. */
export function latestEntry(scope: string): Promise<UndoLogEntry | undefined> {
  return db.undoLog.where('[scope+seq]').between([scope, Dexie.minKey], [scope, Dexie.maxKey]).last();
}

export function purgeEntries(cutoff: number): Promise<number> {
  return db.undoLog.where('at').belowOrEqual(cutoff).delete();
}
