// The app's one sync service, wired to the real things: the Dexie store, fetch, the
// browser's online/offline events, the platform's secret storage and a cross-window lock;
// plus connecting this device with an invitation code and disconnecting it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import { createHttpTransport, type AuditEntry, type EntityType, type FetchLike, type MutationResult } from '../../shared/sync';
import { useConfirm } from '../common/confirm';
import { useNotices } from '../common/notices';
import { deleteSetting, getSetting, setSetting } from '../db/settingsData';
import { platform } from '../platform';
import {
  ConnectError,
  connectionSchema,
  exchangeCode,
  fetchHistory,
  normaliseServerAddress,
  revokeDevice,
  type Connection,
} from './connection';
import { forgetSyncedData, syncStore } from './syncData';
import { setAsideSummary } from './setAsideText';
import { createSyncService, isNetworkFailure, type SyncStatus } from './syncService';

const CONNECTION_KEY = 'sync.connection';
const TOKEN = 'sync-token';
const REQUEST_TIMEOUT_MS = 20_000;

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
  onSetAside: (setAside) =>
    useNotices.getState().add('error', `${setAsideSummary(setAside)} See “Changes not sent” under the sync status to resend or discard.`),
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
  const parsed = connectionSchema.safeParse(await getSetting(CONNECTION_KEY));
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
    await forgetSyncedData();
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
  await setSetting(CONNECTION_KEY, connection);
  resumed = true;
  await syncService.start(connection, paired.token);
  return connection;
}

export type DisconnectResult =
  | { done: false }
  /** revokeError: the server could not be told to stop accepting this device, and why. */
  | { done: true; revokeError: string | null };

/**
 * Disconnects this device: sends what it can first, asks before discarding changes the
 * server never received, revokes the token (if the server can be reached) and forgets the
 * synced work programme here, in one transaction with the connection. The result says
 * whether the user went ahead, and why the revoke failed if it did.
 */
export async function disconnect(): Promise<DisconnectResult> {
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
    if (!sure) return { done: false };
  }
  let revokeError: string | null = null;
  if (connection && token) {
    revokeError = await revokeDevice(appFetch(5_000), connection.baseUrl, token, connection.device.id).then(
      () => null,
      (error: unknown) => (isNetworkFailure(error) ? 'it could not be reached' : error instanceof Error ? error.message : String(error)),
    );
  }
  syncService.stop();
  await forgetSyncedData({ tables: ['settings'], run: () => deleteSetting(CONNECTION_KEY) });
  // Not in the transaction: in Electron the token lives outside IndexedDB (safeStorage).
  await platform.deleteSecret(TOKEN);
  return { done: true, revokeError };
}

/** Words for a revoke that failed on disconnect: what it means and what to do. */
export function describeRevokeFailure(deviceName: string, reason: string): string {
  return `Disconnected, but the server could not be told to stop accepting this device (${reason}). Ask the scrutiny office to revoke the device “${deviceName}”; until then its token still works.`;
}

/** The server's audit history of one entity; needs the network. */
export async function loadHistory(type: EntityType, id: string): Promise<AuditEntry[]> {
  const connection = syncService.connection;
  const token = connection && (await platform.getSecret(TOKEN));
  if (!connection || !token) throw new Error('Not connected to a server.');
  return fetchHistory(appFetch(), connection.baseUrl, token, type, id);
}
