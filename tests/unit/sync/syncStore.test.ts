// The SyncStore contract the client engine relies on, run against the in-memory store it was
// written with and the app's Dexie store (fake-indexeddb); then the engine itself on Dexie.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncEngine, type Mutation, type SyncRow, type SyncStore } from '../../../shared/sync';
import { MemoryStore } from '../../../shared/sync/memory-store';
import { ScrutineerDatabase } from '../../../renderer/db/database';
import { DexieSyncStore } from '../../../renderer/sync/dexieSyncStore';
import { FakeServer } from './fakeServer';

let counter = 0;
let databases: ScrutineerDatabase[] = [];

function dexieStore(name = `sync-store-${++counter}`) {
  const db = new ScrutineerDatabase(name);
  databases.push(db);
  return new DexieSyncStore(db);
}

afterEach(async () => {
  for (const db of databases) await db.delete();
  databases = [];
});

const row = (id: string, version: number, fields: Record<string, unknown> = { title: id }, type: SyncRow['type'] = 'item'): SyncRow => ({
  type,
  id,
  committeeId: 'c1',
  version,
  deleted: false,
  createdBy: 'p1',
  updatedAt: '2017-09-26T10:00:00.000Z',
  fields,
});

const patch = (seq: number, id: string, fields: Record<string, unknown> = { details: `edit ${seq}` }): Mutation => ({
  seq,
  op: 'patch',
  type: 'item',
  id,
  baseVersion: 1,
  fields,
});

const STORES: [string, () => SyncStore][] = [
  ['MemoryStore', () => new MemoryStore()],
  ['DexieSyncStore', () => dexieStore()],
];

describe.each(STORES)('%s', (_name, makeStore) => {
  let store: SyncStore;
  beforeEach(() => {
    store = makeStore();
  });

  it('has no meta until one is set, then returns a copy of it', async () => {
    expect(await store.getMeta()).toBeUndefined();
    const meta = { clientId: 'c_abcdefgh', personId: 'p1', cursor: null, nextSeq: 1 };
    await store.setMeta(meta);
    await store.setMeta({ ...meta, cursor: '12', nextSeq: 4 });
    expect(await store.getMeta()).toEqual({ ...meta, cursor: '12', nextSeq: 4 });
  });

  it('keeps server rows by type and id, the newest put winning, and clears them', async () => {
    await store.putServerRows([row('a', 1), row('b', 2), row('a', 1, { title: 'meeting a' }, 'meeting')]);
    await store.putServerRows([row('a', 3, { title: 'a again' })]);
    expect(await store.getServerRow({ type: 'item', id: 'a' })).toMatchObject({ version: 3, fields: { title: 'a again' } });
    expect(await store.getServerRow({ type: 'meeting', id: 'a' })).toMatchObject({ version: 1 });
    await store.putServerRows([]);
    await store.clearServerRows();
    expect(await store.getServerRow({ type: 'item', id: 'b' })).toBeUndefined();
  });

  it('keeps view rows apart from server rows, lists them by type, deletes and clears them', async () => {
    await store.putRow(row('a', 1));
    await store.putRow(row('b', 0));
    await store.putRow(row('m', 2, { date: '2017-09-26' }, 'meeting'));
    expect(await store.getServerRow({ type: 'item', id: 'a' })).toBeUndefined();
    expect((await store.listRows('item')).map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect((await store.listRows()).length).toBe(3);
    await store.deleteRow({ type: 'item', id: 'a' });
    await store.deleteRow({ type: 'item', id: 'never-there' });
    expect(await store.getRow({ type: 'item', id: 'a' })).toBeUndefined();
    expect((await store.listRows('meeting')).map((r) => r.id)).toEqual(['m']);
    await store.clearRows();
    expect(await store.listRows()).toEqual([]);
  });

  it('lists the outbox in seq order and removes a prefix, returning what it removed', async () => {
    for (const seq of [1, 2, 3, 4]) await store.addToOutbox(patch(seq, `i${seq}`));
    expect((await store.listOutbox()).map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect((await store.removeFromOutbox(2)).map((m) => m.seq)).toEqual([1, 2]);
    expect((await store.removeFromOutbox(2)).map((m) => m.seq)).toEqual([]);
    expect((await store.listOutbox()).map((m) => m.seq)).toEqual([3, 4]);
    expect(await store.listOutbox()).toEqual([patch(3, 'i3'), patch(4, 'i4')]);
  });

  it('returns what fn returns from transaction, with its writes visible afterwards', async () => {
    const result = await store.transaction(async () => {
      await store.addToOutbox(patch(1, 'x'));
      await store.putRow(row('x', 0));
      return 'done';
    });
    expect(result).toBe('done');
    expect(await store.listOutbox()).toHaveLength(1);
    expect(await store.getRow({ type: 'item', id: 'x' })).toBeDefined();
  });
});

describe('DexieSyncStore only', () => {
  it('undoes every write of a transaction that throws', async () => {
    const store = dexieStore();
    await store.setMeta({ clientId: 'c_abcdefgh', personId: 'p1', cursor: '3', nextSeq: 2 });
    await expect(
      store.transaction(async () => {
        await store.setMeta({ clientId: 'c_abcdefgh', personId: 'p1', cursor: '9', nextSeq: 3 });
        await store.addToOutbox(patch(2, 'x'));
        await store.putServerRows([row('x', 9)]);
        await store.removeFromOutbox(5);
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await store.getMeta()).toMatchObject({ cursor: '3', nextSeq: 2 });
    expect(await store.listOutbox()).toEqual([]);
    expect(await store.getServerRow({ type: 'item', id: 'x' })).toBeUndefined();
  });

  it('keeps the transaction open across steps that write nothing (an empty page of changes)', async () => {
    const store = dexieStore();
    await store.transaction(async () => {
      await store.putServerRows([]);
      await store.removeFromOutbox(0);
      await store.listOutbox();
      await store.setMeta({ clientId: 'c_abcdefgh', personId: 'p1', cursor: '1', nextSeq: 1 });
    });
    expect(await store.getMeta()).toMatchObject({ cursor: '1' });
  });

  it('refuses a second mutation with the same seq', async () => {
    const store = dexieStore();
    await store.addToOutbox(patch(1, 'x'));
    await expect(store.addToOutbox(patch(1, 'y'))).rejects.toThrow();
    expect((await store.listOutbox())[0]!.id).toBe('x');
  });

  it('survives closing and reopening the database', async () => {
    const name = `reopen-${++counter}`;
    const first = new ScrutineerDatabase(name);
    const store = new DexieSyncStore(first);
    await store.setMeta({ clientId: 'c_abcdefgh', personId: 'p1', cursor: '7', nextSeq: 3 });
    await store.addToOutbox(patch(2, 'x'));
    first.close();
    const again = new ScrutineerDatabase(name);
    databases.push(again);
    const reopened = new DexieSyncStore(again);
    expect(await reopened.getMeta()).toMatchObject({ cursor: '7', nextSeq: 3 });
    expect((await reopened.listOutbox()).map((m) => m.seq)).toEqual([2]);
  });

  it('forgets everything with clearAll', async () => {
    const store = dexieStore();
    await store.setMeta({ clientId: 'c_abcdefgh', personId: 'p1', cursor: '7', nextSeq: 3 });
    await store.putServerRows([row('a', 1)]);
    await store.putRow(row('a', 1));
    await store.addToOutbox(patch(2, 'a'));
    await store.clearAll();
    expect(await store.getMeta()).toBeUndefined();
    expect(await store.listServerRows()).toEqual([]);
    expect(await store.listRows()).toEqual([]);
    expect(await store.listOutbox()).toEqual([]);
  });
});

describe.each(STORES)('the sync engine on %s', (_name, makeStore) => {
  const open = async (store: SyncStore, server: FakeServer, transport = server.transport(), pullLimit?: number) => {
    let n = 0;
    const engine = await SyncEngine.open({
      store,
      transport,
      newId: () => `id-${++n}-${Math.random().toString(36).slice(2, 8)}`,
      personId: server.personId,
      ...(pullLimit ? { pullLimit } : {}),
    });
    return { engine, transport };
  };

  it('pulls the programme in pages, shows local edits at once and after the server has them', async () => {
    const server = new FakeServer();
    for (let i = 0; i < 7; i++) server.put({ type: 'item', id: `item-${i}`, committeeId: 'c1', fields: { title: `Item ${i}`, kind: 'committee_item', details: '' } });
    const store = makeStore();
    const { engine } = await open(store, server, undefined, 3);
    const { pull } = await engine.sync();
    expect(pull).toMatchObject({ changes: 7, reset: true });
    expect(await store.listRows('item')).toHaveLength(7);
    await engine.patch('item', 'item-3', { details: 'Six monthly update' });
    expect((await store.getRow({ type: 'item', id: 'item-3' }))!.fields['details']).toBe('Six monthly update');
    expect(await engine.pendingCount()).toBe(1);
    await engine.sync();
    expect(await engine.pendingCount()).toBe(0);
    expect(server.rows.get('item/item-3')!.fields['details']).toBe('Six monthly update');
    expect((await store.getRow({ type: 'item', id: 'item-3' }))!.version).toBe(server.version);
  });

  it('keeps edits made offline, through a reopen, and rebases them on newer server rows', async () => {
    const server = new FakeServer();
    server.put({ type: 'item', id: 'x', committeeId: 'c1', fields: { title: 'Domestic Abuse', kind: 'committee_item', details: '', outcome: '' } });
    const store = makeStore();
    const first = await open(store, server);
    await first.engine.sync();
    first.transport.online = false;
    await first.engine.patch('item', 'x', { details: 'Written on the train' });
    const suggestion = await first.engine.create('suggestion', 'c1', { title: 'Knife crime', reason: 'Rising in Tamworth' });
    await expect(first.engine.sync()).rejects.toThrow('Failed to fetch');
    // Meanwhile the officer records the outcome.
    server.put({ ...server.rows.get('item/x')!, fields: { ...server.rows.get('item/x')!.fields, outcome: 'Come back in six months' } });

    const reopened = await open(store, server);
    expect(reopened.engine.clientId).toBe(first.engine.clientId);
    expect(await reopened.engine.pendingCount()).toBe(2);
    await reopened.engine.pull();
    expect((await store.getRow({ type: 'item', id: 'x' }))!.fields).toMatchObject({ details: 'Written on the train', outcome: 'Come back in six months' });
    await reopened.engine.sync();
    expect(await reopened.engine.pendingCount()).toBe(0);
    expect(server.rows.get('item/x')!.fields).toMatchObject({ details: 'Written on the train', outcome: 'Come back in six months' });
    expect(server.rows.get(`suggestion/${suggestion}`)!.fields).toMatchObject({ title: 'Knife crime', status: 'open' });
  });

  it('drops a rejected mutation and hides a row deleted on the server', async () => {
    const server = new FakeServer();
    server.put({ type: 'item', id: 'x', committeeId: 'c1', fields: { title: 'X', kind: 'visit' } });
    const store = makeStore();
    const { engine } = await open(store, server);
    await engine.sync();
    server.rows.delete('item/x'); // gone without trace: the patch will be rejected
    await engine.patch('item', 'x', { title: 'Y' });
    const { push } = await engine.sync();
    expect(push.rejected).toEqual([expect.objectContaining({ code: 'not_found' })]);
    expect(await engine.pendingCount()).toBe(0);
    server.put({ type: 'item', id: 'z', committeeId: 'c1', fields: { title: 'Z', kind: 'visit' } });
    await engine.sync();
    server.put({ ...server.rows.get('item/z')!, deleted: true });
    await engine.sync();
    expect(await store.getRow({ type: 'item', id: 'z' })).toBeUndefined();
  });
});
