// The client sync engine (shared/sync/engine.ts) against the real server: optimistic view,
// rebase on pull, rejected mutations, conflict notices, resets, paging and reopening; on the
// in-memory store and on the app's Dexie store.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncEngine, SyncUsageError } from '../../shared/sync/engine';
import { setMembership } from '../../server/admin/directory';
import { BACKENDS } from './helpers/backends';
import { engineClient as engineClientOn, httpTransport } from './helpers/clients';
import { startHarness, type Device, type Harness } from './helpers/harness';
import { makeStore, STORE_KINDS } from './helpers/stores';

const CASES = BACKENDS.flatMap((backend) => STORE_KINDS.map((kind) => [backend, kind] as const));

describe.each(CASES)('sync engine on %s with a %s store', (backend, kind) => {
  const engineClient = (h: Harness, device: Device) => engineClientOn(h, device, httpTransport(h, device), { store: makeStore(kind) });
  let h: Harness;
  let committee: string;
  let officer: Device;
  let chair: Device;
  let member: Device;

  beforeAll(async () => {
    h = await startHarness(backend);
    committee = await h.committee();
    officer = await h.person(committee, 'officer');
    chair = await h.person(committee, 'chair');
    member = await h.person(committee, 'member');
  });
  afterAll(() => h.close());

  it('shows a local change at once and the server’s row after sync', async () => {
    const { engine, store } = await engineClient(h, officer);
    await engine.sync();
    const id = await engine.create('item', committee, { title: 'Domestic Abuse', kind: 'committee_item', meetingDate: '2017-12-11' });
    expect(await store.getRow({ type: 'item', id })).toMatchObject({ version: 0, createdBy: officer.personId, fields: { status: 'proposed' } });
    expect(await engine.pendingCount()).toBe(1);
    const { push, pull } = await engine.sync();
    expect(push).toMatchObject({ sent: 1, lastSeq: 1, rejected: [] });
    expect(pull.lastSeq).toBe(1);
    expect(await engine.pendingCount()).toBe(0);
    expect((await store.getRow({ type: 'item', id }))!.version).toBeGreaterThan(0);
  });

  it('refuses invalid or impossible local changes without queueing them', async () => {
    const { engine } = await engineClient(h, officer);
    await expect(engine.create('item', committee, { title: '', kind: 'committee_item' })).rejects.toThrow(SyncUsageError);
    await expect(engine.patch('item', randomUUID(), { title: 'x' })).rejects.toThrow(/No item/);
    await expect(engine.patch('member', 'x', {})).rejects.toThrow(SyncUsageError);
    expect(await engine.pendingCount()).toBe(0);
  });

  it('drops a mutation the server rejects and reports it', async () => {
    const { engine, store } = await engineClient(h, member);
    await engine.sync();
    const id = await engine.create('item', committee, { title: 'Members cannot add items', kind: 'visit' });
    expect(await store.getRow({ type: 'item', id })).toBeDefined();
    const { push } = await engine.sync();
    expect(push.rejected).toEqual([expect.objectContaining({ seq: 1, status: 'rejected', code: 'forbidden' })]);
    expect(await store.getRow({ type: 'item', id })).toBeUndefined();
    expect(await engine.pendingCount()).toBe(0);
  });

  it('sends a member’s proposal with only the fields a member may set, and the office sees it', async () => {
    const { engine, store } = await engineClient(h, member);
    const id = await engine.create('suggestion', committee, { title: 'Knife crime in Tamworth', reason: 'Raised at the June meeting' });
    expect((await store.getRow({ type: 'suggestion', id }))!.fields).toMatchObject({ status: 'open', response: '', itemId: null });
    const [pending] = await store.listOutbox();
    expect(pending).toMatchObject({ op: 'create', fields: { title: 'Knife crime in Tamworth', reason: 'Raised at the June meeting' } });
    expect(Object.keys((pending as { fields: object }).fields).sort()).toEqual(['reason', 'title']);
    const { push } = await engine.sync();
    expect(push.rejected).toEqual([]);
    const office = await engineClient(h, officer);
    await office.engine.sync();
    expect((await office.store.getRow({ type: 'suggestion', id }))!.fields).toMatchObject({ title: 'Knife crime in Tamworth', status: 'open' });
  });

  it('keeps pending edits on top of newer server rows until they are acknowledged', async () => {
    const a = await engineClient(h, officer);
    const b = await engineClient(h, chair);
    const id = await a.engine.create('item', committee, { title: 'CSE', kind: 'committee_item' });
    await a.engine.sync();
    await b.engine.sync();
    await b.engine.patch('item', id, { details: 'six monthly update' }); // offline for now
    await a.engine.patch('item', id, { status: 'scheduled' });
    await a.engine.sync();
    await b.engine.pull(); // the officer's status arrives; the chair's details stay pending
    expect((await b.store.getRow({ type: 'item', id }))!.fields).toMatchObject({ status: 'scheduled', details: 'six monthly update' });
    expect(await b.engine.pendingCount()).toBe(1);
    await b.engine.sync();
    await a.engine.sync();
    for (const c of [a, b]) {
      expect((await c.store.getRow({ type: 'item', id }))!.fields).toMatchObject({ status: 'scheduled', details: 'six monthly update' });
    }
  });

  it('brings conflict notices to both people and clears them when resolved', async () => {
    const a = await engineClient(h, officer);
    const b = await engineClient(h, chair);
    const id = await a.engine.create('item', committee, { title: 'Youth Offending', kind: 'committee_item' });
    await a.engine.sync();
    await b.engine.sync();
    await a.engine.patch('item', id, { outcome: 'Noted' });
    await b.engine.patch('item', id, { outcome: 'Come back in six months' });
    await a.engine.sync();
    const { pull } = await b.engine.sync();
    expect(pull.notices).toHaveLength(1);
    await a.engine.sync();
    const [notice] = await a.engine.notices();
    expect(notice!.fields).toMatchObject({ kind: 'overwritten', field: 'outcome', lostValue: 'Noted', keptValue: 'Come back in six months', lostBy: officer.personId });
    // The officer restores her wording and dismisses the notice.
    await a.engine.patch('item', id, { outcome: 'Noted' });
    await a.engine.patch('conflict', notice!.id, { resolved: true });
    await a.engine.sync();
    await b.engine.sync();
    expect(await a.engine.notices()).toEqual([]);
    expect(await b.engine.notices()).toEqual([]);
    expect((await b.store.getRow({ type: 'item', id }))!.fields['outcome']).toBe('Noted');
  });

  it('pulls in pages and starts over when the person’s committees change', async () => {
    const other = await h.committee('Corporate Review');
    const { engine, store } = await (async () => {
      const s = makeStore(kind);
      const e = await SyncEngine.open({ store: s, transport: httpTransport(h, member), newId: randomUUID, personId: member.personId, pullLimit: 2 });
      return { engine: e, store: s };
    })();
    const first = await engine.pull();
    expect(first.reset).toBe(true);
    const before = (await store.listRows()).length;
    expect(before).toBeGreaterThan(4);
    await setMembership(h.db, member.personId, other, 'member');
    const second = await engine.pull();
    expect(second.reset).toBe(true);
    const rows = await store.listRows();
    expect(rows.some((r) => r.committeeId === other)).toBe(true);
    expect(rows.length).toBeGreaterThan(before);
  });

  it('refuses to open a store that belongs to another person', async () => {
    const { store } = await engineClient(h, officer);
    await expect(SyncEngine.open({ store, transport: httpTransport(h, chair), newId: randomUUID, personId: chair.personId })).rejects.toThrow(
      /another person/,
    );
  });

  it('keeps its client id and outbox when reopened on the same store, and survives being offline', async () => {
    const store = makeStore(kind);
    let online = false;
    const inner = httpTransport(h, officer);
    const transport = {
      push: (r: Parameters<typeof inner.push>[0]) => (online ? inner.push(r) : Promise.reject(new Error('offline'))),
      pull: (r: Parameters<typeof inner.pull>[0]) => (online ? inner.pull(r) : Promise.reject(new Error('offline'))),
    };
    const first = await SyncEngine.open({ store, transport, newId: randomUUID, personId: officer.personId });
    const id = await first.create('item', committee, { title: 'Written offline', kind: 'briefing_note' });
    await expect(first.sync()).rejects.toThrow('offline');
    const reopened = await SyncEngine.open({ store, transport, newId: randomUUID });
    expect(reopened.clientId).toBe(first.clientId);
    expect(await reopened.pendingCount()).toBe(1);
    online = true;
    await reopened.sync();
    expect(await reopened.pendingCount()).toBe(0);
    expect((await store.getRow({ type: 'item', id }))!.version).toBeGreaterThan(0);
  });
});
