// Merging a backup's rows into the device's: nothing on the device is lost or duplicated.
// A row only one side has is kept; where both have it and they differ, the more recent edit
// wins and the other is kept as history; restoring the same backup twice changes nothing.

export interface HistoryEntry<T> {
  /** The version that lost, kept so nothing is lost. */
  row: T;
  /** Where it came from: the device (the backup's was newer) or the backup (the device's was newer). */
  origin: 'device' | 'backup';
}

export interface MergePlan<T> {
  add: T[];
  replace: T[];
  history: HistoryEntry<T>[];
  unchanged: number;
}

/** The same JSON with keys in order, so equal rows compare equal whatever order their keys were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Plans the merge of `incoming` rows with the device's (`local[i]` is the device's row with
 * incoming[i]'s id, or undefined). `edited` is when a row was last changed; a tie keeps the
 * device's row.
 */
export function planMerge<T>(incoming: readonly T[], local: readonly (T | undefined)[], edited: (row: T) => number): MergePlan<T> {
  const plan: MergePlan<T> = { add: [], replace: [], history: [], unchanged: 0 };
  incoming.forEach((row, index) => {
    const mine = local[index];
    if (!mine) plan.add.push(row);
    else if (canonical(mine) === canonical(row)) plan.unchanged++;
    else if (edited(row) > edited(mine)) {
      plan.replace.push(row);
      plan.history.push({ row: mine, origin: 'device' });
    } else plan.history.push({ row, origin: 'backup' });
  });
  return plan;
}

/** When a row with these stamps was last changed: its edit, or its deletion if later. */
export const lastChange = (row: { updatedAt?: number; modifiedAt?: number; createdAt?: number; deletedAt?: number | null }): number =>
  Math.max(row.updatedAt ?? row.modifiedAt ?? row.createdAt ?? 0, row.deletedAt ?? 0);
