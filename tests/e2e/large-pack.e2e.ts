// The 648-page pack: imports, paints its first page, reaches its last page, and keeps only
// a handful of pages drawn however far the reader travels. How fast and how much heap are
// figures for `npm run bench`, not assertions here; the generous timeouts only stop a hang.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFiles, largePack, launchChromium, libraryEntries, openApp } from './support';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  const [path, launched] = await Promise.all([largePack(), launchChromium()]);
  browser = launched;
  page = await openApp(browser);
  // Records, as the library changes, which heading the new pack sits under and whether it is still being read.
  await page.evaluate(() => {
    const seen: { heading: string; reading: boolean }[] = [];
    (window as unknown as { filingSeen: typeof seen }).filingSeen = seen;
    new MutationObserver(() => {
      const entry = [...document.querySelectorAll('li.document')].find((li) => li.textContent?.includes('648 pages'));
      if (!entry) return;
      let heading: Element | null = entry.previousElementSibling;
      while (heading && !heading.classList.contains('group-heading')) heading = heading.previousElementSibling;
      const now = { heading: heading?.querySelector('h2')?.textContent ?? '', reading: entry.querySelector('.reading-state') !== null };
      const last = seen.at(-1);
      if (!last || last.heading !== now.heading || last.reading !== now.reading) seen.push(now);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await importFiles(page, [path]);
});
afterAll(async () => {
  await browser?.close();
});

const position = () => page.locator('.page-position').textContent();
const drawn = (n: number) => page.locator(`.page[data-page-number="${n}"] canvas`);

async function goTo(pdfPage: number) {
  const field = page.getByRole('textbox', { name: 'Page' });
  await field.fill(`PDF ${pdfPage}`);
  await field.press('Enter');
  await drawn(pdfPage).waitFor();
}

it('lists the pack with its 648 pages and finds its agenda', async () => {
  await libraryEntries(page).filter({ hasText: '648 pages' }).waitFor({ timeout: 180_000 });
  // Read in a worker; waiting for it keeps the page position below settled (printed numbers known).
  await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor({ timeout: 240_000 });
}, 600_000);

it('shows the pack under its meeting while it is still being read, never as unfiled', async () => {
  const seen = await page.evaluate(() => (window as unknown as { filingSeen: { heading: string; reading: boolean }[] }).filingSeen);
  expect(seen.some((state) => state.reading && state.heading.startsWith('Safe and Strong Communities Select Committee'))).toBe(true);
  // Listed before its first pages are read, it may show unfiled for a moment; once filed, it stays.
  const filedAt = seen.findIndex((state) => state.heading.startsWith('Safe and Strong'));
  expect(seen.slice(filedAt).filter((state) => state.heading.startsWith('Not filed'))).toEqual([]);
  // Filed for good under the same meeting once read.
  expect(seen.at(-1)).toEqual({ heading: expect.stringMatching(/^Safe and Strong Communities Select Committee/), reading: false });
});

it('opens it with the first page painted and its text selectable', async () => {
  await libraryEntries(page).filter({ hasText: '648 pages' }).getByRole('button', { name: 'Open' }).click();
  await drawn(1).waitFor();
  await page.locator('.page[data-page-number="1"] .textLayer span').first().waitFor();
  await expect.poll(position).toContain('PDF page 1 of 648');
  // The mark `npm run bench` times open-to-first-paint by is still set.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('scrutineer:open-to-first-paint').length)).toBe(1);
});

it('goes to the last page from the keyboard', async () => {
  await page.locator('.pdf-scroll').focus();
  await page.keyboard.press('End');
  await expect.poll(position).toContain('PDF page 648 of 648');
  await drawn(648).waitFor();
  await page.locator('.page[data-page-number="648"] .textLayer span').first().waitFor();
});

it('releases pages left behind: travelling the whole pack leaves only a handful drawn', async () => {
  // Drawing every 24th page and its neighbours paints far more than 30 pages in all.
  for (let n = 1; n <= 648; n += 24) await goTo(n);
  await goTo(648);
  expect(await page.locator('.page canvas').count()).toBeLessThan(30);
  expect(await drawn(1).count()).toBe(0);
});
