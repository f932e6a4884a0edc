// The Search dialog's filters, used as a councillor would: kind (packs, reports, notes,
// questions), committee, date range, and whether exempt papers are included. Two packs of
// different committees and years (one with a Part 2 item), a report, a note and a question.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, PACK, importFiles, launchChromium, libraryEntries, openApp } from './support';

const PART2_PACK = `${FIXTURES}part2-exempt-pack.pdf`;
const STAFFORDSHIRE = 'Safe and Strong Communities Select Committee';
const RESOURCES = 'Resources and Performance Scrutiny Committee';
let browser: Browser;
let page: Page;

const searchDialog = () => page.getByRole('dialog', { name: 'Search' });
const results = () => searchDialog().getByRole('list', { name: 'Results' });
const resultButtons = () => results().locator('button.search-hit');
/** Pages found under a meeting whose heading starts with `committee` (not the note or question filed there). */
const hitsOf = (committee: string) =>
  results()
    .getByRole('list', { name: new RegExp(`^${committee}`) })
    .locator('button.search-hit:not([aria-label^="Note:"]):not([aria-label^="Question:"])');
const named = (start: string) => resultButtons().and(page.locator(`[aria-label^="${start}"]`));
const filter = (name: string) => searchDialog().getByRole('checkbox', { name, exact: true });

async function search(text: string) {
  await searchDialog().getByRole('searchbox', { name: 'Search' }).fill(text);
  await searchDialog().getByRole('status').filter({ hasText: /results?$|shown$/ }).waitFor();
}

async function indexedSources(): Promise<number> {
  const text = (await searchDialog().getByTestId('search-index-status').textContent()) ?? '';
  return text.includes('indexing') ? -1 : Number(/(\d+) sources?\b/.exec(text)?.[1] ?? 0);
}

/** Setup waits on what the user sees without expect.poll (which needs a test). */
async function until(check: () => Promise<boolean>) {
  while (!(await check())) await page.waitForTimeout(500);
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await openApp(browser);
  await importFiles(page, [PACK, PART2_PACK]);
  await until(async () => (await libraryEntries(page).filter({ hasText: 'agenda items' }).count()) === 2);

  // Each meeting has its own notes and questions: these go with the first listed.
  await page.getByRole('button', { name: 'Questions and notes' }).first().click();
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByRole('button', { name: 'Add note' }).click();
  await notes.getByLabel('Note', { exact: true }).fill('# Depot sale\n\nWho is the preferred bidder for the site?');
  const questions = page.getByRole('region', { name: 'Questions' });
  await questions.getByRole('button', { name: 'Add question' }).click();
  const form = page.getByRole('dialog', { name: /question/i });
  await form.getByLabel('Question', { exact: true }).fill('Has the preferred bidder been vetted?');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Search' }).click();
  // Two packs, the note and the question.
  await until(async () => (await indexedSources()) >= 4);
  await searchDialog().getByText('Filters', { exact: true }).click();
});
afterAll(async () => {
  await browser?.close();
});

describe('search filters', () => {
  it('narrows by kind: packs, notes, questions', async () => {
    await search('preferred bidder');
    // The Part 2 item's page, the note and the question.
    await expect.poll(() => hitsOf(RESOURCES).count()).toBeGreaterThan(0);
    await expect.poll(() => named('Note:').count()).toBe(1);
    await expect.poll(() => named('Question:').count()).toBe(1);

    await filter('Notes').check();
    await expect.poll(() => resultButtons().count()).toBe(1);
    expect(await named('Note:').count()).toBe(1);

    await filter('Notes').uncheck();
    await filter('Packs').check();
    await expect.poll(() => named('Note:').count()).toBe(0);
    expect(await named('Question:').count()).toBe(0);
    expect(await hitsOf(RESOURCES).count()).toBeGreaterThan(0);

    // Two kinds at once: packs and questions.
    await filter('Questions').check();
    await expect.poll(() => named('Question:').count()).toBe(1);
    expect(await named('Note:').count()).toBe(0);
    await filter('Packs').uncheck();
    await filter('Questions').uncheck();
    await expect.poll(() => named('Note:').count()).toBe(1);
  });

  it('leaves out exempt papers, page by page, when they are not to be included', async () => {
    const include = filter('Include exempt papers');
    expect(await include.isChecked()).toBe(true);
    await search('preferred bidder');
    await expect.poll(() => hitsOf(RESOURCES).count()).toBeGreaterThan(0);
    expect(await hitsOf(RESOURCES).first().textContent()).toContain('exempt');

    await include.uncheck();
    // The only page with the words is in Part 2: it goes; the note and question are not about it.
    await expect.poll(() => hitsOf(RESOURCES).count()).toBe(0);
    expect(await named('Note:').count()).toBe(1);
    // The same pack's Part 1 pages are still found.
    await search('overspend');
    await expect.poll(() => hitsOf(RESOURCES).count()).toBeGreaterThan(0);

    await include.check();
    await search('preferred bidder');
    await expect.poll(() => hitsOf(RESOURCES).count()).toBeGreaterThan(0);
  });

  it('narrows by committee and by date range', async () => {
    await search('committee');
    await expect.poll(() => hitsOf(STAFFORDSHIRE).count()).toBeGreaterThan(0);
    await expect.poll(() => hitsOf(RESOURCES).count()).toBeGreaterThan(0);

    const committee = searchDialog().getByRole('combobox', { name: 'Committee' });
    await committee.selectOption({ label: RESOURCES });
    await expect.poll(() => hitsOf(STAFFORDSHIRE).count()).toBe(0);
    expect(await hitsOf(RESOURCES).count()).toBeGreaterThan(0);
    await committee.selectOption({ label: 'All committees' });
    await expect.poll(() => hitsOf(STAFFORDSHIRE).count()).toBeGreaterThan(0);

    // From 2026: the 2017 pack goes. To the end of 2020: the 2026 pack goes instead.
    await searchDialog().getByRole('textbox', { name: 'From', exact: true }).fill('2026-01-01');
    await expect.poll(() => hitsOf(STAFFORDSHIRE).count()).toBe(0);
    expect(await hitsOf(RESOURCES).count()).toBeGreaterThan(0);
    await searchDialog().getByRole('textbox', { name: 'From', exact: true }).fill('');
    await searchDialog().getByRole('textbox', { name: 'To', exact: true }).fill('2020-12-31');
    await expect.poll(() => hitsOf(RESOURCES).count()).toBe(0);
    expect(await hitsOf(STAFFORDSHIRE).count()).toBeGreaterThan(0);
    await searchDialog().getByRole('textbox', { name: 'To', exact: true }).fill('');
    await expect.poll(() => hitsOf(RESOURCES).count()).toBeGreaterThan(0);
  });
});
