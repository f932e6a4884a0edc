// The push/pull protocol of docs/sync.md, request by request: exactly-once and in-order
// push, gaps, paging, tombstones, cursor resets, and each kind of conflict notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, SyncRow } from '../../shared/sync/protocol';
import { removeMembership, setMembership } from '../../server/admin/directory';
import { BACKENDS } from './helpers/backends';
import { fullState, itemCreate, postJson, rawPull, rawPush } from './helpers/clients';
import { startHarness, type Device, type Harness } from './helpers/harness';

const patch = (seq: number, id: string, baseVersion: number, fields: Record<string, unknown>): Mutation => ({
  seq,
  op: 'patch',
  type: 'item',
  id,
  baseVersion,
  fields,
});
const del = (seq: number, id: string, baseVersion: number): Mutation => ({ seq, op: 'delete', type: 'item', id, baseVersion });

let n = 0;
const uid = (prefix: string) => `${prefix}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
const cid = () => `c_${uid('client').replace(/[^A-Za-z0-9_-]/g, '')}`;

describe.each(BACKENDS)('sync protocol on %s', (backend) => {
  let h: Harness;
  let committee: string;
  let officer: Device;
  let chair: Device;

  beforeAll(async () => {
    h = await startHarness(backend, { restartable: true });
    committee = await h.committee();
    officer = await h.person(committee, 'officer', 'Helen Phillips');
    chair = await h.person(committee, 'chair', 'John Francis');
  });
  afterAll(() => h.close());

  async function itemRow(id: string, device = officer): Promise<SyncRow | undefined> {
    return (await fullState(h, device)).find((r) => r.type === 'item' && r.id === id);
  }
  async function notices(entityId: string): Promise<SyncRow[]> {
    return (await fullState(h, officer)).filter((r) => r.type === 'conflict' && r.fields['entityId'] === entityId);
  }

  it('applies a push once, in order, however often it is sent', async () => {
    const client = cid();
    const id = uid('item');
    const batch = [itemCreate(1, id, committee, 'Domestic Abuse'), patch(2, id, 0, { status: 'scheduled' })];
    const first = await rawPush(h, officer, client, batch);
    expect(first.lastSeq).toBe(2);
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const again = await rawPush(h, officer, client, batch);
    expect(again.lastSeq).toBe(2);
    expect(again.results).toEqual(first.results.map((r) => ({ ...r, duplicate: true })));
    const history = await h.inject({ method: 'GET', url: `/history/item/${id}`, token: officer.token });
    expect(history.json().entries.map((e: { op: string }) => e.op)).toEqual(['create', 'patch']);
    expect((await itemRow(id))?.fields).toMatchObject({ title: 'Domestic Abuse', status: 'scheduled' });
  });

  it('stops at a gap and resumes when the missing mutations arrive', async () => {
    const client = cid();
    const id = uid('item');
    const early = await rawPush(h, officer, client, [patch(2, id, 0, { title: 'Second' })]);
    expect(early).toEqual({ lastSeq: 0, results: [] });
    const all = await rawPush(h, officer, client, [itemCreate(1, id, committee, 'First'), patch(2, id, 0, { title: 'Second' })]);
    expect(all.lastSeq).toBe(2);
    expect((await itemRow(id))?.fields['title']).toBe('Second');
  });

  it('records a rejected mutation and moves past it', async () => {
    const client = cid();
    const missing = uid('item');
    const res = await rawPush(h, officer, client, [patch(1, missing, 0, { title: 'x' }), itemCreate(2, uid('item'), committee)]);
    expect(res.lastSeq).toBe(2);
    expect(res.results[0]).toMatchObject({ seq: 1, status: 'rejected', code: 'not_found' });
    expect(res.results[1]).toMatchObject({ seq: 2, status: 'applied' });
  });

  it('pulls changes after the cursor in pages, deletions included, with lastSeq', async () => {
    const c = await h.committee();
    const me = await h.person(c, 'officer');
    const client = cid();
    const ids = [1, 2, 3, 4, 5].map(() => uid('item'));
    await rawPush(h, me, client, ids.map((id, i) => itemCreate(i + 1, id, c, `Item ${i}`)));
    const seen: SyncRow[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let page;
    do {
      page = await rawPull(h, me, client, cursor, 3);
      seen.push(...page.changes);
      cursor = page.cursor;
      pages++;
      expect(page.lastSeq).toBe(5);
    } while (page.more);
    expect(pages).toBeGreaterThanOrEqual(3); // committee + member + 5 items, 3 a page
    const versions = seen.map((r) => r.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(seen.filter((r) => r.type === 'item').map((r) => r.id)).toEqual(ids);

    const empty = await rawPull(h, me, client, cursor);
    expect(empty).toMatchObject({ changes: [], more: false, reset: false, cursor });

    const itemVersion = seen.find((r) => r.id === ids[0])!.version;
    await rawPush(h, me, client, [del(6, ids[0]!, itemVersion)]);
    const after = await rawPull(h, me, client, cursor);
    expect(after.changes).toHaveLength(1);
    expect(after.changes[0]).toMatchObject({ id: ids[0], deleted: true, fields: { title: 'Item 0' } });
    expect(after.lastSeq).toBe(6);
  });

  it('keeps concurrent edits of different fields', async () => {
    const id = uid('item');
    const res = await rawPush(h, officer, cid(), [itemCreate(1, id, committee)]);
    const base = res.results[0]!.version!;
    await rawPush(h, officer, cid(), [patch(1, id, base, { title: 'Modern Slavery' })]);
    const second = await rawPush(h, chair, cid(), [patch(1, id, base, { meetingDate: '2018-01-15' })]);
    expect(second.results[0]!.conflicts).toBeUndefined();
    expect((await itemRow(id))?.fields).toMatchObject({ title: 'Modern Slavery', meetingDate: '2018-01-15' });
    expect(await notices(id)).toEqual([]);
  });

  it('orders concurrent edits of one field by arrival and tells both sides', async () => {
    const id = uid('item');
    const base = (await rawPush(h, officer, cid(), [itemCreate(1, id, committee)])).results[0]!.version!;
    const officerClient = cid();
    await rawPush(h, officer, officerClient, [patch(1, id, base, { outcome: 'Noted; report in six months' })]);
    const chairClient = cid();
    const later = await rawPush(h, chair, chairClient, [patch(1, id, base, { outcome: 'Deferred to March' })]);
    expect(later.results[0]).toMatchObject({ status: 'applied', conflicts: 1 });
    expect((await itemRow(id))?.fields['outcome']).toBe('Deferred to March');
    const [notice] = await notices(id);
    expect(notice?.fields).toMatchObject({
      kind: 'overwritten',
      entityType: 'item',
      field: 'outcome',
      keptValue: 'Deferred to March',
      lostValue: 'Noted; report in six months',
      keptBy: chair.personId,
      keptClientId: chairClient,
      lostBy: officer.personId,
      lostClientId: officerClient,
      resolved: false,
    });
    // The overwritten value is in the item's history.
    const history = (await h.inject({ method: 'GET', url: `/history/item/${id}`, token: chair.token })).json();
    expect(history.entries.at(-1)).toMatchObject({
      op: 'patch',
      personId: chair.personId,
      personName: 'John Francis',
      before: { outcome: 'Noted; report in six months' },
      after: { outcome: 'Deferred to March' },
    });
  });

  it('raises no notice for a client overwriting its own earlier write, or for an equal value', async () => {
    const id = uid('item');
    const client = cid();
    const base = (await rawPush(h, officer, client, [itemCreate(1, id, committee)])).results[0]!.version!;
    await rawPush(h, officer, client, [patch(2, id, base, { title: 'One' }), patch(3, id, base, { title: 'Two' })]);
    const same = await rawPush(h, chair, cid(), [patch(1, id, base, { title: 'Two' })]);
    expect(same.results[0]!.conflicts).toBeUndefined();
    expect(await notices(id)).toEqual([]);
  });

  it('brings back an item deleted on one device and edited on another, telling the deleter', async () => {
    const id = uid('item');
    const base = (await rawPush(h, officer, cid(), [itemCreate(1, id, committee, 'Youth Offending Service')])).results[0]!.version!;
    const deleter = cid();
    await rawPush(h, officer, deleter, [del(1, id, base)]);
    expect((await itemRow(id))?.deleted).toBe(true);
    await rawPush(h, chair, cid(), [patch(1, id, base, { details: 'Consideration of the YOS Review' })]);
    const row = await itemRow(id);
    expect(row).toMatchObject({ deleted: false, fields: { title: 'Youth Offending Service', details: 'Consideration of the YOS Review' } });
    const [notice] = await notices(id);
    expect(notice?.fields).toMatchObject({ kind: 'edited_after_delete', lostBy: officer.personId, lostClientId: deleter, keptBy: chair.personId });
  });

  it('keeps an edit the deleter had not seen in the tombstone, tells the editor, and restores it', async () => {
    const id = uid('item');
    const base = (await rawPush(h, officer, cid(), [itemCreate(1, id, committee)])).results[0]!.version!;
    const editor = cid();
    await rawPush(h, chair, editor, [patch(1, id, base, { details: 'Chair’s notes', status: 'deferred' })]);
    await rawPush(h, officer, cid(), [del(1, id, base)]);
    const row = await itemRow(id);
    expect(row).toMatchObject({ deleted: true, fields: { details: 'Chair’s notes', status: 'deferred' } });
    const [notice] = await notices(id);
    expect(notice?.fields).toMatchObject({
      kind: 'deleted_while_editing',
      lostBy: chair.personId,
      lostClientId: editor,
      lostValue: { details: 'Chair’s notes', status: 'deferred' },
    });
    await rawPush(h, chair, editor, [{ seq: 2, op: 'restore', type: 'item', id, baseVersion: row!.version }]);
    expect(await itemRow(id)).toMatchObject({ deleted: false, fields: { details: 'Chair’s notes' } });
  });

  it('refuses a client id that belongs to someone else', async () => {
    const client = cid();
    await rawPush(h, officer, client, []);
    const push = await postJson(h, '/sync/push', chair.token, { clientId: client, mutations: [] });
    expect(push.status).toBe(403);
    const pull = await postJson(h, '/sync/pull', chair.token, { clientId: client, cursor: null });
    expect(pull.status).toBe(403);
  });

  it('starts again from zero when the cursor is unreadable, from the future, or the committees change', async () => {
    const c1 = await h.committee();
    const c2 = await h.committee();
    const me = await h.person(c1, 'member');
    const client = cid();
    const first = await rawPull(h, me, client, null);
    expect(first.reset).toBe(true);
    expect(new Set(first.changes.map((r) => r.committeeId))).toEqual(new Set([c1]));
    expect((await rawPull(h, me, client, first.cursor)).reset).toBe(false);
    expect((await rawPull(h, me, client, 'nonsense')).reset).toBe(true);
    const [, scope] = first.cursor.split('.');
    expect((await rawPull(h, me, client, `999999999999.${scope}`)).reset).toBe(true);

    await setMembership(h.db, me.personId, c2, 'member');
    const joined = await rawPull(h, me, client, first.cursor);
    expect(joined.reset).toBe(true);
    expect(new Set(joined.changes.map((r) => r.committeeId))).toEqual(new Set([c1, c2]));

    expect(await removeMembership(h.db, me.personId, c2)).toBe(true);
    const left = await rawPull(h, me, client, joined.cursor);
    expect(left.reset).toBe(true);
    expect(new Set(left.changes.map((r) => r.committeeId))).toEqual(new Set([c1]));
  });

  it('keeps everything across a restart', async () => {
    const client = cid();
    const id = uid('item');
    await rawPush(h, officer, client, [itemCreate(1, id, committee, 'Survives restart')]);
    await h.restart();
    expect((await itemRow(id))?.fields['title']).toBe('Survives restart');
    const again = await rawPush(h, officer, client, [itemCreate(1, id, committee, 'Survives restart')]);
    expect(again.results[0]!.duplicate).toBe(true);
  });

  it('rolls back a push that crashes part-way, so the retry applies it exactly once', async () => {
    const client = cid();
    const ids = [uid('item'), uid('item'), uid('item')];
    const batch = ids.map((id, i) => itemCreate(i + 1, id, committee, `Crash ${i}`));
    h.hooks.afterMutation = (seq) => {
      if (seq === 2) throw new Error('simulated crash');
    };
    try {
      const crashed = await postJson(h, '/sync/push', officer.token, { clientId: client, mutations: batch });
      expect(crashed.status).toBe(500);
      expect(crashed.body).toMatchObject({ error: 'internal' });
    } finally {
      delete h.hooks.afterMutation;
    }
    await h.restart();
    const state = await fullState(h, officer);
    expect(state.filter((r) => ids.includes(r.id))).toEqual([]);
    const retry = await rawPush(h, officer, client, batch);
    expect(retry.lastSeq).toBe(3);
    expect(retry.results.every((r) => r.status === 'applied' && !r.duplicate)).toBe(true);
    const audit = await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit WHERE client_id = $1`,
      [client],
    );
    expect(audit[0]!.n).toBe(3);
  });
});
