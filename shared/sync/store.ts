// What the client sync engine needs from local storage: meta, the server's rows as last
// pulled, the optimistic view the UI reads, and the outbox. The app implements it on Dexie
// (one table each, compound key [type+id]); tests use the in-memory store.
import type { RowKey } from './apply';
import type { EntityType } from './model';
import type { Mutation, SyncRow } from './protocol';

export interface SyncMeta {
  /** This store's client id; a wiped store gets a new one. */
  clientId: string;
  /** The signed-in person, author of optimistic creates. */
  personId: string | null;
  /** Opaque pull cursor; null before the first pull. */
  cursor: string | null;
  /** The seq the next local mutation takes. */
  nextSeq: number;
  /** Changes taken out of the outbox because they can never be accepted (see SyncEngine.push). */
  setAside?: SetAsideChange[];
}

/** A queued change the server refused as invalid (or the shared rules now refuse), kept for the user. */
export interface SetAsideChange {
  mutation: Mutation;
  /** What is wrong, per field path within the mutation (e.g. fields.title). */
  issues: { path: string; message: string }[];
  /** When it was set aside (ISO). */
  at: string;
}

export interface SyncStore {
  /** Runs fn with its writes applied atomically (Dexie: one rw transaction on all tables). */
  transaction<T>(fn: () => Promise<T>): Promise<T>;

  getMeta(): Promise<SyncMeta | undefined>;
  setMeta(meta: SyncMeta): Promise<void>;

  getServerRow(key: RowKey): Promise<SyncRow | undefined>;
  putServerRows(rows: readonly SyncRow[]): Promise<void>;
  clearServerRows(): Promise<void>;

  /** The view: server rows with pending mutations replayed, deleted rows left out. */
  getRow(key: RowKey): Promise<SyncRow | undefined>;
  listRows(type?: EntityType): Promise<SyncRow[]>;
  putRow(row: SyncRow): Promise<void>;
  deleteRow(key: RowKey): Promise<void>;
  clearRows(): Promise<void>;

  /** Pending mutations, ascending seq. */
  listOutbox(): Promise<Mutation[]>;
  addToOutbox(mutation: Mutation): Promise<void>;
  /** Removes and returns the mutations with seq ≤ throughSeq. */
  removeFromOutbox(throughSeq: number): Promise<Mutation[]>;
  /** Replaces the whole outbox (setting a change aside renumbers the ones after it). */
  replaceOutbox(mutations: readonly Mutation[]): Promise<void>;
}
