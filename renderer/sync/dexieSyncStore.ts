// The one owner of the sync tables (syncMeta, syncServerRows, syncRows, syncOutbox): the
// sync engine's SyncStore (shared/sync/store.ts) on the app's IndexedDB, and the typed reads
// the screens make of the same tables. The engine runs each of its writes inside
// `transaction`, one read-write Dexie transaction over the four tables, so a crash mid-pull
// or mid-edit leaves the store as it was before. The engine deals in rows as the wire
// carried them; the screens' reads check each row against the entity model on the way out.
//
// Every method returns Dexie's own promise, never a bare native one: inside a transaction,
// awaiting a promise that no IndexedDB request backs (say, putting an empty list) lets the
// transaction commit under the engine's feet (Dexie's PrematureCommitError).
import {
  readAll,
  readMutation,
  readSyncRow,
  type AnySyncRow,
  type EntityType,
  type Mutation,
  type Readings,
  type RowKey,
  type SyncMeta,
  type SyncRow,
  type SyncStore,
} from '../../shared/sync';
import { db, type ScrutineerDatabase } from '../db/database';

const META_KEY = 'meta';
const key = (k: RowKey): [string, string] => [k.type, k.id];
const done = (): void => undefined;

export class DexieSyncStore implements SyncStore {
  private readonly db: ScrutineerDatabase;

  constructor(db: ScrutineerDatabase) {
    this.db = db;
  }

  private get tables() {
    const { syncMeta, syncServerRows, syncRows, syncOutbox } = this.db;
    return [syncMeta, syncServerRows, syncRows, syncOutbox];
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    // Dexie keeps the transaction across awaits of its own promises; the engine awaits
    // nothing else inside (no network, no timers), so the whole of fn is one transaction.
    return this.db.transaction('rw', this.tables, () => fn());
  }

  getMeta(): Promise<SyncMeta | undefined> {
    return this.db.syncMeta.get(META_KEY).then((row) => {
      if (!row) return undefined;
      const { key: _key, ...meta } = row;
      return meta;
    });
  }

  setMeta(meta: SyncMeta): Promise<void> {
    return this.db.syncMeta.put({ ...meta, key: META_KEY }).then(done);
  }

  getServerRow(k: RowKey): Promise<SyncRow | undefined> {
    return this.db.syncServerRows.get(key(k));
  }

  putServerRows(rows: readonly SyncRow[]): Promise<void> {
    return this.db.syncServerRows.bulkPut([...rows]).then(done);
  }

  clearServerRows(): Promise<void> {
    return this.db.syncServerRows.clear();
  }

  getRow(k: RowKey): Promise<SyncRow | undefined> {
    return this.db.syncRows.get(key(k));
  }

  listRows(type?: EntityType): Promise<SyncRow[]> {
    return type ? this.db.syncRows.where('type').equals(type).toArray() : this.db.syncRows.toArray();
  }

  putRow(row: SyncRow): Promise<void> {
    return this.db.syncRows.put(row).then(done);
  }

  deleteRow(k: RowKey): Promise<void> {
    return this.db.syncRows.delete(key(k));
  }

  clearRows(): Promise<void> {
    return this.db.syncRows.clear();
  }

  listOutbox(): Promise<Mutation[]> {
    return this.db.syncOutbox.orderBy('seq').toArray();
  }

  addToOutbox(mutation: Mutation): Promise<void> {
    // add, not put: a second mutation with the same seq is a bug that must not overwrite the first.
    return this.db.syncOutbox.add(mutation).then(done);
  }

  removeFromOutbox(throughSeq: number): Promise<Mutation[]> {
    const through = () => this.db.syncOutbox.where('seq').belowOrEqual(throughSeq);
    return this.db.transaction('rw', this.db.syncOutbox, () =>
      through()
        .toArray()
        .then((removed) => through().delete().then(() => removed)),
    );
  }

  replaceOutbox(mutations: readonly Mutation[]): Promise<void> {
    return this.db.syncOutbox.clear().then(() => this.db.syncOutbox.bulkAdd([...mutations]).then(done));
  }

  /** Not part of SyncStore: forgets everything synced (disconnecting, or another person). */
  clearAll(): Promise<void> {
    return this.db.transaction('rw', this.tables, () =>
      Promise.all(this.tables.map((table) => table.clear())).then(done),
    );
  }

  /** Not part of SyncStore: for tests and debugging, like MemoryStore's. */
  listServerRows(): Promise<SyncRow[]> {
    return this.db.syncServerRows.toArray();
  }

  // Typed reads for the screens (renderer/sync/syncData.ts wraps them in live queries).

  /** The view's rows of one committee, typed, with those that do not fit the model reported. */
  readCommittee(committeeId: string): Promise<Readings<AnySyncRow>> {
    return this.db.syncRows
      .where('committeeId')
      .equals(committeeId)
      .toArray()
      .then((rows) => readAll(rows, readSyncRow));
  }

  /** The view's rows of these types across committees (committees and memberships, say). */
  readTypes(types: readonly EntityType[]): Promise<Readings<AnySyncRow>> {
    return this.db.syncRows
      .where('type')
      .anyOf([...types])
      .toArray()
      .then((rows) => readAll(rows, readSyncRow));
  }

  /**
   * Changes waiting to be sent, oldest first: of one entity (by index), or all of them.
   * An entry that does not fit the model is reported; it stays in the outbox all the same.
   */
  readOutbox(entity?: RowKey): Promise<Readings<Mutation>> {
    const entries = entity
      ? this.db.syncOutbox.where('[type+id]').equals(key(entity)).sortBy('seq')
      : this.db.syncOutbox.orderBy('seq').toArray();
    return entries.then((stored) => readAll(stored, readMutation));
  }
}

/** The app's one sync store, on the app's database. */
export const appSyncStore = new DexieSyncStore(db);
