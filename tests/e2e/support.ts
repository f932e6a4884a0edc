// Shared helpers for the end-to-end tests: Debian's Chromium, the app, and fixture files.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';

export { PDF_DIR as FIXTURES, PACK, largePack } from '../fixtures/paths.mjs';
export const PACK_TITLE = 'Safe and Strong Communities Select Committee, 26 September 2017: Reports pack';

/** How long a step may wait for the UI on a loaded machine before the test gives up. */
export const SETTLE_MS = 90_000;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A fresh profile (empty IndexedDB) with the app loaded. Opened for one test (in the test
 * or its beforeEach), it is closed when that test ends: a profile left open goes on
 * reading and indexing its packs, which slows every later test in the file.
 */
export async function openApp(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    onTestFinished(() => context.close().catch(() => undefined));
  } catch {
    // Opened in beforeAll for the whole file: the file closes it with its browser.
  }
  // A busy machine reads packs slowly: wait for what the user would see, not for a clock.
  context.setDefaultTimeout(SETTLE_MS);
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  return page;
}

/** Imports files the way a user does: the Import PDF button and the file chooser. */
export async function importFiles(page: Page, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import PDF' }).click()]);
  await chooser.setFiles(paths);
}

/** The library's documents (not the meeting headings that group them, which are list items too). */
export function libraryEntries(page: Page) {
  return page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Remove' }) });
}

/** Drops files onto the library as if dragged from the desktop. */
export async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((path) => ({ name: path.split('/').pop()!, base64: readFileSync(path).toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const { name, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name, { type: 'application/pdf' }));
    }
    return dt;
  }, files);
  await page.dispatchEvent('main.library', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main.library', 'drop', { dataTransfer: transfer });
}

/** Goes to a PDF page with the Page field and selects a phrase in its text layer, as a mouse drag would. */
export async function selectOnPage(page: Page, pdfPage: number, phrase: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Page' });
  await field.fill(`PDF ${pdfPage}`);
  await field.press('Enter');
  // A mouse drag over the page takes focus from the field first. Left in the field, focus
  // would let the field's own update (the new page's number, a moment later) take the
  // selection back into it.
  await field.blur();
  const span = page.locator(`.page[data-page-number="${pdfPage}"] .textLayer span`).filter({ hasText: phrase }).first();
  await span.waitFor();
  await span.evaluate((element, text) => {
    const node = element.firstChild as Text;
    const at = node.data.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, phrase);
  await page.getByRole('toolbar', { name: 'Selected text' }).waitFor();
}

/** The rows of one of the app's IndexedDB tables, as stored (for waiting on a save before a reload). */
export function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate<T[], string>(async (name) => {
    const open = indexedDB.open('scrutineer');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const request = open.result.transaction(name).objectStore(name).getAll();
    await new Promise((resolve) => (request.onsuccess = resolve));
    open.result.close();
    return request.result as T[];
  }, table);
}

/**
 * Holds every later write to one of the app's tables until the page goes away, as a crash
 * or reload between typing and storing would leave it: a write transaction on the table is
 * kept open by one request after another, and the app's own writes queue behind it.
 */
export function holdWrites(page: Page, table: string): Promise<void> {
  return page.evaluate<void, string>(
    (name) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('scrutineer');
        open.onsuccess = () => {
          const store = open.result.transaction(name, 'readwrite').objectStore(name);
          const hold = () => void (store.count().onsuccess = hold);
          hold();
          resolve();
        };
      }),
    table,
  );
}
