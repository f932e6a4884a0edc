// The officer's commands (`npm run server -- …`) on each backend, and the built service
// started as a process: seed-demo's INVITE lines, invite, revoke, the data-directory lock,
// /health, clean shutdown.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../server/auth/devices';
import { exchangeInvitation } from '../../server/auth/invitations';
import { runCli } from '../../server/cli/run';
import { lockDataDir } from '../../server/db/dir-lock';
import { openDatabase } from '../../server/db/open';
import type { Database } from '../../server/db/types';
import { BACKENDS, dropSchema, freshSchemaName, TEST_DATABASE_URL, type Backend } from './helpers/backends';

const INVITE_LINE = /^INVITE (officer|chair|member) ([^:]+): ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})$/;
const SECRET = 'cli-test-invitation-secret-0123456789';
const root = join(import.meta.dirname, '..', '..');

async function cli(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}

describe.each(BACKENDS)('admin commands on %s', (backend: Backend) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(() => {
    if (backend === 'postgres') {
      const schema = freshSchemaName();
      env = { DATABASE_URL: TEST_DATABASE_URL!, DATABASE_SCHEMA: schema, INVITATION_SECRET: SECRET };
      cleanup = () => dropSchema(schema);
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'scrutineer-cli-'));
      env = { DATA_DIR: dir, INVITATION_SECRET: SECRET };
      cleanup = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
    }
  });
  afterAll(() => cleanup());

  /** Opens the same database as the CLI, between commands (PGlite is single-process). */
  async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
    const db = await openDatabase(
      backend === 'postgres' ? { databaseUrl: env['DATABASE_URL']!, databaseSchema: env['DATABASE_SCHEMA']! } : { dataDir: join(env['DATA_DIR']!, 'pgdata') },
    );
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  }

  it('seed-demo loads the 2017/18 work programme and prints one INVITE line per person', async () => {
    const { code, out } = await cli(env, 'seed-demo');
    expect(code).toBe(0);
    expect(out.every((l) => INVITE_LINE.test(l))).toBe(true);
    const roles = out.map((l) => INVITE_LINE.exec(l)![1]);
    expect(roles.filter((r) => r === 'officer')).toHaveLength(1);
    expect(roles.filter((r) => r === 'chair')).toHaveLength(1);
    expect(roles.filter((r) => r === 'member').length).toBeGreaterThanOrEqual(2);
    const counts = await withDb((db) =>
      db.query<{ type: string; n: number }>(`SELECT type, count(*)::int AS n FROM entities GROUP BY type ORDER BY type`),
    );
    const byType = Object.fromEntries(counts.map((c) => [c.type, c.n]));
    expect(byType).toMatchObject({ committee: 1, meeting: 7, review: 1, recommendation: 15 });
    expect(byType['item']).toBeGreaterThanOrEqual(20);

    const again = await cli(env, 'seed-demo');
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/already loaded/);
    expect(again.out.map((l) => INVITE_LINE.exec(l)![3])).not.toEqual(out.map((l) => INVITE_LINE.exec(l)![3]));
    const itemsAfter = await withDb((db) => db.query<{ n: number }>(`SELECT count(*)::int AS n FROM entities WHERE type = 'item'`));
    expect(itemsAfter[0]!.n).toBe(byType['item']);
  });

  it('seed-demo codes pair devices that see the demo committee', async () => {
    const { out } = await cli(env, 'seed-demo');
    const [, , name, code] = INVITE_LINE.exec(out.find((l) => l.startsWith('INVITE chair'))!)!;
    const paired = await withDb((db) => exchangeInvitation(db, SECRET, code!, 'chair laptop'));
    expect(paired.person.name).toBe(name);
    expect(paired.memberships).toEqual([{ committeeId: 'demo-ssc-2017', committeeName: 'Safe and Strong Communities Select Committee', role: 'chair' }]);
  });

  it('creates a committee, invites people, pairs and revokes a device', async () => {
    const created = await cli(env, 'create-committee', '--name', 'Corporate Review Committee', '--council', 'Staffordshire');
    expect(created.code).toBe(0);
    const committeeId = /^COMMITTEE (\S+)$/.exec(created.out[0]!)![1]!;
    expect((await cli(env, 'committees')).out.some((l) => l.startsWith(`${committeeId}\t`))).toBe(true);

    const invited = await cli(env, 'invite', '--committee', committeeId, '--role', 'member', '--name', 'Cllr Syed Hussain');
    expect(invited.code).toBe(0);
    const [, role, name, code] = INVITE_LINE.exec(invited.out[0]!)!;
    expect([role, name]).toEqual(['member', 'Cllr Syed Hussain']);
    const personId = /person (\S+);/.exec(invited.err)![1]!;

    const second = await cli(env, 'invite', '--person', personId);
    expect(second.out[0]).toMatch(/^INVITE member Cllr Syed Hussain: /);

    const paired = await withDb((db) => exchangeInvitation(db, SECRET, code!, 'tablet'));
    const listed = await cli(env, 'devices');
    expect(listed.out.some((l) => l.startsWith(`${paired.device.id}\tCllr Syed Hussain\ttablet`))).toBe(true);
    const revoked = await cli(env, 'revoke', '--device', paired.device.id);
    expect(revoked).toMatchObject({ code: 0, out: [`REVOKED ${paired.device.id} (Cllr Syed Hussain: tablet)`] });
    expect(await withDb((db) => authenticate(db, paired.token))).toBeNull();
    expect((await cli(env, 'people', '--committee', committeeId)).out).toEqual([`${personId}\tCllr Syed Hussain\t${committeeId}\tmember`]);

    const tablet = await withDb((db) => exchangeInvitation(db, SECRET, INVITE_LINE.exec(second.out[0]!)![3]!, 'second tablet'));
    const removed = await cli(env, 'remove-member', '--person', personId, '--committee', committeeId);
    expect(removed).toMatchObject({ code: 0, out: [`REMOVED ${personId} from ${committeeId}`] });
    const principal = await withDb((db) => authenticate(db, tablet.token));
    expect(principal?.roles.size).toBe(0);
    expect((await cli(env, 'remove-member', '--person', personId, '--committee', committeeId)).code).toBe(2);
  });

  it.each([
    [['invite', '--committee', 'nope', '--role', 'member', '--name', 'X'], /No committee nope/],
    [['invite', '--committee', 'demo-ssc-2017', '--role', 'mayor', '--name', 'X'], /--role must be one of/],
    [['invite', '--committee', 'demo-ssc-2017', '--role', 'member'], /--name is required/],
    [['invite', '--person', 'nobody'], /No person nobody/],
    [['invite', '--colour', 'red'], /Unknown option --colour/],
    [['revoke'], /--device is required/],
    [['revoke', '--device', 'no-such-device'], /No device no-such-device/],
    [['frobnicate'], /Unknown command: frobnicate/],
    [['serve', 'extra'], /serve takes no arguments/],
  ])('refuses %j with a usage message', async (argv, message) => {
    const res = await cli(env, ...argv);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(message);
    expect(res.out).toEqual([]);
  });

  it('reports configuration errors', async () => {
    const res = await cli({ ...env, PORT: 'eighty' }, 'migrate');
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/PORT must be an integer/);
  });
});

describe('PGlite data directory', () => {
  it('refuses a command while another process holds the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrutineer-lock-'));
    try {
      const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
      await new Promise((resolve) => child.once('spawn', resolve));
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'server.lock'), String(child.pid));
      const res = await cli({ DATA_DIR: dir }, 'migrate');
      child.kill();
      expect(res.code).toBe(1);
      expect(res.err).toMatch(/in use by process/);
      // A lock left by a dead process is taken over.
      await new Promise((resolve) => child.once('exit', resolve));
      expect((await cli({ DATA_DIR: dir }, 'migrate')).code).toBe(0);
      lockDataDir(dir).release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the built service', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scrutineer-e2e-'));
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, ['build/build-server.mjs'], { cwd: root });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds, serves /health with JSON logs, and stops cleanly on SIGTERM', async () => {
    const env = { ...process.env, DATA_DIR: dir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' };
    const seeded = await promisify(execFile)(process.execPath, ['dist/server/main.mjs', 'seed-demo'], { cwd: root, env });
    expect(seeded.stdout.trim().split('\n').every((l) => INVITE_LINE.test(l))).toBe(true);

    const server = spawn(process.execPath, ['dist/server/main.mjs'], { cwd: root, env });
    const logs: Record<string, unknown>[] = [];
    const address = await new Promise<string>((resolve, reject) => {
      let buffer = '';
      server.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>;
          buffer = buffer.slice(nl + 1);
          logs.push(line);
          const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(String(line['msg']));
          if (match) resolve(match[1]!);
        }
      });
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const health = await fetch(`${address}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite', version: expect.any(String) });
    const exit = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(logs.some((l) => l['msg'] === 'scrutineer sync service ready')).toBe(true);
    expect(logs.every((l) => typeof l['level'] === 'number' && typeof l['time'] === 'number')).toBe(true);
    // The lock is released: a command can open the directory again.
    const after = await promisify(execFile)(process.execPath, ['dist/server/main.mjs', 'committees'], { cwd: root, env });
    expect(after.stdout).toMatch(/demo-ssc-2017/);
  }, 300_000);
});
