// Owner of the pageTexts table: each page's text as lines, keyed by [file hash + page], for
// quotes, re-anchoring, scoping reports and the papers shown beside questions. The pages of
// password-protected and exempt files are stored sealed (encrypted with the platform's
// at-rest key, renderer/platform/sealing.ts); every reader here gets the lines in clear.
import { db } from '../db/database';
import type { PageText, StoredPageText } from '../db/types';
import { openSealed, sealText } from '../platform/sealing';

/** The lines of a stored row; null when it is sealed under a key this device no longer has. */
async function linesOf(row: StoredPageText): Promise<string[] | null> {
  if ('lines' in row) return row.lines;
  try {
    return JSON.parse(await openSealed(row.sealed)) as string[];
  } catch {
    return null;
  }
}

/** The lines of pages `from` to `to` (PDF numbers) of a file; a page not read yet has none. */
export async function pageLines(hash: string, from: number, to: number): Promise<{ page: number; lines: string[] }[]> {
  const keys: [string, number][] = [];
  for (let page = from; page <= to; page++) keys.push([hash, page]);
  const rows = await db.pageTexts.bulkGet(keys);
  return Promise.all(rows.map(async (row, index) => ({ page: from + index, lines: (row && (await linesOf(row))) ?? [] })));
}

/** Every stored page of a file that can be read, in page order. */
export async function allPageTexts(hash: string): Promise<PageText[]> {
  const rows = await db.pageTexts.where('hash').equals(hash).sortBy('page');
  const read = await Promise.all(rows.map(async (row) => ({ hash, page: row.page, lines: await linesOf(row) })));
  return read.filter((row): row is PageText => row.lines !== null);
}

/**
 * The rows to store for a reading of a file, sealed when its text is protected. Sealing uses
 * WebCrypto, which must not run inside an IndexedDB transaction (it would commit early): so
 * the rows are made first, then written with savePageTexts inside the caller's transaction.
 */
export async function preparePageTexts(hash: string, pages: string[][], sealed: boolean): Promise<StoredPageText[]> {
  if (!sealed) return pages.map((lines, index) => ({ hash, page: index + 1, lines }));
  return Promise.all(pages.map(async (lines, index) => ({ hash, page: index + 1, sealed: await sealText(JSON.stringify(lines)) })));
}

export async function savePageTexts(rows: StoredPageText[]): Promise<void> {
  await db.pageTexts.bulkPut(rows);
}

/** Whether a file's pages are stored in clear: a file's pages are sealed all together, so its first page tells. */
export async function pageTextsInClear(hash: string): Promise<boolean> {
  const first = await db.pageTexts.get([hash, 1]);
  return first !== undefined && 'lines' in first;
}

/** Seals the pages of a file still stored in clear (it became exempt, or was read before sealing existed). How many were sealed. */
export async function sealPageTexts(hash: string): Promise<number> {
  const clear = (await db.pageTexts.where('hash').equals(hash).toArray()).filter((row): row is PageText => 'lines' in row);
  if (clear.length === 0) return 0;
  const rows = await Promise.all(clear.map(async (row) => ({ hash, page: row.page, sealed: await sealText(JSON.stringify(row.lines)) })));
  return db.transaction('rw', db.pageTexts, async () => {
    // Only rows still there: the file may have been removed meanwhile.
    const present = await db.pageTexts.bulkGet(rows.map((row) => [hash, row.page] as [string, number]));
    const still = rows.filter((_, index) => present[index] !== undefined);
    await db.pageTexts.bulkPut(still);
    return still.length;
  });
}

export async function forgetPageTexts(hash: string): Promise<void> {
  await db.pageTexts.where('hash').equals(hash).delete();
}
