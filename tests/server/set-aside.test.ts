// A device whose outbox holds a change that can never be accepted still syncs the rest:
// the change is set aside with what is wrong (for the app's notice), the ones after it
// reach the server, and the user can send it again cleaned or discard it. Both ways a change
// can be refused are covered: by the shared rules before sending (queued by an older app),
// and by the server's 400 naming it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../shared/sync/memory-store';
import type { PushRequest } from '../../shared/sync/protocol';
import type { SyncTransport } from '../../shared/sync/transport';
import { BACKENDS } from './helpers/backends';
import { engineClient, fullState, httpTransport } from './helpers/clients';
import { startHarness, type Device, type Harness } from './helpers/harness';

const titles = async (h: Harness, d: Device) =>
  (await fullState(h, d)).filter((r) => r.type === 'item' && !r.deleted).map((r) => r.fields['title']).sort();

describe.each(BACKENDS)('setting aside changes that can never be accepted on %s', (backend) => {
  let h: Harness;
  let committee: string;
  let officer: Device;

  beforeAll(async () => {
    h = await startHarness(backend);
    committee = await h.committee();
    officer = await h.person(committee, 'officer');
  });
  afterAll(() => h.close());

  it('sets aside a queued change with a NUL and still syncs the changes before and after it', async () => {
    const device = await h.device(officer.personId);
    const store = new MemoryStore();
    const client = await engineClient(h, device, undefined, { store });
    await client.engine.create('item', committee, { title: 'Before', kind: 'visit' });
    // Queued by an app from before the rule: straight into the outbox, as a stored change would be.
    const meta = (await store.getMeta())!;
    const badId = randomUUID();
    await store.addToOutbox({ seq: meta.nextSeq, op: 'create', type: 'item', id: badId, committeeId: committee, fields: { title: 'Bro\u0000ken', kind: 'visit' } });
    await store.setMeta({ ...meta, nextSeq: meta.nextSeq + 1 });
    // Reopen, as the app does at start, so the engine reads the stored meta.
    const reopened = await engineClient(h, device, undefined, { store });
    await reopened.engine.create('item', committee, { title: 'After', kind: 'visit' });

    const { push } = await reopened.engine.sync();
    expect(push.setAside).toHaveLength(1);
    expect(push.setAside[0]!.issues).toContainEqual(expect.objectContaining({ path: 'fields.title' }));
    expect(await reopened.engine.pendingCount()).toBe(0);
    expect(await titles(h, officer)).toEqual(['After', 'Before']);

    // Later changes keep flowing (the renumbered outbox left no gap on the server).
    await reopened.engine.create('item', committee, { title: 'Later', kind: 'visit' });
    await reopened.engine.sync();
    expect(await titles(h, officer)).toEqual(['After', 'Before', 'Later']);

    // The user sends it again without the character.
    expect(reopened.engine.setAsideChanges()).toHaveLength(1);
    await reopened.engine.resendSetAside(0);
    await reopened.engine.sync();
    expect(reopened.engine.setAsideChanges()).toHaveLength(0);
    expect(await titles(h, officer)).toEqual(['After', 'Before', 'Broken', 'Later']);
  });

  it('sets aside a change the server refuses with a 400 and sends the rest', async () => {
    const device = await h.device(officer.personId);
    // The server's rules are stricter than this app's (a newer server): simulated by a
    // transport that corrupts one title on the way, so the server names that mutation.
    const inner = httpTransport(h, device);
    const stricter: SyncTransport = {
      push: (request: PushRequest) =>
        inner.push({
          ...request,
          mutations: request.mutations.map((m) =>
            m.op === 'create' && m.fields['title'] === 'Refused by the server' ? { ...m, fields: { ...m.fields, title: 'Refused\uD800' } } : m,
          ),
        }),
      pull: (request) => inner.pull(request),
    };
    const client = await engineClient(h, device, stricter);
    await client.engine.create('item', committee, { title: 'First of three', kind: 'visit' });
    await client.engine.create('item', committee, { title: 'Refused by the server', kind: 'visit' });
    await client.engine.create('item', committee, { title: 'Third of three', kind: 'visit' });

    const { push } = await client.engine.sync();
    expect(push.setAside.map((a) => a.mutation.op === 'create' && a.mutation.fields['title'])).toEqual(['Refused by the server']);
    expect(push.setAside[0]!.issues[0]!.path).toBe('fields.title');
    expect(await client.engine.pendingCount()).toBe(0);
    const state = await titles(h, officer);
    expect(state).toEqual(expect.arrayContaining(['First of three', 'Third of three']));
    expect(state).not.toContain('Refused by the server');

    await client.engine.discardSetAside(0);
    expect(client.engine.setAsideChanges()).toEqual([]);
  });

  it('refuses such text before queueing', async () => {
    const client = await engineClient(h, await h.device(officer.personId), undefined, { store: new MemoryStore() });
    await expect(client.engine.create('item', committee, { title: 'Nul\u0000', kind: 'visit' })).rejects.toThrow(/title: Contains a character that cannot be stored/);
    expect(await client.engine.pendingCount()).toBe(0);
  });
});
