// Atomic changes across tables owned by different data modules: the caller names the tables
// and calls each owner's functions inside, which join the one transaction (Dexie's zones).
// Only table names pass through here, so no module outside a table's owner touches its rows.
import { db, type ScrutineerDatabase } from './database';

export type TableName = Extract<
  {
    [K in keyof ScrutineerDatabase]: ScrutineerDatabase[K] extends { schema: unknown; bulkGet: unknown } ? K : never;
  }[keyof ScrutineerDatabase],
  string
>;

export function inTransaction<T>(tables: TableName[], body: () => Promise<T>): Promise<T> {
  return db.transaction('rw', tables, body);
}
