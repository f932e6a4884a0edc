// Opens the configured database for a CLI command (locking a PGlite data directory) and
// closes it afterwards.
import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { newServerSecret } from '../auth/secrets';
import type { ServiceConfig } from '../config';
import { lockDataDir, type DirLock } from '../db/dir-lock';
import { openDatabase } from '../db/open';
import type { Database } from '../db/types';

export interface OpenedDatabase {
  db: Database;
  close(): Promise<void>;
  /** Where the data is, for messages. */
  describe: string;
  /** Keys invitation-code hashes (INVITATION_SECRET, or the data directory's own). */
  invitationSecret: string;
}

/** PGlite keeps its secret beside (not inside) the database, made on first use, owner-only. */
function dataDirSecret(dataDir: string): string {
  const file = join(dataDir, 'invitation-secret');
  if (!existsSync(file)) writeFileSync(file, newServerSecret(), { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}

export async function openConfigured(config: ServiceConfig): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const db = await openDatabase({
      databaseUrl: config.databaseUrl,
      ...(config.databaseSchema ? { databaseSchema: config.databaseSchema } : {}),
    });
    const where = new URL(config.databaseUrl);
    return {
      db,
      close: () => db.close(),
      describe: `PostgreSQL ${where.host}${where.pathname}${config.databaseSchema ? ` schema ${config.databaseSchema}` : ''}`,
      // loadConfig requires it with DATABASE_URL.
      invitationSecret: config.invitationSecret!,
    };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const lock: DirLock = lockDataDir(config.dataDir);
  try {
    const db = await openDatabase({ dataDir: join(config.dataDir, 'pgdata') });
    return {
      db,
      async close() {
        await db.close();
        lock.release();
      },
      describe: `PGlite in ${config.dataDir}`,
      invitationSecret: config.invitationSecret ?? dataDirSecret(config.dataDir),
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}
