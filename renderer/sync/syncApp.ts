// The app's one sync service, wired to the real things: the Dexie store, fetch, the
// browser's online/offline events, the platform's secret storage and a cross-window lock;
// plus connecting this device with an invitation code and disconnecting it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import { createHttpTransport, type AuditEntry, type EntityType, type FetchLike, type MutationResult } from '../../shared/sync';
import { useConfirm } from '../common/confirm';
import { useNotices } from '../common/notices';
import { db } from '../db/database';
import { platform } from '../platform';
import { DexieSyncStore } from './dexieSyncStore';
import {
  ConnectError,
  connectionSchema,
  exchangeCode,
  fetchHistory,
  normaliseServerAddress,
  revokeDevice,
  type Connection,
} from './connection';
import { createSyncService, type SyncStatus } from './syncService';

const CONNECTION_KEY = 'sync.connection';
const TOKEN = 'sync-token';
const REQUEST_TIMEOUT_MS = 20_000;

export const syncStore = new DexieSyncStore(db);

/** fetch with a timeout, so a request into a dead network fails rather than hangs. */
const appFetch =
  (timeoutMs = REQUEST_TIMEOUT_MS): FetchLike =>
  (url, init) =>
    fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });

// One window of the app per device syncs (two would each number their changes from the same
// outbox). The others wait for the lock and show that another window is syncing.
let lockHeld: Promise<void> | null = null;
function acquireSyncLock(): Promise<void> {
  lockHeld ??= new Promise<void>((acquired) => {
    void navigator.locks.request('scrutineer-sync', () => {
      acquired();
      return new Promise<void>(() => {
        // Held for the life of this window.
      });
    });
  });
  return lockHeld;
}

function describeRejections(rejected: MutationResult[]): string {
  const first = rejected[0]!;
  const reason = first.message ?? first.code ?? 'refused';
  return rejected.length === 1
    ? `The server did not accept a change you made here: ${reason}`
    : `The server did not accept ${rejected.length} changes you made here (${reason}).`;
}

export const syncService = createSyncService({
  store: syncStore,
  makeTransport: (connection, token) => createHttpTransport({ baseUrl: connection.baseUrl, token, fetch: appFetch() }),
  newId: () => crypto.randomUUID(),
  isOnline: () => navigator.onLine,
  onNetworkChange: (listener) => {
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
  ...('locks' in navigator ? { acquireLock: acquireSyncLock } : {}),
  onRejected: (rejected) => useNotices.getState().add('error', describeRejections(rejected)),
});

// Coming back to the window after a while: catch up at once rather than at the next beat.
document.addEventListener('visibilitychange', () => {
  const { phase, lastSyncedAt } = syncService.status.getState();
  if (document.visibilityState === 'visible' && phase === 'synced' && Date.now() - (lastSyncedAt ?? 0) > 5_000) {
    void syncService.syncNow();
  }
});

export function useSyncStatus<T>(selector: (status: SyncStatus) => T): T {
  return useStore(syncService.status, selector);
}

export async function loadConnection(): Promise<Connection | null> {
  const row = await db.settings.get(CONNECTION_KEY);
  const parsed = connectionSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** This device's pairing, live (undefined while loading, null when not connected). */
export function useConnection(): Connection | null | undefined {
  return useLiveQuery(loadConnection, []);
}

let resumed = false;
/** At start-up: sync again with the saved connection, if there is one. */
export async function resumeSync(): Promise<void> {
  if (resumed) return;
  resumed = true;
  const connection = await loadConnection();
  if (!connection) return;
  const token = await platform.getSecret(TOKEN);
  if (!token) {
    syncService.status.setState({ phase: 'revoked', error: 'No device token on this device' });
    return;
  }
  await syncService.start(connection, token);
}

export interface ConnectRequest {
  address: string;
  code: string;
  deviceName: string;
}

/** Pairs this device with the server and starts syncing; throws ConnectError with a sentence for the user. */
export async function connect(request: ConnectRequest): Promise<Connection> {
  const baseUrl = normaliseServerAddress(request.address);
  const paired = await exchangeCode(appFetch(), baseUrl, request.code, request.deviceName);
  // The local copy belongs to one person; someone else's pending changes must not go under this token.
  const meta = await syncStore.getMeta();
  if (meta?.personId && meta.personId !== paired.person.id) {
    const pending = (await syncStore.listOutbox()).length;
    if (pending > 0) {
      const replace = await useConfirm.getState().ask({
        title: 'Replace the work programme on this device?',
        message: `This device holds ${pending} change${pending === 1 ? '' : 's'} by someone else that never reached the server. Connecting as ${paired.person.name} discards them.`,
        yes: 'Discard and connect',
        no: 'Cancel',
      });
      if (!replace) {
        await revokeDevice(appFetch(5_000), baseUrl, paired.token, paired.device.id).catch(() => undefined);
        throw new ConnectError('Not connected: the changes on this device are kept.');
      }
    }
    await syncStore.clearAll();
    await db.workItemLinks.clear();
  }
  try {
    await platform.setSecret(TOKEN, paired.token);
  } catch (error) {
    throw new ConnectError(error instanceof Error ? error.message : String(error));
  }
  const connection: Connection = {
    baseUrl,
    person: paired.person,
    device: paired.device,
    memberships: paired.memberships,
    connectedAt: Date.now(),
  };
  await db.settings.put({ key: CONNECTION_KEY, value: connection });
  resumed = true;
  await syncService.start(connection, paired.token);
  return connection;
}

/**
 * Disconnects this device: sends what it can first, asks before discarding changes the
 * server never received, revokes the token (if the server can be reached) and forgets the
 * synced work programme here. Returns false when the user changed their mind.
 */
export async function disconnect(): Promise<boolean> {
  const connection = await loadConnection();
  const token = await platform.getSecret(TOKEN);
  if (syncService.engine && navigator.onLine) await syncService.syncNow();
  const pending = (await syncStore.listOutbox()).length;
  if (pending > 0) {
    const sure = await useConfirm.getState().ask({
      title: 'Disconnect with changes not sent?',
      message: `${pending} change${pending === 1 ? '' : 's'} made on this device ${pending === 1 ? 'has' : 'have'} not reached the server and will be lost.`,
      yes: 'Disconnect and discard',
      no: 'Stay connected',
    });
    if (!sure) return false;
  }
  if (connection && token) {
    await revokeDevice(appFetch(5_000), connection.baseUrl, token, connection.device.id).catch(() => undefined);
  }
  syncService.stop();
  await platform.deleteSecret(TOKEN);
  await db.settings.delete(CONNECTION_KEY);
  await syncStore.clearAll();
  await db.workItemLinks.clear();
  return true;
}

/** The server's audit history of one entity; needs the network. */
export async function loadHistory(type: EntityType, id: string): Promise<AuditEntry[]> {
  const connection = syncService.connection;
  const token = connection && (await platform.getSecret(TOKEN));
  if (!connection || !token) throw new Error('Not connected to a server.');
  return fetchHistory(appFetch(), connection.baseUrl, token, type, id);
}
