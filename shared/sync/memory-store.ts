// An in-memory SyncStore: for tests, benchmarks and a session that need not survive reload.
import { keyOf, type RowKey } from './apply';
import type { EntityType } from './model';
import type { Mutation, SyncRow } from './protocol';
import type { SyncMeta, SyncStore } from './store';

export class MemoryStore implements SyncStore {
  private meta: SyncMeta | undefined;
  private readonly serverRows = new Map<string, SyncRow>();
  private readonly rows = new Map<string, SyncRow>();
  private outbox: Mutation[] = [];

  // Single-threaded and the engine serialises its writes, so nothing can interleave.
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  // The methods keep SyncStore's Promise returns though nothing here waits.
  getMeta() {
    return Promise.resolve(this.meta && { ...this.meta });
  }
  setMeta(meta: SyncMeta) {
    this.meta = { ...meta };
    return Promise.resolve();
  }

  getServerRow(key: RowKey) {
    return Promise.resolve(this.serverRows.get(keyOf(key)));
  }
  putServerRows(rows: readonly SyncRow[]) {
    for (const row of rows) this.serverRows.set(keyOf(row), row);
    return Promise.resolve();
  }
  clearServerRows() {
    this.serverRows.clear();
    return Promise.resolve();
  }
  /** Not part of SyncStore: for tests and debugging. */
  listServerRows() {
    return Promise.resolve([...this.serverRows.values()]);
  }

  getRow(key: RowKey) {
    return Promise.resolve(this.rows.get(keyOf(key)));
  }
  listRows(type?: EntityType) {
    const all = [...this.rows.values()];
    return Promise.resolve(type ? all.filter((r) => r.type === type) : all);
  }
  putRow(row: SyncRow) {
    this.rows.set(keyOf(row), row);
    return Promise.resolve();
  }
  deleteRow(key: RowKey) {
    this.rows.delete(keyOf(key));
    return Promise.resolve();
  }
  clearRows() {
    this.rows.clear();
    return Promise.resolve();
  }

  listOutbox() {
    return Promise.resolve([...this.outbox]);
  }
  addToOutbox(mutation: Mutation) {
    this.outbox.push(mutation);
    return Promise.resolve();
  }
  replaceOutbox(mutations: readonly Mutation[]) {
    this.outbox = [...mutations];
    return Promise.resolve();
  }
  removeFromOutbox(throughSeq: number) {
    const removed = this.outbox.filter((m) => m.seq <= throughSeq);
    this.outbox = this.outbox.filter((m) => m.seq > throughSeq);
    return Promise.resolve(removed);
  }
}
