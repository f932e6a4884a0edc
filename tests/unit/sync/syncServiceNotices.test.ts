// What the sync service tells the user when a change can never be sent (it is set aside,
// the rest syncs, and the status carries it for the notice) and when the server says the
// device token has expired (ask to connect again, stop retrying).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncHttpError, type SetAsideChange } from '../../../shared/sync';
import { MemoryStore } from '../../../shared/sync/memory-store';
import type { Connection } from '../../../renderer/sync/connection';
import { describeSetAsideChange, describeSetAsideReason, setAsideSummary } from '../../../renderer/sync/setAsideText';
import { createSyncService, describeStatus } from '../../../renderer/sync/syncService';
import { FakeServer } from './fakeServer';

const connection: Connection = {
  baseUrl: 'http://127.0.0.1:8787',
  person: { id: 'person-1', name: 'John Francis' },
  device: { id: 'd1', name: 'Laptop' },
  memberships: [{ committeeId: 'c1', committeeName: 'Safe and Strong Communities', role: 'chair' }],
  connectedAt: 0,
};

function setup() {
  const server = new FakeServer();
  const transport = server.transport();
  const store = new MemoryStore();
  const noticed: SetAsideChange[][] = [];
  let n = 0;
  const service = createSyncService({
    store,
    makeTransport: () => transport,
    newId: () => `id-${++n}`,
    isOnline: () => true,
    onNetworkChange: () => () => undefined,
    onSetAside: (changes) => noticed.push(changes),
    random: () => 0,
  });
  return { server, transport, store, service, noticed, text: () => describeStatus(service.status.getState()) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2017-09-26T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('sync notices', () => {
  it('sets aside a queued change with a NUL, syncs the others and shows a notice', async () => {
    const { server, store, service, noticed, text } = setup();
    // An outbox as an older app left it: a good change, one with a NUL, another good one.
    await store.setMeta({ clientId: 'c_device0001', personId: 'person-1', cursor: null, nextSeq: 4 });
    await store.addToOutbox({ seq: 1, op: 'create', type: 'item', id: 'a', committeeId: 'c1', fields: { title: 'Parks', kind: 'visit' } });
    await store.addToOutbox({ seq: 2, op: 'create', type: 'item', id: 'b', committeeId: 'c1', fields: { title: 'Pot\u0000holes', kind: 'visit' } });
    await store.addToOutbox({ seq: 3, op: 'create', type: 'item', id: 'c', committeeId: 'c1', fields: { title: 'Libraries', kind: 'visit' } });

    await service.start(connection, 'sct_token');

    expect([...server.rows.keys()].sort()).toEqual(['item/a', 'item/c']);
    expect(text()).toBe('Synced');
    const { setAside } = service.status.getState();
    expect(setAside).toHaveLength(1);
    expect(noticed).toHaveLength(1);
    expect(setAsideSummary(setAside)).toBe('1 change could not be sent and was set aside; your other changes still sync.');
    expect(describeSetAsideChange(setAside[0]!)).toBe('New item “Potholes”');
    expect(describeSetAsideReason(setAside[0]!)).toMatch(/^title: Contains a character that cannot be stored/);

    // Acting on the notice: send it again cleaned.
    await service.resendSetAside(0);
    await service.syncNow();
    expect(service.status.getState().setAside).toEqual([]);
    expect(server.rows.get('item/b')?.fields['title']).toBe('Potholes');
  });

  it('lets the user discard a set-aside change', async () => {
    const { store, service } = setup();
    await store.setMeta({ clientId: 'c_device0002', personId: 'person-1', cursor: null, nextSeq: 2 });
    await store.addToOutbox({ seq: 1, op: 'create', type: 'item', id: 'b', committeeId: 'c1', fields: { title: '\uDC00', kind: 'visit' } });
    await service.start(connection, 'sct_token');
    expect(service.status.getState().setAside).toHaveLength(1);
    await service.discardSetAside(0);
    expect(service.status.getState().setAside).toEqual([]);
    expect(await store.getMeta()).toMatchObject({ setAside: [] });
  });

  it('asks to connect again when the token has expired, and stops retrying', async () => {
    const { transport, service, text } = setup();
    transport.failWith = new SyncHttpError(401, {
      error: 'unauthorized',
      message: 'This device has not been used for over 90 days; connect it again with a new invitation code',
    });
    await service.start(connection, 'sct_token');
    expect(service.status.getState().phase).toBe('revoked');
    expect(text()).toMatch(/^This device is no longer connected to the server: connect again in Settings/);
    const calls = vi.spyOn(transport, 'pull');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).not.toHaveBeenCalled();
  });
});
