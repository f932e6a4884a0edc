// Embedded PostgreSQL (PGlite, WebAssembly) in a data directory, or in memory for tests.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './types';

const wrap = (q: PGlite | Transaction): Queryable => ({
  async query<T extends object>(sql: string, params?: readonly unknown[]) {
    const result = await q.query<T>(sql, params ? [...params] : undefined);
    return result.rows;
  },
  async exec(sql: string) {
    await q.exec(sql);
  },
});

/** dataDir undefined: in memory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const base = wrap(db);
  return {
    kind: 'pglite',
    ...base,
    // One connection: PGlite runs a transaction exclusively, so isolation is trivially serial.
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
