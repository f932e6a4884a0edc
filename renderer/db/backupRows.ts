// Whole-table reads and bulk writes by id, which only backup and restore (renderer/backup)
// need. Each owner exposes them for its own tables (`noteBackupRows = backupRows(db.notes)`),
// so the backup feature reaches every table through its owner.
import type { Table } from 'dexie';

export interface BackupRows<T> {
  /** Every row, deleted ones included. */
  all(): Promise<T[]>;
  get(ids: string[]): Promise<(T | undefined)[]>;
  put(rows: T[]): Promise<void>;
}

export function backupRows<T, TInsert>(table: Table<T, string, TInsert>): BackupRows<T> {
  return {
    all: () => table.toArray(),
    get: (ids) => table.bulkGet(ids),
    put: async (rows) => {
      // Whole rows, ids included: what an insert type allows.
      if (rows.length) await table.bulkPut(rows as unknown as TInsert[]);
    },
  };
}
