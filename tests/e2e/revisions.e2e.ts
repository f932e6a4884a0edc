// Revised packs in Chromium: questions and note quotes follow the revised Staffordshire pack to its
// new printed pages, the export prints them, the earlier version says a newer one exists, and
// "What changed" lists the added, changed and withdrawn passages with links to both versions.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, PACK, PACK_TITLE, importFiles, launchChromium, libraryEntries, openApp, selectOnPage } from './support';

let browser: Browser;
let page: Page;
const downloads = mkdtempSync(join(tmpdir(), 'scrutineer-revisions-'));
const REVISED = `${FIXTURES}staffordshire-sscsc-2017-09-26-pack-revised.pdf`;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const form = () => page.getByRole('dialog', { name: /question/i });
const questions = () => page.getByRole('region', { name: 'Questions' });
const position = () => page.locator('.page-position');

async function openCurrent() {
  await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
  await position().getByText(/PDF page/).waitFor();
}

async function askAbout(pdfPage: number, phrase: string, text: string) {
  await selectOnPage(page, pdfPage, phrase);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add question' }).click();
  await form().waitFor();
  await form().getByLabel('Question', { exact: true }).fill(text);
  await form().getByRole('button', { name: 'Save' }).click();
  await form().waitFor({ state: 'hidden' });
  await expect.poll(() => questions().textContent()).toContain(text);
}

/** What the question's form says under its passage ("5 Low Level Neglect, page 39"). */
async function passageOf(question: string): Promise<string> {
  await questions().getByRole('listitem').filter({ hasText: question }).getByRole('button', { name: 'Edit' }).click();
  await form().waitFor();
  const text = (await form().locator('figure.passage figcaption').textContent()) ?? '';
  await form().getByRole('button', { name: 'Cancel' }).click();
  await form().waitFor({ state: 'hidden' });
  return text;
}

describe('a revised pack', () => {
  it('carries questions and a note quote to the revised pages, exports them, and shows what changed', { timeout: 600_000 }, async () => {
    page = await openApp(browser);
    await importFiles(page, [PACK]);
    await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
    await openCurrent();

    // Printed page 39 (PDF 41, item 5) and printed page 103 (PDF 105, item 6a).
    await askAbout(41, 'Preventing Low Level Neglect', 'Who answers for the response on neglect?');
    await askAbout(105, 'why more children are entering care in Staffordshire', 'Why are more children entering care?');
    expect(await passageOf('Who answers for the response on neglect?')).toMatch(/page 39(?!\d)/);
    expect(await passageOf('Why are more children entering care?')).toMatch(/page 103(?!\d)/);
    await selectOnPage(page, 16, 'Operation Safenet');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Quote in note' }).click();
    const notes = page.getByRole('region', { name: 'Notes' });
    await expect.poll(() => notes.textContent()).toContain('Operation Safenet');
    expect(await notes.textContent()).toContain('page 14');
    // Go to PDF page 41 (printed 39) of the first version, to come back to the same place later.
    await selectOnPage(page, 41, 'Preventing Low Level Neglect');

    await page.getByRole('button', { name: 'Library' }).click();
    await importFiles(page, [REVISED]);
    await page.getByRole('dialog', { name: 'Is this a revised version?' }).getByRole('button', { name: 'Yes, a revised version' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Question passages carried over' }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Question passages carried over' }).textContent()).toContain('2 found again, 0 need review');
    expect(await page.getByRole('status').filter({ hasText: 'Note quotes carried over' }).textContent()).toContain('1 found again');

    await openCurrent();
    expect(await position().textContent()).toContain('of 109');
    await page.getByRole('tab', { name: 'Questions' }).click();
    await expect.poll(() => questions().textContent()).toContain('Who answers for the response on neglect?');
    expect(await passageOf('Who answers for the response on neglect?')).toMatch(/page 40(?!\d)/);
    expect(await passageOf('Why are more children entering care?')).toMatch(/page 104(?!\d)/);
    await page.getByRole('tab', { name: 'Notes' }).click();
    // The note's quote is on printed page 14 in both versions; its passage now points at version 2.
    await expect.poll(() => page.getByRole('region', { name: 'Notes' }).textContent()).toContain('Operation Safenet');

    // The export prints the revised pack's pages.
    await page.getByRole('tab', { name: 'Questions' }).click();
    await questions().getByRole('button', { name: 'Export questions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export questions' });
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Markdown' }).click()]);
    const path = join(downloads, 'questions.md');
    await file.saveAs(path);
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toContain('page 40');
    expect(markdown).toContain('page 104');
    expect(markdown).not.toMatch(/page 39(?!\d)|page 103(?!\d)/);
    await page.keyboard.press('Escape');

    // The current version says what it is and what changed; its changed pages carry a badge.
    const revisedBar = page.getByRole('region', { name: 'Revised version' });
    await revisedBar.waitFor();
    await revisedBar.getByRole('button', { name: 'What changed' }).click();
    const changes = page.getByRole('dialog', { name: 'What changed' });
    const list = changes.getByRole('list', { name: 'Changes' });
    await list.waitFor();
    const added = list.getByRole('listitem').filter({ hasText: 'This revised report replaces the version published on 18 September 2017' });
    expect(await added.getAttribute('aria-label')).toMatch(/^Added in item 4 /);
    const safenet = list.getByRole('listitem').filter({ hasText: 'extended county-wide' });
    expect(await safenet.getAttribute('aria-label')).toMatch(/^Changed/);
    expect(await safenet.textContent()).toContain('Operation Safenet');
    const withdrawn = list.getByRole('listitem').filter({ hasText: 'This paragraph has been withdrawn' });
    expect(await withdrawn.textContent()).toContain('virtual-reality video');
    // The note quoting the Safenet line is among what that change affects.
    expect(await safenet.textContent()).toMatch(/Affects:[^]*Note/);
    // Each links to both versions: the withdrawn paragraph was on printed page 11 of version 1.
    expect(await withdrawn.getByRole('button', { name: /^Open in version 2, page 11$/ }).count()).toBe(1);
    await withdrawn.getByRole('button', { name: /^Open in version 1, page 11$/ }).click();
    await position().getByText(/of 108/).waitFor();
    await expect.poll(() => position().textContent()).toContain('PDF page 13');

    // The earlier version: the banner, and the way to the same place in the newer one.
    const banner = page.getByRole('region', { name: 'A newer version exists' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('A newer version exists');
    await expect.poll(() => page.getByRole('note', { name: /Page 13: Changed in version 2/ }).count()).toBe(1);
    await selectOnPage(page, 41, 'Preventing Low Level Neglect');
    await banner.getByRole('button', { name: 'Open the same place in version 2' }).click();
    await position().getByText(/of 109/).waitFor();
    await expect.poll(() => position().textContent()).toContain('PDF page 42');
  });
});
