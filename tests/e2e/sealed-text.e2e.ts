// Text read from a password-protected pack is stored encrypted at rest: after importing it
// (password "councillor") and letting search index it, a scan of everything in the page's
// IndexedDB (every database, every store, typed arrays and blobs read as text) finds no
// sentence of it, while searching the app for that sentence still finds it, after a reload too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, SETTLE_MS, importFiles, launchChromium, libraryEntries, openApp } from './support';

/** On PDF page 3 of the pack (the previous meeting's minutes); not in its agenda or titles. */
const SENTENCE = 'applauded the focus on early intervention and prevention';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await openApp(browser);
});

interface Scan {
  text: string;
  pageTexts: number;
  searchIndexSealed: boolean;
}

/** Everything IndexedDB holds for the page, as text. */
function scanIndexedDb(target: Page): Promise<Scan> {
  return target.evaluate(async () => {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const parts: string[] = [];
    const flatten = async (value: unknown): Promise<string> => {
      if (value instanceof Blob) return decoder.decode(await value.arrayBuffer());
      if (value instanceof ArrayBuffer) return decoder.decode(value);
      if (ArrayBuffer.isView(value)) return decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      if (Array.isArray(value)) return (await Promise.all(value.map(flatten))).join('\n');
      if (value && typeof value === 'object') return (await Promise.all(Object.entries(value).map(async ([key, inner]) => `${key}:${await flatten(inner)}`))).join('\n');
      return String(value);
    };
    const failed = (error: DOMException | null) => error ?? new Error('IndexedDB request failed');
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(failed(r.error)))));
    let pageTexts = 0;
    let searchIndexSealed = false;
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(failed(open.error));
      });
      for (const store of Array.from(database.objectStoreNames)) {
        const rows = await request(database.transaction(store).objectStore(store).getAll());
        if (store === 'pageTexts') pageTexts += rows.length;
        if (store === 'searchIndex') searchIndexSealed = rows.length > 0 && rows.every((row: { sealed?: unknown; json?: unknown }) => row.sealed !== undefined && row.json === undefined);
        parts.push(`${store}\n${await flatten(rows)}`);
      }
      database.close();
    }
    return { text: parts.join('\n'), pageTexts, searchIndexSealed };
  });
}

const searchDialog = () => page.getByRole('dialog', { name: 'Search' });

/** Searches the app; the names of the results found. */
async function search(text: string): Promise<string[]> {
  if (!(await searchDialog().isVisible())) await page.getByRole('button', { name: 'Search' }).click();
  await searchDialog().getByRole('searchbox', { name: 'Search' }).fill(text);
  await searchDialog().getByRole('status').filter({ hasText: /results?/ }).waitFor();
  const names = await searchDialog().getByRole('list', { name: 'Results' }).locator('button.search-hit').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  await searchDialog().getByRole('button', { name: 'Close' }).click();
  return names;
}

describe('text at rest', () => {
  it('keeps a password-protected pack’s text out of IndexedDB in clear, while search finds it', async () => {
    await importFiles(page, [`${FIXTURES}bad/password-councillor.pdf`]);
    const dialog = page.getByRole('dialog', { name: 'Password needed' });
    await dialog.getByLabel('Password').fill('councillor');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await libraryEntries(page).filter({ hasText: 'agenda items' }).first().waitFor();

    // Search finds the sentence (the index has the pack), in the pack, on its page.
    await expect.poll(() => search(`"${SENTENCE}"`), { timeout: SETTLE_MS * 2, interval: 1000 }).toEqual([expect.stringMatching(/Page/)]);

    // Once every page is stored and the index saved, nothing in IndexedDB says the sentence.
    await expect.poll(async () => {
      const scan = await scanIndexedDb(page);
      return scan.pageTexts >= 108 && scan.searchIndexSealed;
    }, { timeout: SETTLE_MS * 2, interval: 1000 }).toBe(true);
    const scan = await scanIndexedDb(page);
    // The scan sees what is stored in clear (the file's name), and not the pack's words.
    expect(scan.text).toContain('password-councillor.pdf');
    expect(scan.text.toLowerCase()).not.toContain('early intervention');
    expect(scan.text.toLowerCase()).not.toContain('applauded');
    // Nor an agenda item's title (the structure is sealed with the pages).
    expect(scan.text).not.toContain('Revenge Porn');

    // After a reload the sealed index is opened again: search still finds the sentence.
    await page.reload();
    await page.getByRole('button', { name: 'Import PDF' }).waitFor();
    await expect.poll(() => search(`"${SENTENCE}"`), { timeout: SETTLE_MS * 2, interval: 1000 }).toEqual([expect.stringMatching(/Page/)]);
    expect((await scanIndexedDb(page)).text.toLowerCase()).not.toContain('applauded');
  });
});
