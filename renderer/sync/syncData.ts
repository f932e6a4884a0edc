// The synced work programme as the screens read it: the app's one sync store on IndexedDB
// and live typed queries over it (a committee's rows, committees and memberships, changes
// waiting, this device's client id). Rows come out checked against the entity model
// (shared/sync/rows.ts); those that do not fit are handed on as `unreadable`, to be reported.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { keyOf, type AnySyncRow, type Mutation, type Readings, type RowKey, type Unreadable } from '../../shared/sync';
import { inTransaction, type TableName } from '../db/transaction';
import { appSyncStore } from './dexieSyncStore';

export const syncStore = appSyncStore;

const NOTHING: Readings<never> = { values: [], unreadable: [] };

/** One committee's rows, live; undefined while loading. */
export function useCommitteeRows(committeeId: string | null): Readings<AnySyncRow> | undefined {
  return useLiveQuery(() => (committeeId ? syncStore.readCommittee(committeeId) : NOTHING), [committeeId]);
}

/** Every committee and membership row on this device, live. */
export function useMembershipRows(): Readings<AnySyncRow> | undefined {
  return useLiveQuery(() => syncStore.readTypes(['committee', 'member']), []);
}

export interface PendingChanges {
  /** keyOf() of every entity with a change waiting, readable or not. */
  keys: Set<string>;
  /** Waiting changes that do not fit the model: still in the outbox, still counted. */
  unreadable: Unreadable[];
}

/** Which entities have changes waiting to be sent, live. */
export function usePendingChanges(): PendingChanges {
  const outbox = useLiveQuery(() => syncStore.readOutbox(), []);
  return useMemo(() => {
    const { values, unreadable } = outbox ?? NOTHING;
    const keys = new Set(values.map(keyOf));
    for (const entry of unreadable) if (entry.type && entry.id) keys.add(keyOf(entry));
    return { keys, unreadable };
  }, [outbox]);
}

/** One entity's changes waiting to be sent, oldest first, live. */
export function usePendingChangesOf(entity: RowKey): Readings<Mutation> | undefined {
  const { type, id } = entity;
  return useLiveQuery(() => syncStore.readOutbox({ type, id }), [type, id]);
}

/** This device's sync client id (to tell this device's changes from the same person's others). */
export function useClientId(): string | null {
  return useLiveQuery(() => syncStore.getMeta().then((meta) => meta?.clientId ?? null), []) ?? null;
}

interface Forgetter {
  tables: TableName[];
  forget(): Promise<void>;
}

const SYNC_TABLES: TableName[] = ['syncMeta', 'syncServerRows', 'syncRows', 'syncOutbox'];
const forgetters: Forgetter[] = [];

/** Registers data kept beside the synced programme that must go when it does (an item's library links), with the tables it clears. */
export function onForgetSyncedData(tables: TableName[], forget: () => Promise<void>): void {
  forgetters.push({ tables, forget });
}

/** More to undo in the same transaction (disconnecting also forgets the connection). */
export interface AlsoForget {
  tables: TableName[];
  run(): Promise<void>;
}

/**
 * Forgets everything synced, and what was kept beside it (disconnecting, or another person),
 * in one transaction: a failure part way leaves all of it as it was, never half a work programme.
 */
export function forgetSyncedData(also?: AlsoForget): Promise<void> {
  const tables = [...new Set([...SYNC_TABLES, ...forgetters.flatMap((f) => f.tables), ...(also?.tables ?? [])])];
  return inTransaction(tables, async () => {
    await syncStore.clearAll();
    for (const { forget } of forgetters) await forget();
    await also?.run();
  });
}
