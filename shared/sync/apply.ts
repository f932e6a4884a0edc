// Replays a client's pending mutations on the server's copy of a row to give the row the
// user sees (the optimistic view). Mirrors the server's rules in docs/sync.md — field patch,
// tombstone, resurrection by edit — without its permission checks and conflict notices.
import type { EntityType } from './model';
import { parseCreateFields } from './model';
import type { Mutation, SyncRow } from './protocol';

export interface RowKey {
  type: EntityType;
  id: string;
}

/** "item/1234": an entity's key in maps and sets (its type may come from an unreadable row). */
export const keyOf = (k: { type: string; id: string }): string => `${k.type}/${k.id}`;

export interface ReplayContext {
  /** The local person, recorded as the author of optimistic creates. */
  personId: string | null;
  /** ISO timestamp for optimistic rows. */
  now: string;
}

export function applyPending(row: SyncRow | undefined, m: Mutation, ctx: ReplayContext): SyncRow | undefined {
  switch (m.op) {
    case 'create': {
      // The server row exists once the create is applied; it is authoritative.
      if (row) return row;
      const parsed = parseCreateFields(m.type, m.fields);
      if (!parsed.ok) return undefined;
      return {
        type: m.type,
        id: m.id,
        committeeId: m.committeeId,
        version: 0,
        deleted: false,
        createdBy: ctx.personId,
        updatedAt: ctx.now,
        fields: parsed.fields,
      };
    }
    case 'patch':
      // An edit of a deleted row brings it back, as on the server.
      return row && { ...row, deleted: false, updatedAt: ctx.now, fields: { ...row.fields, ...m.fields } };
    case 'delete':
      return row && { ...row, deleted: true };
    case 'restore':
      return row && { ...row, deleted: false };
  }
}

/** The row as the user should see it: the server's row with its pending mutations (in seq order) on it. */
export function replay(serverRow: SyncRow | undefined, pending: readonly Mutation[], ctx: ReplayContext): SyncRow | undefined {
  return pending.reduce<SyncRow | undefined>((row, m) => applyPending(row, m, ctx), serverRow);
}
