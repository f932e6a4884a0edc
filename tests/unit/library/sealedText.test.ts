// Text read from password-protected and exempt papers is stored sealed at rest: the raw
// IndexedDB rows hold no plaintext of a known sentence, while every reader through the
// pageTexts owner (and the saved search index) gets the text back. Open papers stay in clear
// (which is also what shows the raw scan can find the sentence when it is there).
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import type { DocumentStructure, StoredDocument } from '../../../renderer/db/types';
import { ensureDocumentStructure } from '../../../renderer/library/documentStructure';
import { setDocumentExempt, setItemExempt } from '../../../renderer/library/libraryData';
import { sealStoredTexts } from '../../../renderer/library/sealStoredTexts';
import { documentText } from '../../../renderer/annotations/annotationsData';
import { allPageTexts, pageLines } from '../../../renderer/meetings/pageTextsData';
import { structureOf, structuresOf } from '../../../renderer/meetings/structuresData';
import { loadSavedIndex, saveIndex } from '../../../renderer/search/searchIndexData';
import type { ExtractedStructure } from '../../../renderer/meetings/documentReading';

const SENTENCE = 'The preferred bidder offered a discount of four point two per cent on the tender';

/** The report's own title, read from it: stored with its structure. */
const REPORT_TITLE = 'Award of the Westfield depot contract';
const structure: ExtractedStructure['structure'] = { kind: 'report', reportTitle: REPORT_TITLE, items: [], pageLabels: [null, null], numbering: 'pdfPages', agendaSource: 'none' };
const pages = [['Report of the Director of Place', SENTENCE], ['Recommendations', 'That the contract be awarded']];

function document(id: string, fields: Partial<StoredDocument> = {}): StoredDocument {
  return { id, hash: `hash-${id}`, title: id, fileName: `${id}.pdf`, pageCount: 2, size: 1, importedAt: 1, encrypted: false, meetingId: null, versionGroup: id, version: 1, ...fields };
}

const extraction = (lines = pages) => () => Promise.resolve<ExtractedStructure>({ type: 'structure', structure, pages: lines, durationMs: 1 });

/** Every value in the database as text, with typed arrays and buffers read as UTF-8: what a scan of the disk could see. */
async function rawDatabase(): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const flatten = (value: unknown): string => {
    if (value instanceof Uint8Array || value instanceof ArrayBuffer) return decoder.decode(value);
    if (Array.isArray(value)) return value.map(flatten).join('\n');
    if (value && typeof value === 'object') return Object.entries(value).map(([key, inner]) => `${key}:${flatten(inner)}`).join('\n');
    return String(value);
  };
  const parts: string[] = [];
  for (const table of db.tables) parts.push(flatten(await table.toArray()));
  return parts.join('\n');
}

/** The structures table's raw rows as text. The report title is also the document's title in the library, which stays in clear. */
async function rawStructures(): Promise<string> {
  return JSON.stringify(await db.structures.toArray(), (_, value: unknown) => (value instanceof Uint8Array ? new TextDecoder().decode(value) : value));
}

async function rawPageRows(hash: string) {
  return db.pageTexts.where('hash').equals(hash).toArray();
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('page texts at rest', () => {
  it('stores a password-protected document’s pages sealed, and gives its text back to every reader', async () => {
    await db.documents.add(document('protected', { encrypted: true }));
    await ensureDocumentStructure('protected', 'councillor', extraction());
    const raw = await rawPageRows('hash-protected');
    expect(raw).toHaveLength(2);
    for (const row of raw) {
      expect(row).not.toHaveProperty('lines');
      expect(row).toHaveProperty('sealed.iv');
    }
    expect(await rawDatabase()).not.toContain('four point two');
    expect(await rawStructures()).not.toContain('Westfield');
    expect(await db.structures.get('hash-protected')).toEqual({ hash: 'hash-protected', sealed: expect.anything() });
    expect((await structureOf('hash-protected'))?.reportTitle).toBe(REPORT_TITLE);
    expect((await structuresOf(['hash-protected', 'none']))[0]?.kind).toBe('report');
    expect((await allPageTexts('hash-protected')).map((page) => page.lines)).toEqual(pages);
    expect(await pageLines('hash-protected', 1, 1)).toEqual([{ page: 1, lines: pages[0] }]);
    expect((await documentText('hash-protected', 2))?.text).toContain(SENTENCE);
  });

  it('keeps an open document’s pages in clear (the raw scan finds the sentence there)', async () => {
    await db.documents.add(document('open'));
    await ensureDocumentStructure('open', undefined, extraction());
    expect(await rawDatabase()).toContain(SENTENCE);
    expect(await rawStructures()).toContain(REPORT_TITLE);
    expect((await rawPageRows('hash-open'))[0]).toHaveProperty('lines');
  });

  it('seals a document’s stored text at the moment it is marked exempt, or an item of it is', async () => {
    await db.documents.bulkAdd([document('later'), document('item')]);
    await ensureDocumentStructure('later', undefined, extraction());
    await ensureDocumentStructure('item', undefined, extraction());
    expect(await rawDatabase()).toContain(SENTENCE);

    const seen: string[][][] = [];
    const subscription = liveQuery(() => allPageTexts('hash-later')).subscribe((rows) => seen.push(rows.map((row) => row.lines)));
    await setDocumentExempt('later', true);
    await setItemExempt('item', '3', true);
    expect(await rawDatabase()).not.toContain('four point two');
    expect(await rawStructures()).not.toContain('Westfield');
    expect((await structureOf('hash-later'))?.reportTitle).toBe(REPORT_TITLE);
    expect((await allPageTexts('hash-later')).map((page) => page.lines)).toEqual(pages);
    expect((await allPageTexts('hash-item')).map((page) => page.lines)).toEqual(pages);
    // A live query reading sealed rows still answers with the text (WebCrypto inside Dexie's zone).
    await expect.poll(() => seen.at(-1)).toEqual(pages);
    subscription.unsubscribe();
  });

  it('seals a paper that says it is not for publication, though nobody marked it', async () => {
    await db.documents.add(document('part2'));
    await ensureDocumentStructure('part2', undefined, extraction([['NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A', SENTENCE], ['Recommendations']]));
    expect(await rawDatabase()).not.toContain('four point two');
    expect((await allPageTexts('hash-part2'))[0]?.lines).toContain(SENTENCE);
  });

  it('seals at start what an earlier version stored in clear for a protected document, and leaves open ones alone', async () => {
    await db.documents.bulkAdd([document('old', { encrypted: true }), document('open')]);
    const stored = (hash: string): DocumentStructure => ({ ...structure, hash, extractedAt: 1, durationMs: 1 });
    await db.structures.bulkPut([stored('hash-old'), { ...stored('hash-open'), reportTitle: 'Annual report' }]);
    await db.pageTexts.bulkPut(pages.map((lines, index) => ({ hash: 'hash-old', page: index + 1, lines })));
    await db.pageTexts.bulkPut([{ hash: 'hash-open', page: 1, lines: ['Nothing exempt here'] }]);
    expect(await sealStoredTexts()).toBe(2);
    expect(await sealStoredTexts()).toBe(0);
    expect(await rawDatabase()).not.toContain('four point two');
    expect(await rawStructures()).not.toContain('Westfield');
    expect((await structureOf('hash-old'))?.reportTitle).toBe(REPORT_TITLE);
    expect((await rawPageRows('hash-open'))[0]).toHaveProperty('lines');
    expect((await allPageTexts('hash-old')).map((page) => page.lines)).toEqual(pages);
  });
});

describe('the saved search index at rest', () => {
  it('is sealed: no word of it in the raw row, and it loads back whole', async () => {
    const contents = { index: { documentCount: 1, words: [SENTENCE] }, sources: {}, bodies: { 'note:1': SENTENCE } };
    await saveIndex(contents);
    expect(await rawDatabase()).not.toContain('four point two');
    await expect(loadSavedIndex()).resolves.toEqual({ contents, inClear: false });
  });

  it('reads an earlier version’s clear index once, saying it must be saved sealed', async () => {
    await db.searchIndex.put({ key: 'index', json: JSON.stringify({ words: ['tender'] }), sources: {}, bodies: {}, savedAt: 1, version: 1 });
    await expect(loadSavedIndex()).resolves.toEqual({ contents: { index: { words: ['tender'] }, sources: {}, bodies: {} }, inClear: true });
  });
});
