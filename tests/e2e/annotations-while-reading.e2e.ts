// A highlight made before the pack's text is stored (it is still being read): its words
// wait with it, and become its quote once the text is stored, so it can follow a revision.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Annotation } from '../../shared/annotations';
import { LARGE_PACK_PAGES } from '../fixtures/paths.mjs';
import { importFiles, largePack, launchChromium, libraryEntries, openApp, selectOnPage, storedRows } from './support';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});

it('gives a highlight made while the pack is still being read its quote once the text is stored', async () => {
  // The 648-page pack is read for seconds after its first page is shown (at 170 pages/s,
  // the fastest measured here, about 3 s), so the highlight is made before its text is stored.
  await importFiles(page, [await largePack()]);
  await libraryEntries(page).filter({ hasText: `${LARGE_PACK_PAGES} pages` }).getByRole('button', { name: 'Open', exact: true }).click();
  await selectOnPage(page, 1, 'Oak Room');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
  // It is on the page at once (pdf.js marks its own links with data-annotation-id too: only the app's overlay is counted).
  await expect.poll(() => page.locator('.page[data-page-number="1"] .annotation-host [data-annotation-id]').count()).toBe(1);

  // Once the text is stored, its words have become a quote with the text around them.
  const highlight = async () => (await storedRows<Annotation>(page, 'annotations')).find((annotation) => annotation.kind === 'highlight');
  await expect.poll(async () => (await highlight())?.quote?.exact).toBe('Oak Room');
  const quoted = await highlight();
  expect(quoted?.unquoted).toBeUndefined();
  expect(quoted?.quote?.suffix).toMatch(/^, County Buildings/);
  expect(quoted?.page).toBe(1);
});
