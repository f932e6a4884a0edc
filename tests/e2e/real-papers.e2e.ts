// Real papers in Chromium (issue 12): Kent's papers for one meeting are named by what they are and
// filed together, the report and both appendices under item 3 by inference; choosing an item on
// a front sheet whose pages are in the reports pack opens the pack at the item's printed page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REAL_DIR } from '../fixtures/paths.mjs';
import { FIXTURES, PACK, PACK_TITLE, importFiles, launchChromium, libraryEntries, openApp } from './support';

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

const KENT = `${REAL_DIR}kent-county-council-2025-01-09/`;
const KENT_FILES = [
  'Agenda frontsheet 09th-Jan-2025 10.00 County Council.pdf',
  'Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council.pdf',
  'Devolution White Paper - County Council Report - FINAL.pdf',
  'Appendix A - 16.12.24 Ministerial Letter.pdf',
  'Appendix B - Devolution Framework 2024.pdf',
  'Printed minutes 09th-Jan-2025 10.00 County Council.pdf',
];
const FRONT_SHEET = `${FIXTURES}staffordshire-sscsc-2017-09-26-frontsheet.pdf`;

/** The library's entries under one meeting's heading (up to the next heading). */
const entriesUnder = (heading: RegExp) =>
  page.evaluate((source) => {
    const pattern = new RegExp(source);
    const items = Array.from(document.querySelectorAll('ul.documents > li'));
    const start = items.findIndex((li) => li.classList.contains('group-heading') && pattern.test(li.querySelector('h2')?.textContent ?? ''));
    if (start < 0) return [];
    const out: string[] = [];
    for (const li of items.slice(start + 1)) {
      if (li.classList.contains('group-heading')) break;
      out.push(li.getAttribute('aria-label') ?? '');
    }
    return out.sort();
  }, heading.source);

const agenda = () => page.getByRole('navigation', { name: 'Agenda' });
const pageField = () => page.getByRole('textbox', { name: 'Page' });

describe('real papers', () => {
  it('names Kent’s papers by what they are and files the report and both appendices with the meeting under item 3', async () => {
    await importFiles(page, KENT_FILES.map((file) => KENT + file));
    const meeting = /County Council.*9 January 2025/;
    await expect
      .poll(() => entriesUnder(meeting), { timeout: 180_000, interval: 1000 })
      .toEqual(
        [
          'County Council, 9 January 2025: Agenda',
          'County Council, 9 January 2025: Supplement (item 3)',
          'County Council, 9 January 2025: Minutes',
          'English Devolution White Paper',
          'Appendix A - 16.12.24 Ministerial Letter',
          'Appendix B: Devolution Framework Summary Table',
        ].sort(),
      );
    for (const title of ['English Devolution White Paper', 'Appendix A - 16.12.24 Ministerial Letter', 'Appendix B: Devolution Framework Summary Table']) {
      const entry = libraryEntries(page).filter({ hasText: title }).first();
      expect(await entry.textContent()).toContain('Item 3 · Filed by inference');
      // The user can correct an inferred filing.
      await entry.getByRole('button', { name: 'Edit meeting details' }).waitFor();
    }
    expect(await page.locator('.group-heading', { hasText: 'Not filed under a meeting' }).count()).toBe(0);
    const minutes = libraryEntries(page).filter({ hasText: 'County Council, 9 January 2025: Minutes' }).first();
    expect(await minutes.textContent()).toContain('3 minutes');
    // Long titles wrap beside the buttons, at 1366x768 and at 200% zoom.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: '/tmp/agenda-kent-library-1366.png' });
    await page.setViewportSize({ width: 683, height: 384 });
    await libraryEntries(page).filter({ hasText: 'English Devolution White Paper' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/agenda-kent-library-683.png' });
    const overlaps = await page.evaluate(() =>
      Array.from(document.querySelectorAll('li.document')).filter((li) => {
        const title = li.querySelector('.document-title')!.getBoundingClientRect();
        const actions = li.querySelector('.document-actions')!.getBoundingClientRect();
        return title.right > actions.left + 1 && title.bottom > actions.top + 1 && title.top < actions.bottom - 1;
      }).length,
    );
    expect(overlaps).toBe(0);
  });

  it('opens the reports pack at “Page 39” when item 5 is chosen on a front sheet that has no pages of its own, and says so when there is no pack', async () => {
    await importFiles(page, [FRONT_SHEET]);
    const frontSheet = libraryEntries(page).filter({ hasText: 'Safe and Strong Communities Select Committee, 26 September 2017: Agenda' }).first();
    await frontSheet.waitFor();
    await frontSheet.getByRole('button', { name: 'Open' }).click();
    await agenda().waitFor();
    const item5 = agenda().getByRole('button', { name: /^5\b/ });
    await item5.click();
    await page.getByText(/The pages of item 5 \(pages 39–77\) are not in this document/).waitFor();

    await page.getByRole('button', { name: 'Library' }).click();
    await importFiles(page, [PACK]);
    await libraryEntries(page).filter({ hasText: PACK_TITLE }).first().waitFor();
    await frontSheet.getByRole('button', { name: 'Open' }).click();
    await agenda().waitFor();
    await item5.click();
    await page.getByRole('heading', { level: 1, name: PACK_TITLE }).waitFor();
    await expect.poll(() => pageField().inputValue(), { timeout: 60_000 }).toBe('39');
    await page.locator('.page[data-page-number="41"] .textLayer').getByText('Page 39', { exact: true }).waitFor();
  });
});
