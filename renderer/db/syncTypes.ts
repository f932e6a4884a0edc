// Row shapes of the work-programme sync tables (database version 5; the outbox indexed by
// entity in version 6).
import type { Mutation, SyncMeta, SyncRow } from '../../shared/sync';

/** The sync engine's meta, one row under the key 'meta'. */
export type SyncMetaRow = SyncMeta & { key: 'meta' };

/**
 * A synced entity as the server last sent it (syncServerRows) or as the user sees it
 * (syncRows), stored as the wire carries it: its fields untyped. The screens read it typed by
 * its entity (SyncRowOf, shared/sync/rows.ts) through renderer/sync/dexieSyncStore.ts.
 */
export type SyncRowRecord = SyncRow;

/** A pending mutation, keyed by its seq. */
export type SyncOutboxRow = Mutation;

/**
 * This device's own link from a work-programme item to something in the library: a meeting
 * (its agenda packs) or, once the questions feature lands, a drafted question. Not synced:
 * library meetings and questions live on this device only.
 */
export interface WorkItemLink {
  id: string;
  /** The synced work-programme item's id. */
  itemId: string;
  targetType: 'meeting' | 'question';
  /** The local meeting's (or question's) id. */
  targetId: string;
  createdAt: number;
}
