// Opens the configured database (PostgreSQL if a URL is given, else PGlite in a data
// directory) and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

export interface DatabaseConfig {
  databaseUrl?: string;
  databaseSchema?: string;
  /** PGlite data directory; undefined with no databaseUrl: in memory. */
  dataDir?: string;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  let db: Database;
  if (config.databaseUrl) {
    db = await openPostgres({ url: config.databaseUrl, ...(config.databaseSchema ? { schema: config.databaseSchema } : {}) });
  } else {
    if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
    db = await openPglite(config.dataDir);
  }
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
