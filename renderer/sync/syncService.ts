// Keeps the work programme in step with the scrutiny office's server: holds the sync engine
// and decides when it runs (at start, every 30 s, a moment after each local change, when the
// network comes back, and when asked), backs off with jitter after failures, and publishes
// its state (synced / syncing / offline with N waiting / the error) for the status element.
// Pure of the DOM and of the app's singletons: everything it touches is passed in, so the
// tests drive it with fake timers, a fake transport and a fake network.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SyncEngine, SyncHttpError, type MutationResult, type SetAsideChange, type SyncStore, type SyncTransport } from '../../shared/sync';
import type { Connection } from './connection';

export type SyncPhase =
  /** No server configured. */
  | 'disconnected'
  /** Another window of the app on this device is the one syncing. */
  | 'elsewhere'
  | 'syncing'
  /** The last sync succeeded. */
  | 'synced'
  /** No network (navigator.onLine is false, or the server could not be reached). */
  | 'offline'
  /** The server answered with an error; retrying with backoff. */
  | 'error'
  /** The server no longer accepts this device's token (401): connect again. */
  | 'revoked';

export interface SyncStatus {
  phase: SyncPhase;
  /** Local changes not yet acknowledged by the server. */
  pending: number;
  /** The last error's message: phase 'error' and 'revoked', and 'offline' when the network is up but the server cannot be reached. */
  error: string | null;
  /** ms since the epoch. */
  lastSyncedAt: number | null;
  /** When the next attempt after a failure is due (ms since the epoch). */
  retryAt: number | null;
  /** Changes that could never be accepted, taken out of the outbox for the user to resend cleaned or discard. */
  setAside: SetAsideChange[];
}

export interface SyncServiceOptions {
  store: SyncStore;
  makeTransport(connection: Connection, token: string): SyncTransport;
  newId(): string;
  isOnline(): boolean;
  /** Calls listener on the browser's 'online' and 'offline' events; returns the unsubscribe. */
  onNetworkChange(listener: (online: boolean) => void): () => void;
  /** Resolves once this window may sync (one window per device syncs; see navigator.locks). */
  acquireLock?(): Promise<void>;
  /** The server refused some changes: tell the user. */
  onRejected?(rejected: MutationResult[]): void;
  /** Changes were set aside as invalid (the rest synced): tell the user. */
  onSetAside?(setAside: SetAsideChange[]): void;
  random?: () => number;
  now?: () => number;
  /** Sync this often while all is well. */
  intervalMs?: number;
  /** Wait this long after a local change, so a burst of typing is one sync. */
  debounceMs?: number;
  /** First retry after a failure; doubles each time up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export const SYNC_INTERVAL_MS = 30_000;
export const SYNC_DEBOUNCE_MS = 800;
export const BACKOFF_MS = 2_000;
export const MAX_BACKOFF_MS = 5 * 60_000;

/** "Equal jitter": half the exponential delay, plus a random part of the other half. */
export function backoffDelay(attempt: number, random: number, baseMs = BACKOFF_MS, maxMs = MAX_BACKOFF_MS): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** fetch rejects with a TypeError when the network or the server cannot be reached; timeouts abort. */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError' || name === 'NetworkError';
}

const waiting = (n: number) => (n === 0 ? 'no changes waiting' : n === 1 ? '1 change waiting' : `${n} changes waiting`);

/** The words of the status element. */
export function describeStatus(status: SyncStatus): string {
  switch (status.phase) {
    case 'disconnected':
      return 'Not connected to a server';
    case 'elsewhere':
      return 'Syncing in another window of Scrutineer';
    case 'syncing':
      return 'Syncing…';
    case 'synced':
      // Never "Synced" while something is still waiting: that would be a promise not kept.
      return status.pending === 0 ? 'Synced' : `${waiting(status.pending)} to sync`;
    case 'offline':
      return status.error ? `Offline: cannot reach the server · ${waiting(status.pending)}` : `Offline · ${waiting(status.pending)}`;
    case 'error':
      return `Sync failed: ${status.error ?? 'unknown error'} · ${waiting(status.pending)}`;
    case 'revoked':
      return `This device is no longer connected to the server: connect again in Settings · ${waiting(status.pending)}`;
  }
}

export interface SyncService {
  readonly status: StoreApi<SyncStatus>;
  readonly engine: SyncEngine | null;
  readonly connection: Connection | null;
  /** Opens the engine on the store for this connection and starts syncing. */
  start(connection: Connection, token: string): Promise<void>;
  /** Stops syncing (timers, network events); the local data stays. */
  stop(): void;
  /** Syncs now (the "Sync now" button, or a test): resets the backoff. */
  syncNow(): Promise<void>;
  /** Runs a local change on the engine, then schedules a sync. */
  mutate<T>(change: (engine: SyncEngine) => Promise<T>): Promise<T>;
  /** Queues a set-aside change again with the characters that cannot be stored taken out. */
  resendSetAside(index: number): Promise<void>;
  /** Forgets a set-aside change. */
  discardSetAside(index: number): Promise<void>;
}

export class NotSyncingHereError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotSyncingHereError';
  }
}

const initialStatus: SyncStatus = { phase: 'disconnected', pending: 0, error: null, lastSyncedAt: null, retryAt: null, setAside: [] };

export function createSyncService(options: SyncServiceOptions): SyncService {
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? SYNC_INTERVAL_MS;
  const debounceMs = options.debounceMs ?? SYNC_DEBOUNCE_MS;
  const backoffMs = options.backoffMs ?? BACKOFF_MS;
  const maxBackoffMs = options.maxBackoffMs ?? MAX_BACKOFF_MS;
  const status = createStore<SyncStatus>()(() => initialStatus);
  const set = (patch: Partial<SyncStatus>) => status.setState(patch);

  let engine: SyncEngine | null = null;
  let connection: Connection | null = null;
  /** Bumped by start and stop: work begun under an older generation is ignored. */
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timerDue = Infinity;
  let failures = 0;
  let running: Promise<void> | null = null;
  let runAgain = false;
  /** "Sync now" was pressed: show "Syncing…" even for a routine pull. */
  let showProgress = false;
  let unsubscribe: (() => void) | null = null;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    timerDue = Infinity;
  };

  /** Runs a sync after delay, unless one is already due sooner (or `force`). */
  const schedule = (delay: number, force = false) => {
    const due = now() + delay;
    if (!force && timer !== null && timerDue <= due) return;
    clearTimer();
    timerDue = due;
    timer = setTimeout(() => {
      timer = null;
      timerDue = Infinity;
      // Sync failures are caught in once() and shown in the sync status.
      void run();
    }, delay);
  };

  const refreshPending = async () => {
    if (engine) set({ pending: await engine.pendingCount() });
  };

  async function once(gen: number): Promise<void> {
    const current = engine;
    if (!current || gen !== generation) return;
    clearTimer();
    if (!options.isOnline()) {
      await refreshPending();
      set({ phase: 'offline', error: null, retryAt: null });
      // The 'online' event brings us back; the timer is for browsers that never send it.
      schedule(intervalMs);
      return;
    }
    // A routine pull with nothing to send stays "Synced": the status (a live region) should
    // not announce "Syncing…" to a screen reader every 30 seconds.
    const { phase, pending } = status.getState();
    if (phase !== 'synced' || pending > 0 || showProgress) set({ phase: 'syncing' });
    showProgress = false;
    try {
      const { push } = await current.sync();
      if (gen !== generation) return;
      failures = 0;
      if (push.rejected.length > 0) options.onRejected?.(push.rejected);
      if (push.setAside.length > 0) options.onSetAside?.(push.setAside);
      const pending = await current.pendingCount();
      set({ phase: 'synced', pending, error: null, lastSyncedAt: now(), retryAt: null, setAside: current.setAsideChanges() });
      // Changes made while this sync was under way go soon; otherwise the regular beat.
      schedule(pending > 0 ? debounceMs : intervalMs);
    } catch (error) {
      if (gen !== generation) return;
      await refreshPending();
      if (error instanceof SyncHttpError && error.status === 401) {
        set({ phase: 'revoked', error: error.message, retryAt: null });
        return; // No point retrying with this token.
      }
      failures++;
      const delay = backoffDelay(failures, random(), backoffMs, maxBackoffMs);
      const message = error instanceof Error ? error.message : String(error);
      if (!options.isOnline()) set({ phase: 'offline', error: null, retryAt: now() + delay });
      // The network is up but the server cannot be reached: offline too, and say why.
      else if (isNetworkFailure(error)) set({ phase: 'offline', error: message, retryAt: now() + delay });
      else set({ phase: 'error', error: message, retryAt: now() + delay });
      schedule(delay, true);
    }
  }

  function run(): Promise<void> {
    if (running) {
      runAgain = true;
      return running;
    }
    const gen = generation;
    running = (async () => {
      try {
        do {
          runAgain = false;
          await once(gen);
        } while (runAgain && gen === generation);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  const onNetwork = (online: boolean) => {
    if (!engine) return;
    if (online) {
      failures = 0;
      // Sync failures are caught in once() and shown in the sync status.
      void run();
    } else {
      clearTimer();
      void refreshPending().then(() => set({ phase: 'offline', error: null, retryAt: null }));
      schedule(intervalMs);
    }
  };

  const service: SyncService = {
    status,
    get engine() {
      return engine;
    },
    get connection() {
      return connection;
    },

    async start(conn, token) {
      service.stop();
      const gen = generation;
      connection = conn;
      if (options.acquireLock) {
        set({ ...initialStatus, phase: 'elsewhere' });
        await options.acquireLock();
        if (gen !== generation) return;
      }
      const opened = await SyncEngine.open({
        store: options.store,
        transport: options.makeTransport(conn, token),
        newId: options.newId,
        personId: conn.person.id,
      });
      if (gen !== generation) return;
      engine = opened;
      failures = 0;
      set({ ...initialStatus, phase: 'syncing', pending: await opened.pendingCount(), setAside: opened.setAsideChanges() });
      unsubscribe = options.onNetworkChange(onNetwork);
      await run();
    },

    stop() {
      generation++;
      clearTimer();
      unsubscribe?.();
      unsubscribe = null;
      engine = null;
      connection = null;
      failures = 0;
      status.setState(initialStatus, true);
    },

    async syncNow() {
      if (!engine) return;
      failures = 0;
      showProgress = true;
      await run();
    },

    async resendSetAside(index) {
      await service.mutate((e) => e.resendSetAside(index));
      if (engine) set({ setAside: engine.setAsideChanges() });
    },

    async discardSetAside(index) {
      if (!engine) return;
      await engine.discardSetAside(index);
      set({ setAside: engine.setAsideChanges() });
    },

    async mutate(change) {
      if (!engine) {
        throw new NotSyncingHereError(
          status.getState().phase === 'elsewhere'
            ? 'The work programme is open in another Scrutineer window; make changes there.'
            : 'Connect to your scrutiny office’s server in Settings first.',
        );
      }
      const result = await change(engine);
      await refreshPending();
      const { phase } = status.getState();
      // After a failure the backoff decides; offline, the 'online' event does.
      if (phase === 'synced' || phase === 'syncing') schedule(debounceMs);
      return result;
    },
  };
  return service;
}
