// Owner of the searchIndex table: the search worker's saved index, one row, so a restart
// loads it instead of indexing every page again. The index holds the words of every page
// (exempt and password-protected ones too), so it is stored sealed with the platform's
// at-rest key, never in clear.
import { db } from '../db/database';
import type { SearchIndexContents } from '../db/searchTypes';
import { openSealed, sealText } from '../platform/sealing';

const KEY = 'index';
/** 2: sealed. 1: the clear row of earlier versions, read once and then replaced. */
export const SEALED_FORMAT = 2;

export interface SavedIndex {
  contents: SearchIndexContents;
  /** Read from a clear row of an earlier version: save it again (sealed) soon. */
  inClear: boolean;
}

/** The saved index; undefined when there is none, it is of an unknown format, or it cannot be opened (the key changed). */
export async function loadSavedIndex(): Promise<SavedIndex | undefined> {
  const row = await db.searchIndex.get(KEY);
  if (!row) return undefined;
  if (row.version === SEALED_FORMAT && row.sealed) {
    try {
      return { contents: JSON.parse(await openSealed(row.sealed)) as SearchIndexContents, inClear: false };
    } catch {
      return undefined;
    }
  }
  if (row.version === 1 && row.json !== undefined) {
    return { contents: { index: JSON.parse(row.json) as unknown, sources: row.sources ?? {}, bodies: row.bodies ?? {} }, inClear: true };
  }
  return undefined;
}

/** Seals the index (first, outside any transaction) and replaces the saved row with it. */
export async function saveIndex(contents: SearchIndexContents, savedAt = Date.now()): Promise<void> {
  const sealed = await sealText(JSON.stringify(contents));
  await db.searchIndex.put({ key: KEY, sealed, savedAt, version: SEALED_FORMAT });
}

export async function forgetSavedIndex(): Promise<void> {
  await db.searchIndex.delete(KEY);
}
