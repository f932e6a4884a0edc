// Start-up: the same migrations run once on each backend (also when two processes start
// together), and the environment is validated with clear messages.
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_ORIGINS, loadConfig } from '../../server/config';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations/index';
import { openDatabase } from '../../server/db/open';
import { BACKENDS, dropSchema, freshSchemaName, TEST_DATABASE_URL } from './helpers/backends';

describe.each(BACKENDS)('migrations on %s', (backend) => {
  const schema = freshSchemaName();
  afterAll(async () => {
    if (backend === 'postgres') await dropSchema(schema);
  });
  const open = () => openDatabase(backend === 'postgres' ? { databaseUrl: TEST_DATABASE_URL!, databaseSchema: schema } : {});

  it('applies every migration once and is idempotent', async () => {
    const db = await open();
    try {
      const applied = await db.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
      expect(applied.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
      expect(await migrate(db)).toEqual([]);
      const tables = await db.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['audit', 'committees', 'devices', 'entities', 'invitations', 'memberships', 'people', 'sync_clients', 'sync_mutations']),
      );
    } finally {
      await db.close();
    }
  });

  it.runIf(backend === 'postgres')('copes with two servers starting at once', async () => {
    const fresh = freshSchemaName();
    try {
      const dbs = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: TEST_DATABASE_URL!, databaseSchema: fresh })));
      const applied = await dbs[0]!.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(applied[0]!.n).toBe(MIGRATIONS.length);
      await Promise.all(dbs.map((db) => db.close()));
    } finally {
      await dropSchema(fresh);
    }
  });
});

describe('configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      dataDir: '.tmp/server-data',
      databaseUrl: undefined,
      allowedOrigins: DEFAULT_ALLOWED_ORIGINS,
      bodyLimit: 1024 * 1024,
    });
    expect(DEFAULT_ALLOWED_ORIGINS).toEqual(['app://scrutineer', 'http://127.0.0.1:4173', 'http://localhost:4173']);
  });

  it('reads overrides', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '9000',
      DATA_DIR: '/var/lib/scrutineer',
      DATABASE_URL: 'postgres://root@127.0.0.1:5432/test',
      ALLOWED_ORIGINS: 'app://scrutineer, https://scrutiny.example.gov.uk',
      INVITATION_SECRET: 'an-invitation-secret-of-32-characters',
      TRUST_PROXY: '10.0.0.1, 10.1.0.0/16',
      REQUEST_TIMEOUT_MS: '5000',
      TOKEN_IDLE_DAYS: '30',
      AUTH_FAILURE_MAX: '50',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      dataDir: '/var/lib/scrutineer',
      databaseUrl: 'postgres://root@127.0.0.1:5432/test',
      allowedOrigins: ['app://scrutineer', 'https://scrutiny.example.gov.uk'],
      invitationSecret: 'an-invitation-secret-of-32-characters',
      trustProxy: ['10.0.0.1', '10.1.0.0/16'],
      requestTimeoutMs: 5000,
      tokenIdleDays: 30,
      authFailureMax: 50,
    });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('needs an invitation secret with PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1:5432/test' })).toThrow(/INVITATION_SECRET: required with DATABASE_URL/);
    expect(() => loadConfig({ INVITATION_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it.each([
    [{ PORT: '70000' }, /PORT must be an integer from 0 to 65535/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DATABASE_SCHEMA: 'Robert"); DROP' }, /DATABASE_SCHEMA/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
