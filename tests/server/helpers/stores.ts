// The client stores the engine tests run on: the in-memory one and the app's Dexie store
// (on fake-indexeddb, a fresh database each time), so the app's store is held to the same
// behaviour against the real server.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { MemoryStore } from '../../../shared/sync/memory-store';
import type { SyncStore } from '../../../shared/sync/store';
import { ScrutineerDatabase } from '../../../renderer/db/database';
import { DexieSyncStore } from '../../../renderer/sync/dexieSyncStore';

export type StoreKind = 'memory' | 'dexie';
export const STORE_KINDS: StoreKind[] = ['memory', 'dexie'];

export function makeStore(kind: StoreKind): SyncStore {
  return kind === 'memory' ? new MemoryStore() : new DexieSyncStore(new ScrutineerDatabase(`engine-${randomUUID()}`));
}
