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

  async getMeta() {
    return this.meta && { ...this.meta };
  }
  async setMeta(meta: SyncMeta) {
    this.meta = { ...meta };
  }

  async getServerRow(key: RowKey) {
    return this.serverRows.get(keyOf(key));
  }
  async putServerRows(rows: readonly SyncRow[]) {
    for (const row of rows) this.serverRows.set(keyOf(row), row);
  }
  async clearServerRows() {
    this.serverRows.clear();
  }
  /** Not part of SyncStore: for tests and debugging. */
  async listServerRows() {
    return [...this.serverRows.values()];
  }

  async getRow(key: RowKey) {
    return this.rows.get(keyOf(key));
  }
  async listRows(type?: EntityType) {
    const all = [...this.rows.values()];
    return type ? all.filter((r) => r.type === type) : all;
  }
  async putRow(row: SyncRow) {
    this.rows.set(keyOf(row), row);
  }
  async deleteRow(key: RowKey) {
    this.rows.delete(keyOf(key));
  }
  async clearRows() {
    this.rows.clear();
  }

  async listOutbox() {
    return [...this.outbox];
  }
  async addToOutbox(mutation: Mutation) {
    this.outbox.push(mutation);
  }
  async removeFromOutbox(throughSeq: number) {
    const removed = this.outbox.filter((m) => m.seq <= throughSeq);
    this.outbox = this.outbox.filter((m) => m.seq > throughSeq);
    return removed;
  }
}
