// The screens' reads of the sync tables: rows come out typed by their entity, and a stored
// row or waiting change that does not fit the model is reported, without failing the read,
// hiding the rows that do fit, or leaving the outbox.
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITY_SPECS, readMutation, readSyncRow, rowsOf, SyncEngine, type Mutation, type SyncRow } from '../../../shared/sync';
import { ScrutineerDatabase } from '../../../renderer/db/database';
import { DexieSyncStore } from '../../../renderer/sync/dexieSyncStore';

let counter = 0;
let databases: ScrutineerDatabase[] = [];

function dexieStore() {
  const db = new ScrutineerDatabase(`typed-reads-${++counter}`);
  databases.push(db);
  return new DexieSyncStore(db);
}

afterEach(async () => {
  for (const db of databases) await db.delete();
  databases = [];
});

const stored = (type: SyncRow['type'], id: string, fields: Record<string, unknown>, committeeId = 'c1'): SyncRow => ({
  type,
  id,
  committeeId,
  version: 1,
  deleted: false,
  createdBy: 'p1',
  updatedAt: '2017-09-26T10:00:00.000Z',
  fields: { ...ENTITY_SPECS[type].defaults, ...fields },
});

const item = (id: string, title: unknown, committeeId = 'c1') => stored('item', id, { title, kind: 'committee_item' }, committeeId);

describe('reading a stored row', () => {
  it('types a row that fits its entity, with the model’s fields and nothing else', () => {
    const reading = readSyncRow({ ...item('i1', 'Domestic Abuse'), fields: { ...item('i1', 'Domestic Abuse').fields, stray: 1 } });
    expect(reading.ok).toBe(true);
    if (!reading.ok || reading.value.type !== 'item') throw new Error('expected an item');
    expect(reading.value.fields.title).toBe('Domestic Abuse');
    expect(reading.value.fields.meetingDate).toBeNull();
    expect(reading.value.fields).not.toHaveProperty('stray');
  });

  it('reports, by type, id and field, a row whose fields do not fit', () => {
    const reading = readSyncRow(stored('recommendation', 'r1', { reviewId: 'rv', text: 'Do it', status: 'postponed' }));
    expect(reading).toEqual({
      ok: false,
      unreadable: { type: 'recommendation', id: 'r1', seq: null, issues: [expect.objectContaining({ path: ['fields', 'status'] })] },
    });
  });

  it('reports a row that is not a row at all', () => {
    expect(readSyncRow({ type: 'item', id: 'x' })).toMatchObject({ ok: false, unreadable: { type: 'item', id: 'x' } });
    expect(readSyncRow(null)).toMatchObject({ ok: false, unreadable: { type: '', id: '' } });
  });

  it('reports a waiting change the server would refuse, with its seq', () => {
    const bad = { seq: 4, op: 'patch', type: 'item', id: 'i1', baseVersion: 1, fields: { title: '' } };
    expect(readMutation(bad)).toMatchObject({ ok: false, unreadable: { type: 'item', id: 'i1', seq: 4, issues: [{ path: ['fields', 'title'] }] } });
    expect(readMutation({ ...bad, fields: { title: 'Fine' } })).toMatchObject({ ok: true, value: { seq: 4 } });
  });
});

describe('DexieSyncStore typed reads', () => {
  it('reads a committee’s rows typed, reporting a malformed one and keeping the rest', async () => {
    const store = dexieStore();
    await store.putRow(item('good', 'Youth Offending Service'));
    await store.putRow(item('broken', 42));
    await store.putRow(item('elsewhere', 'Other committee', 'c2'));
    await store.putRow(stored('meeting', 'm1', { date: '26/09/2017' }));

    const read = await store.readCommittee('c1');
    expect(rowsOf(read.values, 'item').map((r) => r.fields.title)).toEqual(['Youth Offending Service']);
    expect(read.unreadable.map((u) => `${u.type}/${u.id}`).sort()).toEqual(['item/broken', 'meeting/m1']);
    // Reported, not removed: the row is still on the device for a later version to read.
    expect(await store.getRow({ type: 'item', id: 'broken' })).toBeDefined();
  });

  it('reads committees and memberships across committees', async () => {
    const store = dexieStore();
    await store.putRow(stored('committee', 'c1', { name: 'Safer Communities' }));
    await store.putRow(stored('member', 'p1@c2', { personId: 'p1', name: 'Helen Phillips', role: 'chair' }, 'c2'));
    await store.putRow(item('i1', 'Not wanted here'));
    const read = await store.readTypes(['committee', 'member']);
    expect(rowsOf(read.values, 'committee').map((r) => r.fields.name)).toEqual(['Safer Communities']);
    expect(rowsOf(read.values, 'member').map((r) => r.fields.role)).toEqual(['chair']);
    expect(rowsOf(read.values, 'item')).toEqual([]);
  });

  it('reads one entity’s waiting changes by key, in order, and all of them', async () => {
    const store = dexieStore();
    const patch = (seq: number, id: string, details: string): Mutation => ({ seq, op: 'patch', type: 'item', id, baseVersion: 1, fields: { details } });
    for (const m of [patch(1, 'a', 'one'), patch(2, 'b', 'two'), patch(3, 'a', 'three')]) await store.addToOutbox(m);
    await store.addToOutbox({ seq: 4, op: 'delete', type: 'comment', id: 'a', baseVersion: 1 });
    expect((await store.readOutbox({ type: 'item', id: 'a' })).values.map((m) => m.seq)).toEqual([1, 3]);
    expect((await store.readOutbox()).values.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('reports a malformed waiting change and leaves it in the outbox, still counted as waiting', async () => {
    const store = dexieStore();
    const engine = await SyncEngine.open({
      store,
      transport: new MemoryTransportNeverCalled(),
      newId: () => 'c0ffee00',
      personId: 'p1',
    });
    await store.putServerRows([item('i1', 'Domestic Abuse')]);
    await store.putRow(item('i1', 'Domestic Abuse'));
    await engine.patch('item', 'i1', { details: 'Six monthly update' });
    // As an older or damaged copy of the app might have left it: a value the model refuses.
    await store.addToOutbox({ seq: 2, op: 'patch', type: 'item', id: 'i1', baseVersion: 1, fields: { status: 'shelved' } });

    const forItem = await store.readOutbox({ type: 'item', id: 'i1' });
    expect(forItem.values.map((m) => m.seq)).toEqual([1]);
    expect(forItem.unreadable).toMatchObject([{ type: 'item', id: 'i1', seq: 2 }]);
    expect((await store.listOutbox()).map((m) => m.seq)).toEqual([1, 2]);
    expect(await engine.pendingCount()).toBe(2);
  });

});

/** The tests above never sync: a transport that fails if they do. */
class MemoryTransportNeverCalled {
  push(): never {
    throw new Error('no network in this test');
  }
  pull(): never {
    throw new Error('no network in this test');
  }
}
