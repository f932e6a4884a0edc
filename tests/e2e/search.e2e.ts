// Search across the library and the reader's walk through matches, as a councillor uses
// them: the Staffordshire pack and single reports, a note and a question, a reload, removing
// a document and a revised pack.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, PACK, PACK_TITLE, SETTLE_MS, importFiles, launchChromium, libraryEntries, openApp } from './support';

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

const REPORTS = ['hscb-annual-report-2015-16.pdf', 'herts-hscb-executive-response-2016.pdf', 'central-beds-osc-2017-03-14-cse-health-check.pdf'].map((name) => `${FIXTURES}${name}`);
const searchDialog = () => page.getByRole('dialog', { name: 'Search' });
const results = () => searchDialog().getByRole('list', { name: 'Results' });
const resultButtons = () => results().locator('button.search-hit');
const status = () => page.getByRole('status').filter({ hasText: /Match|No matches/ });
const position = () => page.locator('.page-position').textContent();

/** Imports files and waits until every one has been read (its text is what search indexes). */
async function importAndRead(paths: string[]) {
  await importFiles(page, paths);
  await libraryEntries(page).filter({ hasText: 'agenda items' }).first().waitFor();
  // The search index follows the database: wait until it has every document.
  await expect.poll(() => indexedSources(), { timeout: SETTLE_MS * 2 }).toBeGreaterThanOrEqual(paths.length);
}

async function indexedSources(): Promise<number> {
  // Reports with the same title as another are offered as revisions: these are separate documents.
  const revision = page.getByRole('dialog', { name: 'Is this a revised version?' });
  if (await revision.isVisible()) await revision.getByRole('button', { name: 'No, a separate document' }).click();
  await page.getByRole('button', { name: 'Search' }).click();
  const text = (await searchDialog().getByTestId('search-index-status').textContent()) ?? '';
  await searchDialog().getByRole('button', { name: 'Close' }).click();
  return Number(/(\d+) sources?\b/.exec(text)?.[1] ?? 0) - (text.includes('indexing') ? 1000 : 0);
}

async function search(text: string) {
  if (!(await searchDialog().isVisible())) await page.getByRole('button', { name: 'Search' }).click();
  await searchDialog().getByRole('searchbox', { name: 'Search' }).fill(text);
  await searchDialog().getByRole('status').filter({ hasText: /results?/ }).waitFor();
}

describe('search', () => {
  it('finds "Operation Safenet" in the pack, opens the reader there with the words marked, and walks matches across pages', async () => {
    await importAndRead([PACK, ...REPORTS]);
    // Ctrl+K opens Search from any screen.
    await page.keyboard.press('Control+k');
    await searchDialog().getByRole('searchbox', { name: 'Search' }).waitFor();
    await search('Operation Safenet');
    const first = resultButtons().first();
    await first.waitFor();
    const name = (await first.getAttribute('aria-label')) ?? '';
    expect(name).toContain(PACK_TITLE);
    expect(name).toMatch(/Page \d+/);
    expect(await first.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Operation', 'Safenet']));
    // The snippet wraps inside its result: the marked words are on screen, not cut off at its edge.
    const box = (await first.boundingBox())!;
    for (const mark of await first.locator('mark').all()) {
      const at = (await mark.boundingBox())!;
      expect(at.x + at.width).toBeLessThanOrEqual(box.x + box.width);
    }
    const printed = /Page (\d+)/.exec(name)?.[1];
    await first.click();

    // The reader opens at that page with the words marked and the first match counted.
    await page.locator('.textLayer .highlight').first().waitFor();
    await expect.poll(position).toContain(`Page ${printed}`);
    // The count is of the whole document (counted as pages are read); the match shown is the first on this page.
    await expect.poll(() => status().textContent()).toMatch(/^Match \d+ of \d+$/);
    await expect.poll(async () => {
      const before = await status().textContent();
      await page.waitForTimeout(1500);
      return before === (await status().textContent());
    }).toBe(true);
    const [, at, total] = (/^Match (\d+) of (\d+)$/.exec((await status().textContent()) ?? '') ?? []).map(Number);
    expect(total).toBeGreaterThan(at!);
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect.poll(() => status().textContent()).toBe(`Match ${at! + 1} of ${total}`);
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect.poll(() => status().textContent()).toBe(`Match ${at} of ${total}`);

    // "sexual exploitation": Next match moves on across pages.
    await search('sexual exploitation');
    const pack = resultButtons().filter({ has: page.locator('mark') }).and(page.locator(`[aria-label*="${PACK_TITLE}"]`)).first();
    await pack.click();
    await expect.poll(() => status().textContent()).toMatch(/^Match \d+ of \d+$/);
    const startPage = await position();
    for (let step = 0; step < 40 && (await position()) === startPage; step++) await page.getByRole('button', { name: 'Next match' }).click();
    expect(await position()).not.toBe(startPage);

    // Find in this document (Ctrl+F) uses the same index: a typo still finds the word.
    await page.keyboard.press('Control+f');
    await page.keyboard.type('Safenett');
    await page.keyboard.press('Enter');
    await expect.poll(() => status().textContent()).toMatch(/^Match \d+ of \d+$/);
  });

  it('tolerates a typo, checks an exact phrase, and answers after a reload without rebuilding the index', async () => {
    await importAndRead([PACK, REPORTS[0]!]);
    await search('recomend');
    await resultButtons().first().waitFor();
    const marked = (await results().locator('mark').allTextContents()).map((word) => word.toLowerCase());
    expect(marked.some((word) => word.startsWith('recommendation'))).toBe(true);

    await search('"children coming into care"');
    await resultButtons().first().waitFor();
    const snippets = await results().locator('.search-snippet').allTextContents();
    for (const snippet of snippets) expect(snippet.replace(/\s+/g, ' ').toLowerCase()).toContain('children coming into care');
    // Without quotes the same words find more pages (in any order): the phrase is checked word for word.
    const phraseCount = await resultButtons().count();
    await search('children coming into care');
    await expect.poll(() => resultButtons().count()).toBeGreaterThan(phraseCount);

    // Once the dialog says the index is saved (neither indexing nor saving), reload: the index is loaded, nothing is re-indexed.
    await expect.poll(() => searchDialog().getByTestId('search-index-status').textContent()).toMatch(/built on this device: 2 sources, 2 indexed since start\.$/);
    await page.reload();
    await page.getByRole('button', { name: 'Import PDF' }).waitFor();
    await page.getByRole('button', { name: 'Search' }).click();
    const indexStatus = searchDialog().getByTestId('search-index-status');
    await expect.poll(() => indexStatus.textContent()).toMatch(/loaded from this device in \d+ ms: \d+ sources, nothing re-indexed\.$/);
    await search('Operation Safenet');
    expect(await resultButtons().count()).toBeGreaterThan(0);
    expect(await indexStatus.textContent()).toContain('nothing re-indexed');
  });

  it('finds a phrase in a note and a word in a question, and opens them', async () => {
    await importAndRead([PACK]);
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByLabel('Note', { exact: true }).fill('# Visit plans\n\nAsk about the edge of care pilot in Tamworth.');
    const questions = page.getByRole('region', { name: 'Questions' });
    await questions.getByRole('button', { name: 'Add question' }).click();
    const form = page.getByRole('dialog', { name: /question/i });
    await form.getByLabel('Question', { exact: true }).fill('What did the Breathing Space evaluation conclude?');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Library' }).or(page.getByRole('button', { name: /Back to library/ })).first().click();

    await expect.poll(async () => {
      await search('"edge of care pilot"');
      return resultButtons().count();
    }).toBe(1);
    expect(await resultButtons().first().getAttribute('aria-label')).toContain('Note: Visit plans');
    await resultButtons().first().click();
    await expect.poll(() => page.getByRole('region', { name: 'Notes' }).getByLabel('Note', { exact: true }).inputValue()).toContain('edge of care pilot');

    await search('evaluation');
    const question = resultButtons().filter({ hasText: 'Breathing Space evaluation' });
    await question.first().click();
    await expect.poll(() => page.getByRole('dialog', { name: /question/i }).getByLabel('Question', { exact: true }).inputValue()).toBe('What did the Breathing Space evaluation conclude?');
  });

  it('drops a removed document’s hits and marks a revised pack’s old hits as superseded', async () => {
    await importAndRead([PACK, REPORTS[2]!]);
    await search('health check');
    await expect.poll(() => resultButtons().filter({ hasText: /./ }).and(page.locator('[aria-label*="CSE"]')).count()).toBeGreaterThan(0);
    await searchDialog().getByRole('button', { name: 'Close' }).click();
    const report = libraryEntries(page).filter({ hasNotText: PACK_TITLE }).first();
    await report.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => libraryEntries(page).count()).toBe(1);
    await expect.poll(async () => {
      await search('"health check"');
      return resultButtons().and(page.locator('[aria-label*="CSE"]')).count();
    }).toBe(0);
    await searchDialog().getByRole('button', { name: 'Close' }).click();

    await importFiles(page, [`${FIXTURES}staffordshire-sscsc-2017-09-26-pack-revised.pdf`]);
    await page.getByRole('dialog', { name: 'Is this a revised version?' }).getByRole('button', { name: 'Yes, a revised version' }).click();
    await expect.poll(async () => {
      await search('Operation Safenet');
      return resultButtons().and(page.locator('[aria-label*="superseded"]')).count();
    }).toBeGreaterThan(0);
    // The new version's pages are found too, and are not marked superseded.
    expect(await resultButtons().and(page.locator(`[aria-label*="${PACK_TITLE}"]:not([aria-label*="superseded"])`)).count()).toBeGreaterThan(0);
  });
});
