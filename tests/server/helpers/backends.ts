// Which databases the server suites run on: PGlite always, PostgreSQL when
// TEST_DATABASE_URL is set (CI), each run in a schema of its own.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type Backend = 'pglite' | 'postgres';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'];
export const BACKENDS: Backend[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export const freshSchemaName = (): string => `t_${randomBytes(6).toString('hex')}`;

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
