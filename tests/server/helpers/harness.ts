// A running sync service for tests: the real Fastify app (driven with inject) on a fresh
// database of the chosen backend, restartable on the same data, with helpers to make
// committees and paired devices.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../shared/sync/model';
import type { FetchLike } from '../../../shared/sync/transport';
import { createCommittee, createPerson, setMembership } from '../../../server/admin/directory';
import { createInvitation, exchangeInvitation } from '../../../server/auth/invitations';
import { openDatabase } from '../../../server/db/open';
import type { Database } from '../../../server/db/types';
import { buildApp, type AppOptions } from '../../../server/http/app';
import type { PushHooks } from '../../../server/sync/push';
import { type Backend, dropSchema, freshSchemaName, TEST_DATABASE_URL } from './backends';

export interface Device {
  personId: string;
  deviceId: string;
  token: string;
}

export interface HarnessOptions {
  /** Keep PGlite data on disk so restart() reopens it (otherwise in memory). */
  restartable?: boolean;
  app?: Partial<Omit<AppOptions, 'db' | 'pushHooks'>>;
}

export interface Harness {
  readonly backend: Backend;
  readonly db: Database;
  readonly app: FastifyInstance;
  /** Mutable: tests arm faults here (see PushHooks). */
  readonly hooks: PushHooks;
  restart(): Promise<void>;
  close(): Promise<void>;
  committee(name?: string): Promise<string>;
  /** A new person on a committee with one paired device. */
  person(committeeId: string, role: Role, name?: string): Promise<Device>;
  /** Another paired device for an existing person. */
  device(personId: string): Promise<Device>;
  inject(options: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  /** fetch over inject, for the shared HTTP transport. */
  fetch: FetchLike;
}

let counter = 0;

/** The invitation secret every test harness uses (the service takes INVITATION_SECRET). */
export const TEST_INVITATION_SECRET = 'test-invitation-secret-0123456789abcdef';

export async function startHarness(backend: Backend, options: HarnessOptions = {}): Promise<Harness> {
  const schema = backend === 'postgres' ? freshSchemaName() : undefined;
  const dir = backend === 'pglite' && options.restartable ? mkdtempSync(join(tmpdir(), 'scrutineer-test-')) : undefined;
  const open = () =>
    openDatabase(
      backend === 'postgres'
        ? { databaseUrl: TEST_DATABASE_URL!, databaseSchema: schema! }
        : dir
          ? { dataDir: join(dir, 'pgdata') }
          : {},
    );
  const hooks: PushHooks = {};
  const build = (db: Database) =>
    buildApp({
      db,
      allowedOrigins: ['app://scrutineer', 'http://127.0.0.1:4173', 'http://localhost:4173'],
      rateLimitMax: 1_000_000,
      exchangeRateLimitMax: 1_000_000,
      authFailureMax: 1_000_000,
      invitationSecret: TEST_INVITATION_SECRET,
      bodyLimit: 1024 * 1024,
      logger: false,
      version: 'test',
      ...options.app,
      pushHooks: {
        afterMutation: (seq) => hooks.afterMutation?.(seq),
      },
    });

  let db = await open();
  let app = await build(db);

  const harness: Harness = {
    backend,
    get db() {
      return db;
    },
    get app() {
      return app;
    },
    hooks,
    async restart() {
      await app.close();
      await db.close();
      db = await open();
      app = await build(db);
    },
    async close() {
      await app.close();
      await db.close();
      if (schema) await dropSchema(schema);
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async committee(name = `Committee ${++counter}`) {
      return createCommittee(db, { name });
    },
    async person(committeeId, role, name = `${role} ${++counter}`) {
      const personId = await createPerson(db, name);
      await setMembership(db, personId, committeeId, role);
      return harness.device(personId);
    },
    async device(personId) {
      const code = await createInvitation(db, TEST_INVITATION_SECRET, personId);
      const paired = await exchangeInvitation(db, TEST_INVITATION_SECRET, code, `device ${++counter}`);
      return { personId, deviceId: paired.device.id, token: paired.token };
    },
    inject({ token, ...rest }) {
      return app.inject({
        ...rest,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...rest.headers },
      });
    },
    fetch: async (url, init) => {
      const u = new URL(url);
      const res = await app.inject({
        method: init.method as 'POST',
        url: u.pathname + u.search,
        headers: init.headers,
        ...(init.body !== undefined ? { payload: init.body } : {}),
      });
      return { status: res.statusCode, json: () => new Promise((resolve) => resolve(res.json())) };
    },
  };
  return harness;
}
