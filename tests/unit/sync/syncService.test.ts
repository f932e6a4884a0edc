// The sync service's timing and status with fake timers, a fake network and an in-memory
// server: when it syncs, how it backs off, what the status element says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncHttpError } from '../../../shared/sync';
import { MemoryStore } from '../../../shared/sync/memory-store';
import type { Connection } from '../../../renderer/sync/connection';
import {
  backoffDelay,
  createSyncService,
  describeStatus,
  isNetworkFailure,
  NotSyncingHereError,
  type SyncServiceOptions,
} from '../../../renderer/sync/syncService';
import { FakeServer } from './fakeServer';

const connection: Connection = {
  baseUrl: 'http://127.0.0.1:8787',
  person: { id: 'person-1', name: 'John Francis' },
  device: { id: 'd1', name: 'Laptop' },
  memberships: [{ committeeId: 'c1', committeeName: 'Safe and Strong Communities', role: 'chair' }],
  connectedAt: 0,
};

function setup(overrides: Partial<SyncServiceOptions> = {}) {
  const server = new FakeServer();
  server.put({ type: 'item', id: 'x', committeeId: 'c1', fields: { title: 'Domestic Abuse', kind: 'committee_item', details: '', outcome: '' } });
  const transport = server.transport();
  const network = { online: true, listeners: new Set<(online: boolean) => void>() };
  const setNetwork = (online: boolean) => {
    network.online = online;
    for (const l of network.listeners) l(online);
  };
  const rejected: unknown[] = [];
  let n = 0;
  const service = createSyncService({
    store: new MemoryStore(),
    makeTransport: () => transport,
    newId: () => `id-${++n}`,
    isOnline: () => network.online,
    onNetworkChange: (listener) => {
      network.listeners.add(listener);
      return () => network.listeners.delete(listener);
    },
    onRejected: (r) => rejected.push(...r),
    random: () => 0,
    ...overrides,
  });
  const text = () => describeStatus(service.status.getState());
  return { server, transport, service, setNetwork, network, rejected, text };
}

/** Lets the engine's promise chains settle without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2017-09-26T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sync service', () => {
  it('says it is not connected before it starts', () => {
    expect(setup().text()).toBe('Not connected to a server');
  });

  it('syncs at start and then says Synced', async () => {
    const { service, server, text } = setup();
    await service.start(connection, 'sct_token');
    expect(server.pulls).toBe(1);
    expect(text()).toBe('Synced');
    expect(service.status.getState().lastSyncedAt).toBe(Date.now());
  });

  it('sends a burst of local changes once, a moment after the last', async () => {
    const { service, server, text } = setup();
    await service.start(connection, 'sct_token');
    await service.mutate((e) => e.patch('item', 'x', { details: 'D' }));
    await vi.advanceTimersByTimeAsync(500);
    await service.mutate((e) => e.patch('item', 'x', { details: 'De' }));
    await service.mutate((e) => e.patch('item', 'x', { outcome: 'O' }));
    expect(text()).toBe('3 changes waiting to sync');
    expect(server.pushes).toBe(0);
    await vi.advanceTimersByTimeAsync(800);
    expect(server.pushes).toBe(1);
    expect(server.rows.get('item/x')!.fields).toMatchObject({ details: 'De', outcome: 'O' });
    expect(text()).toBe('Synced');
  });

  it('pulls every 30 seconds while idle, without announcing each routine pull', async () => {
    const { service, server } = setup();
    await service.start(connection, 'sct_token');
    const phases: string[] = [];
    service.status.subscribe((s) => phases.push(s.phase));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(server.pulls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.pulls).toBe(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.pulls).toBe(4);
    expect(new Set(phases)).toEqual(new Set(['synced']));
    await service.syncNow();
    expect(phases).toContain('syncing');
  });

  it('works offline without touching the network, counts what waits, and syncs when the network returns', async () => {
    const { service, server, text, setNetwork } = setup();
    await service.start(connection, 'sct_token');
    setNetwork(false);
    await settle();
    expect(text()).toBe('Offline · no changes waiting');
    await service.mutate((e) => e.patch('item', 'x', { details: 'Written on the train' }));
    await service.mutate((e) => e.create('suggestion', 'c1', { title: 'Knife crime', reason: '' }));
    expect(text()).toBe('Offline · 2 changes waiting');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.pushes).toBe(0);
    expect(text()).toBe('Offline · 2 changes waiting');
    setNetwork(true);
    await settle();
    expect(server.pushes).toBe(1);
    expect(text()).toBe('Synced');
    expect(server.rows.get('item/x')!.fields['details']).toBe('Written on the train');
  });

  it('treats an unreachable server as offline and retries with growing, jittered delays', async () => {
    const { service, transport, server, text } = setup({ random: () => 0 });
    transport.online = false; // navigator says online, but fetch fails
    const attempts: number[] = [];
    const pull = transport.pull.bind(transport);
    transport.pull = async (r) => {
      attempts.push(Date.now());
      return pull(r);
    };
    const push = transport.push.bind(transport);
    transport.push = async (r) => {
      attempts.push(Date.now());
      return push(r);
    };
    const started = Date.now();
    await service.start(connection, 'sct_token');
    expect(text()).toBe('Offline: cannot reach the server · no changes waiting');
    await vi.advanceTimersByTimeAsync(16_000);
    // Base 2 s, doubling, half of it fixed (random() is 0 here): 1, 2, 4, 8 s apart.
    expect(attempts.map((t) => t - started)).toEqual([0, 1000, 3000, 7000, 15_000]);
    expect(service.status.getState().retryAt).toBe(started + 15_000 + 16_000);
    transport.online = true;
    await vi.advanceTimersByTimeAsync(16_000);
    expect(text()).toBe('Synced');
    expect(server.pulls).toBe(1);
  });

  it('shows the server’s error, keeps the changes, and recovers', async () => {
    const { service, transport, text } = setup();
    await service.start(connection, 'sct_token');
    transport.failWith = new SyncHttpError(503, { error: 'unavailable', message: 'The database is being upgraded' });
    await service.mutate((e) => e.patch('item', 'x', { outcome: 'Noted' }));
    await vi.advanceTimersByTimeAsync(800);
    expect(text()).toBe('Sync failed: The database is being upgraded · 1 change waiting');
    expect(service.status.getState().phase).toBe('error');
    transport.failWith = null;
    await vi.advanceTimersByTimeAsync(1000);
    expect(text()).toBe('Synced');
  });

  it('stops retrying when the server no longer accepts the token', async () => {
    const { service, transport, text } = setup();
    transport.failWith = new SyncHttpError(401, { error: 'unauthorized', message: 'Device revoked' });
    await service.start(connection, 'sct_token');
    expect(text()).toMatch(/^This device is no longer connected to the server: connect again in Settings/);
    const calls = vi.spyOn(transport, 'pull');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).not.toHaveBeenCalled();
  });

  it('syncs at once when asked, even in the middle of a backoff', async () => {
    const { service, transport, server, text } = setup();
    transport.failWith = new SyncHttpError(500, { error: 'internal', message: 'Internal error' });
    await service.start(connection, 'sct_token');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(service.status.getState().phase).toBe('error');
    transport.failWith = null;
    const before = server.pulls;
    await service.syncNow();
    expect(server.pulls).toBe(before + 1);
    expect(text()).toBe('Synced');
  });

  it('reports changes the server refused', async () => {
    const { service, server, rejected } = setup();
    await service.start(connection, 'sct_token');
    server.rows.delete('item/x');
    await service.mutate((e) => e.patch('item', 'x', { title: 'Gone' }));
    await vi.advanceTimersByTimeAsync(800);
    expect(rejected).toEqual([expect.objectContaining({ code: 'not_found' })]);
  });

  it('goes quiet when stopped', async () => {
    const { service, server, text } = setup();
    await service.start(connection, 'sct_token');
    service.stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(server.pulls).toBe(1);
    expect(text()).toBe('Not connected to a server');
    await expect(service.mutate((e) => e.patch('item', 'x', { title: 'x' }))).rejects.toThrow(NotSyncingHereError);
  });

  it('waits while another window holds the sync lock, and refuses edits meanwhile', async () => {
    let release = () => {};
    const lock = new Promise<void>((resolve) => (release = resolve));
    const { service, server, text } = setup({ acquireLock: () => lock });
    const starting = service.start(connection, 'sct_token');
    await settle();
    expect(text()).toBe('Syncing in another window of Scrutineer');
    await expect(service.mutate((e) => e.patch('item', 'x', { title: 'x' }))).rejects.toThrow(/another Scrutineer window/);
    expect(server.pulls).toBe(0);
    release();
    await starting;
    expect(text()).toBe('Synced');
  });
});

describe('backoffDelay', () => {
  it('doubles from the base up to the cap, with up to half of it random', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, 0))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, 1))).toEqual([2000, 4000, 8000, 16_000]);
    expect(backoffDelay(30, 1)).toBe(300_000);
    expect(backoffDelay(30, 0)).toBe(150_000);
  });
});

describe('isNetworkFailure', () => {
  it('knows fetch’s failures and timeouts from the server’s answers', () => {
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkFailure(new DOMException('signal timed out', 'TimeoutError'))).toBe(true);
    expect(isNetworkFailure(new SyncHttpError(500, null))).toBe(false);
    expect(isNetworkFailure(new Error('Invalid JSON'))).toBe(false);
  });
});
