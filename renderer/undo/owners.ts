// What each kind of deletable thing (annotation, note, question, question list, review)
// tells the undo model: how to mark its rows deleted, bring them back and remove them for
// good. Each feature's data module defines its owner here; this folder imports no feature.
import type { Table } from 'dexie';

export interface SoftDeleteOwner {
  /** Names the owner in the undo log ('note'); unique. */
  readonly name: string;
  /** The tables markDeleted and restore write, so they share the undo log's transaction. */
  readonly tables: readonly string[];
  /** Sets deletedAt on the rows: every reader of the owner leaves them out from then on. */
  markDeleted(ids: readonly string[], at: number): Promise<void>;
  /** Brings deleted rows back; resolves to how many came back (0 when they were purged meanwhile). */
  restore(ids: readonly string[]): Promise<number>;
  /** Removes for good the rows deleted at or before `cutoff` (and what only they held); resolves to how many. */
  purge(cutoff: number): Promise<number>;
}

const owners = new Map<string, SoftDeleteOwner>();

/** Makes an owner known by name, so a logged deletion can be undone after a reload. */
export function registerOwner<T extends SoftDeleteOwner>(owner: T): T {
  owners.set(owner.name, owner);
  return owner;
}

export function ownerNamed(name: string): SoftDeleteOwner {
  const owner = owners.get(name);
  if (!owner) throw new Error(`Nothing can restore deleted “${name}” rows: its data module is not loaded.`);
  return owner;
}

interface SoftDeletable {
  id: string;
  deletedAt?: number | null;
}

const isDeleted = (row: SoftDeletable) => row.deletedAt !== null && row.deletedAt !== undefined;

/**
 * The usual owner: rows of one table keyed by `id` that carry `deletedAt`. An owner whose
 * rows hold others (a list its questions) gives its own restore, purge and tables.
 */
export function tableOwner<T extends SoftDeletable, TInsert>(name: string, table: Table<T, string, TInsert>, custom: Partial<Pick<SoftDeleteOwner, 'tables' | 'restore' | 'purge'>> = {}): SoftDeleteOwner {
  return registerOwner({
    name,
    tables: custom.tables ?? [table.name],
    markDeleted: async (ids, at) => {
      await table
        .where(':id')
        .anyOf([...ids])
        .modify((row) => {
          row.deletedAt = at;
        });
    },
    restore:
      custom.restore ??
      ((ids) =>
        table
          .where(':id')
          .anyOf([...ids])
          .filter(isDeleted)
          .modify((row) => {
            row.deletedAt = null;
          })),
    purge: custom.purge ?? ((cutoff) => table.filter((row) => isDeleted(row) && row.deletedAt! <= cutoff).delete()),
  });
}
