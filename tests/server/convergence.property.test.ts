// Property: three clients (two devices of the officer, one of the chair) editing the same
// work programme offline and online, through a network that drops, duplicates, reorders and
// delays requests, and a server that crashes mid-push and restarts, all converge on the
// server's state; every mutation is applied exactly once, in each client's order; the state
// is what a naive replay of the server's order gives; every overwrite is reported.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncUsageError } from '../../shared/sync/engine';
import type { ItemFields } from '../../shared/sync/model';
import type { Mutation, SyncRow } from '../../shared/sync/protocol';
import { BACKENDS } from './helpers/backends';
import { ChaosTransport, PULL_FAULTS, PUSH_FAULTS, type Fault } from './helpers/chaos-transport';
import { engineClient, fullState, httpTransport, type TestClient } from './helpers/clients';
import { startHarness, type Harness } from './helpers/harness';
import { replayModel, type Processed } from './helpers/reference-model';

// PGlite restarts cost ~0.2 s each, PostgreSQL's almost nothing: more runs where they are cheap.
const runsFor = (backend: string) => Number(process.env['PROPERTY_RUNS'] ?? (backend === 'postgres' ? 100 : 40));
const CLIENTS = 3;

type Edit =
  | { field: 'title'; value: string }
  | { field: 'details'; value: string }
  | { field: 'status'; value: ItemFields['status'] }
  | { field: 'meetingDate'; value: string | null };

type Op =
  | { t: 'create'; c: number; title: string }
  | ({ t: 'edit'; c: number; pick: number } & Edit)
  | { t: 'delete'; c: number; pick: number }
  | { t: 'restore'; c: number; pick: number }
  | { t: 'comment'; c: number; pick: number; body: string }
  | { t: 'sync'; c: number; fault: Fault }
  | { t: 'release'; c: number }
  | { t: 'offline'; c: number }
  | { t: 'online'; c: number }
  | { t: 'restart' }
  | { t: 'restartDuringPush'; c: number; delay: number }
  | { t: 'crash'; c: number; after: number };

const client = fc.integer({ min: 0, max: CLIENTS - 1 });
const pick = fc.nat({ max: 20 });
// Small value domains: equal concurrent writes and real clashes both happen often.
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ field: fc.constant('title' as const), value: fc.constantFrom('CSE', 'Domestic Abuse', 'Modern Slavery') }),
  fc.record({ field: fc.constant('details' as const), value: fc.constantFrom('', 'six monthly update', 'annual report') }),
  fc.record({ field: fc.constant('status' as const), value: fc.constantFrom('proposed', 'scheduled', 'deferred', 'completed') }),
  fc.record({ field: fc.constant('meetingDate' as const), value: fc.constantFrom('2017-09-26', '2017-11-09', null) }),
);
const fault = fc.constantFrom<Fault>('none', 'none', 'none', ...PUSH_FAULTS, ...PULL_FAULTS);

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('create' as const), c: client, title: fc.constantFrom('Item A', 'Item B') }) },
  { weight: 8, arbitrary: fc.tuple(client, pick, edit).map(([c, p, e]) => ({ t: 'edit' as const, c, pick: p, ...e })) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('delete' as const), c: client, pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restore' as const), c: client, pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('comment' as const), c: client, pick, body: fc.constantFrom('Agreed', 'Ask for data') }) },
  { weight: 8, arbitrary: fc.record({ t: fc.constant('sync' as const), c: client, fault }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('release' as const), c: client }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('offline' as const), c: client }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('online' as const), c: client }) },
  { weight: 1, arbitrary: fc.constant({ t: 'restart' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restartDuringPush' as const), c: client, delay: fc.nat({ max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('crash' as const), c: client, after: fc.nat({ max: 2 }) }) },
);

interface Participant extends TestClient {
  chaos: ChaosTransport;
  generated: Mutation[];
}

async function recordLocal(p: Participant, action: () => Promise<unknown>): Promise<void> {
  const before = (await p.store.listOutbox()).length;
  try {
    await action();
  } catch (err) {
    // Editing something this client cannot see (never pulled, or deleted) is refused locally.
    if (err instanceof SyncUsageError) return;
    throw err;
  }
  const outbox = await p.store.listOutbox();
  expect(outbox.length).toBe(before + 1);
  p.generated.push(outbox[outbox.length - 1]!);
}

async function tolerate(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch {
    // Network faults, crashes and offline clients are the point of the exercise.
  }
}

/** JSON with object keys sorted: jsonb does not keep key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

const visibleOnly = (rows: SyncRow[]) =>
  rows
    .filter((r) => !r.deleted)
    .map((r) => ({ ...r }))
    .sort((a, b) => `${a.type}/${a.id}`.localeCompare(`${b.type}/${b.id}`));

async function scenario(h: Harness, ops: Op[]): Promise<void> {
  const committee = await h.committee();
  const officer = await h.person(committee, 'officer');
  const officerLaptop = await h.device(officer.personId);
  const chair = await h.person(committee, 'chair');
  const participants: Participant[] = [];
  for (const device of [officer, officerLaptop, chair]) {
    const chaos = new ChaosTransport(httpTransport(h, device));
    // Small pages, so pulls span several requests and can fail between them.
    participants.push({ ...(await engineClient(h, device, chaos, { pullLimit: 3 })), chaos, generated: [] });
  }
  const items: string[] = [];
  const p0 = participants[0]!;
  for (const title of ['Child Sexual Exploitation', 'Community Safety Agreement']) {
    await recordLocal(p0, async () => items.push(await p0.engine.create('item', committee, { title, kind: 'committee_item' })));
  }
  for (const p of participants) await p.engine.sync();

  for (const o of ops) {
    const p = 'c' in o ? participants[o.c]! : undefined;
    const target = 'pick' in o ? items[o.pick % items.length] : undefined;
    switch (o.t) {
      case 'create':
        await recordLocal(p!, async () => items.push(await p!.engine.create('item', committee, { title: o.title, kind: 'briefing_note' })));
        break;
      case 'edit':
        await recordLocal(p!, () => p!.engine.patch('item', target!, { [o.field]: o.value }));
        break;
      case 'delete':
        await recordLocal(p!, () => p!.engine.delete('item', target!));
        break;
      case 'restore':
        if ((await p!.store.getServerRow({ type: 'item', id: target! }))?.deleted) {
          await recordLocal(p!, () => p!.engine.restore('item', target!));
        }
        break;
      case 'comment':
        if (await p!.store.getRow({ type: 'item', id: target! })) {
          await recordLocal(p!, () =>
            p!.engine.create('comment', committee, { targetType: 'item', targetId: target!, body: o.body }),
          );
        }
        break;
      case 'sync':
        p!.chaos.fault = o.fault;
        await tolerate(() => p!.engine.sync());
        p!.chaos.fault = 'none';
        break;
      case 'release':
        await tolerate(() => p!.chaos.releaseHeld());
        break;
      case 'offline':
        p!.chaos.online = false;
        break;
      case 'online':
        p!.chaos.online = true;
        break;
      case 'restart':
        await h.restart();
        break;
      case 'restartDuringPush': {
        // A real race: the server goes down while the push is in flight, at a random point.
        const inFlight = tolerate(() => p!.engine.push());
        for (let i = 0; i < o.delay; i++) await new Promise((resolve) => setImmediate(resolve));
        await h.restart();
        await inFlight;
        break;
      }
      case 'crash': {
        let processed = 0;
        h.hooks.afterMutation = () => {
          if (++processed > o.after) throw new Error('simulated crash mid-push');
        };
        await tolerate(() => p!.engine.push());
        delete h.hooks.afterMutation;
        await h.restart();
        break;
      }
    }
  }

  // Back online for good: late requests arrive, then everyone syncs until quiet.
  for (const p of participants) {
    p.chaos.online = true;
    p.chaos.fault = 'none';
    await p.chaos.releaseHeld();
  }
  for (let round = 0; round < 2; round++) {
    for (const p of participants) await p.engine.sync();
  }

  // 1. Nothing is left behind on any client.
  for (const p of participants) expect(await p.engine.pendingCount()).toBe(0);

  // 2. Every mutation was processed exactly once, in each client's order.
  const clientIds = participants.map((p) => p.engine.clientId);
  const rows = await h.db.query<{ client_id: string; seq: number; status: string; version: number }>(
    'SELECT client_id, seq, status, version FROM sync_mutations WHERE client_id = ANY($1::text[]) ORDER BY version',
    [clientIds],
  );
  const processed: Processed[] = [];
  for (const p of participants) {
    const mine = rows.filter((r) => r.client_id === p.engine.clientId);
    expect(mine.map((r) => r.seq)).toEqual(p.generated.map((m) => m.seq));
    expect(mine.every((r) => r.status === 'applied')).toBe(true);
    mine.forEach((r, i) => processed.push({ clientId: r.client_id, version: r.version, mutation: p.generated[i]! }));
    const [registered] = await h.db.query<{ last_seq: number }>('SELECT last_seq FROM sync_clients WHERE client_id = $1', [p.engine.clientId]);
    expect(registered?.last_seq ?? 0).toBe(p.generated.length);
  }

  // 3. The server's state is the naive replay of its own order, notices included.
  const model = replayModel(processed);
  const server = await fullState(h, officer);
  const serverEntities = server.filter((r) => r.type === 'item' || r.type === 'comment');
  expect(serverEntities.length).toBe(model.entities.size);
  for (const row of serverEntities) {
    const expected = model.entities.get(`${row.type}/${row.id}`);
    expect({ deleted: row.deleted, fields: row.fields }).toEqual({ deleted: expected?.deleted, fields: expected?.fields });
  }
  const noticeKey = (n: { kind: unknown; entityId: unknown; field: unknown; keptValue: unknown; lostValue: unknown; keptClientId: unknown; lostClientId: unknown }) =>
    canonical([n.kind, n.entityId, n.field, n.keptValue, n.lostValue, n.keptClientId, n.lostClientId]);
  const serverNotices = server.filter((r) => r.type === 'conflict').map((r) => noticeKey(r.fields as never)).sort();
  expect(serverNotices).toEqual(model.notices.map(noticeKey).sort());

  // 4. One audit entry per change: nothing applied twice.
  const audit = await h.db.query<{ client_id: string; seq: number; n: number }>(
    `SELECT client_id, seq, count(*)::int AS n FROM audit
     WHERE client_id = ANY($1::text[]) AND entity_type <> 'conflict' GROUP BY client_id, seq`,
    [clientIds],
  );
  expect(audit.every((a) => a.n === 1)).toBe(true);
  expect(new Set(audit.map((a) => `${a.client_id}:${a.seq}`))).toEqual(model.writes);

  // 5. Every client sees exactly the server's state.
  const expectedView = visibleOnly(server);
  for (const p of participants) expect(visibleOnly(await p.store.listRows())).toEqual(expectedView);
}

describe.each(BACKENDS)('convergence on %s', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend, { restartable: true });
  });
  afterAll(() => h.close());

  // A fixed number of scenarios, not as many as fit in a time budget, so a slow or busy
  // machine checks the same property; the timeout only stops a hang.
  it(
    'three clients converge with nothing lost or applied twice',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 10, maxLength: 60 }), (ops) => scenario(h, ops)),
        { numRuns: runsFor(backend) },
      );
    },
    900_000,
  );
});
