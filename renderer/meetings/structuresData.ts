// Owner of the structures table: what reading a pack found (kind, meeting details, agenda
// items, printed page labels), one row per file, keyed by the file's hash. Like the pages'
// text, the structure of a password-protected or exempt file is stored sealed (its titles,
// bookmarks and the comments others left in it are text read from it); readers here get it
// in clear.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { DocumentStructure, StoredStructure } from '../db/types';
import { isExemptPaper } from '../../shared/exempt';
import { openSealed, sealText } from '../platform/sealing';
import { forgetPageTexts, pageLines, pageTextsInClear, preparePageTexts, savePageTexts, sealPageTexts } from './pageTextsData';

/** The structure of a stored row; undefined when it is sealed under a key this device no longer has. */
async function opened(row: StoredStructure | undefined): Promise<DocumentStructure | undefined> {
  if (!row || !('sealed' in row)) return row;
  try {
    return JSON.parse(await openSealed(row.sealed)) as DocumentStructure;
  } catch {
    return undefined;
  }
}

async function sealed(structure: DocumentStructure): Promise<StoredStructure> {
  return { hash: structure.hash, sealed: await sealText(JSON.stringify(structure)) };
}

export async function structureOf(hash: string): Promise<DocumentStructure | undefined> {
  return opened(await db.structures.get(hash));
}

export async function structuresOf(hashes: string[]): Promise<(DocumentStructure | undefined)[]> {
  return Promise.all((await db.structures.bulkGet(hashes)).map(opened));
}

export function useStructure(hash: string | undefined): DocumentStructure | undefined {
  return useLiveQuery(async () => (hash ? structureOf(hash) : undefined), [hash]);
}

/** The structures of several files, in order; undefined while they load (a file not read yet has none). */
export function useStructures(hashes: readonly string[]): (DocumentStructure | undefined)[] | undefined {
  return useLiveQuery(() => structuresOf([...hashes]), [hashes.join(' ')]);
}

/**
 * Stores what one reading of a file found: its structure and the text of every page,
 * together. The text is sealed when `protect` says so (the file is password-protected or
 * marked exempt) or when it is an exempt paper by what it says (shared/exempt).
 */
export async function saveReading(structure: DocumentStructure, pages: string[][], protect = false): Promise<void> {
  const seal = protect || isExemptPaper(structure.items, pages.slice(0, 3));
  // Sealed before the transaction: WebCrypto inside it would let IndexedDB commit early.
  const rows = await preparePageTexts(structure.hash, pages, seal);
  const row = seal ? await sealed(structure) : structure;
  await db.transaction('rw', db.structures, 'pageTexts', async () => {
    await db.structures.put(row);
    await savePageTexts(rows);
  });
}

async function sealStructure(hash: string): Promise<void> {
  const row = await db.structures.get(hash);
  if (!row || 'sealed' in row) return;
  const replacement = await sealed(row);
  await db.transaction('rw', db.structures, async () => {
    // Unless the file was removed (or read again) meanwhile.
    const now = await db.structures.get(hash);
    if (now && !('sealed' in now) && now.extractedAt === row.extractedAt) await db.structures.put(replacement);
  });
}

/**
 * Seals what was read from a file (structure and pages) if `protect` (password-protected,
 * marked exempt) or if it is an exempt paper by what it says. How many pages were sealed.
 */
export async function sealReadingIfExempt(hash: string, protect: boolean): Promise<number> {
  // Sealing takes structure and pages together: pages in clear mean there is work to do.
  if (!(await pageTextsInClear(hash))) return 0;
  if (!protect) {
    const structure = await structureOf(hash);
    if (!structure) return 0;
    const opening = (await pageLines(hash, 1, 3)).map((page) => page.lines);
    if (!isExemptPaper(structure.items, opening)) return 0;
  }
  await sealStructure(hash);
  return sealPageTexts(hash);
}

/** Forgets everything read from a file (when no document uses its bytes any more). */
export async function forgetReading(hash: string): Promise<void> {
  await db.transaction('rw', db.structures, 'pageTexts', async () => {
    await db.structures.delete(hash);
    await forgetPageTexts(hash);
  });
}
