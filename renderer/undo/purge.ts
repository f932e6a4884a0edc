// The one purge policy: whatever was deleted more than a week ago is removed for good,
// with the undo log's entries for it. Run once per session (workspace/housekeeping.ts).
import type { SoftDeleteOwner } from './owners';
import { purgeEntries } from './undoLogData';

/** How long a deletion can be undone. */
export const PURGE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** Purges every owner's rows deleted at least PURGE_AFTER_MS before `now`; resolves to how many went. */
export async function purgeExpired(owners: readonly SoftDeleteOwner[], now = Date.now()): Promise<number> {
  const cutoff = now - PURGE_AFTER_MS;
  let removed = 0;
  for (const owner of owners) removed += await owner.purge(cutoff);
  await purgeEntries(cutoff);
  return removed;
}
