// The sync engine's SyncStore (shared/sync/store.ts) on the app's IndexedDB: meta, the
// server's rows, the optimistic view and the outbox, in the version 5 tables. The engine
// runs each of its writes inside `transaction`, one read-write Dexie transaction over the
// four tables, so a crash mid-pull or mid-edit leaves the store as it was before.
//
// Every method returns Dexie's own promise, never a bare native one: inside a transaction,
// awaiting a promise that no IndexedDB request backs (say, putting an empty list) lets the
// transaction commit under the engine's feet (Dexie's PrematureCommitError).
import type { EntityType, Mutation, RowKey, SyncMeta, SyncRow, SyncStore } from '../../shared/sync';
import type { ScrutineerDatabase } from '../db/database';

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
}
