// A real PostgreSQL through a pg connection pool, optionally confined to one schema
// (tests and benchmarks run each in a fresh schema).
import pg from 'pg';
import type { Database, Isolation, Queryable } from './types';

const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : (pg.types.getTypeParser(oid, format ?? 'text') as unknown)) as typeof pg.types.getTypeParser,
};

const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<T extends object>(sql: string, params?: readonly unknown[]) {
    const result = await client.query(sql, params ? [...params] : undefined);
    return result.rows as T[];
  },
  async exec(sql: string) {
    await client.query(sql);
  },
});

const ISOLATION_SQL: Record<Isolation, string> = {
  'read committed': 'READ COMMITTED',
  'repeatable read': 'REPEATABLE READ',
};

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export interface PostgresOptions {
  url: string;
  /** Use (and create if missing) this schema instead of public. */
  schema?: string;
  maxConnections?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  if (options.schema) {
    const setup = new pg.Client({ connectionString: options.url });
    await setup.connect();
    try {
      // IF NOT EXISTS is not safe against a concurrent create: serialise starters on a lock.
      await setup.query('BEGIN');
      await setup.query(`SELECT pg_advisory_xact_lock(hashtext('scrutineer:create-schema'))`);
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
      await setup.query('COMMIT');
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    types,
    ...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const base = wrap(pool);
  return {
    kind: 'postgres',
    ...base,
    async transaction(fn, opts) {
      const client = await pool.connect();
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${ISOLATION_SQL[opts?.isolation ?? 'read committed']}`);
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
