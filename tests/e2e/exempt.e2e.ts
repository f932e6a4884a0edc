// Exempt papers in the app: with the Part 2 front-sheet pack (item 7 after "Exclusion of the
// Public"), a highlight and a question on item 7 are marked "Exempt"; the annotated PDF and
// the question export leave them out by default; an export that includes them says
// "Not for publication: exempt information under Schedule 12A". The reader says when the page
// in view is exempt, quotes from item 7 in questions and notes are marked, and the user can
// mark a single agenda item exempt from the reader's agenda.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, importFiles, launchChromium, libraryEntries, openApp, selectOnPage } from './support';

const PART2_PACK = `${FIXTURES}part2-exempt-pack.pdf`;
const NOT_FOR_PUBLICATION = 'Not for publication: exempt information under Schedule 12A';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await openApp(browser);
  await importFiles(page, [PART2_PACK]);
  await libraryEntries(page).filter({ hasText: '7 agenda items' }).getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.page-position').getByText(/PDF page/).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push((await (await pdf.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '));
    return pages;
  } finally {
    await task.destroy();
  }
}

async function downloaded(click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await download.path());
}

const sidebar = () => page.getByRole('complementary', { name: 'Annotations' });
const exemptBanner = () => page.getByText(/This page is exempt information/);

async function goTo(pdfPage: number) {
  const field = page.getByRole('textbox', { name: 'Page' });
  await field.fill(`PDF ${pdfPage}`);
  await field.press('Enter');
}

async function highlight(pdfPage: number, phrase: string, comment: string) {
  await selectOnPage(page, pdfPage, phrase);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
  await page.getByLabel('Comment').fill(comment);
  await sidebar().getByRole('button', { name: 'Done' }).click();
  await sidebar().getByRole('button', { name: new RegExp(comment) }).waitFor();
}

async function ask(pdfPage: number, phrase: string, text: string) {
  await selectOnPage(page, pdfPage, phrase);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add question' }).click();
  const form = page.getByRole('dialog', { name: /question/i });
  await form.getByLabel('Question', { exact: true }).fill(text);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'hidden' });
}

describe('exempt papers', () => {
  it('marks the annotation on item 7 and leaves it out of the annotated PDF unless included', async () => {
    await highlight(5, 'adult social care', 'Overspend recoverable?');
    await highlight(8, 'preferred bidder', 'Below valuation?');
    expect(await sidebar().getByRole('button', { name: /Below valuation/ }).textContent()).toContain('Exempt');
    expect(await sidebar().getByRole('button', { name: /Overspend recoverable/ }).textContent()).not.toContain('Exempt');

    const without = await pdfPages(await downloaded(() => sidebar().getByRole('button', { name: 'Export annotated PDF', exact: true }).click()));
    expect(without).toHaveLength(7);
    // The agenda's title of item 7 is public; its report is not.
    expect(without.join(' ')).not.toContain('preferred bidder');
    expect(without.join(' ')).toContain('adult social care');
    expect(without.join(' ')).not.toContain(NOT_FOR_PUBLICATION);

    const withExempt = await pdfPages(await downloaded(() => sidebar().getByRole('button', { name: 'Export annotated PDF with exempt pages' }).click()));
    expect(withExempt).toHaveLength(9);
    expect(withExempt[7]).toContain(NOT_FOR_PUBLICATION);
    expect(withExempt[8]).toContain(NOT_FOR_PUBLICATION);
    expect(withExempt[4]).not.toContain(NOT_FOR_PUBLICATION);
  });

  it('marks the question on item 7 and leaves it out of the question export unless included', async () => {
    await ask(5, 'adult social care', 'Is the overspend recoverable?');
    await ask(8, 'preferred bidder', 'Why was the bid accepted below valuation?');
    const questions = page.getByRole('region', { name: 'Questions' });
    const exemptRow = questions.getByRole('listitem').filter({ hasText: 'Why was the bid accepted below valuation?' });
    await exemptRow.waitFor();
    expect(await exemptRow.textContent()).toContain('Exempt');
    expect(await questions.getByRole('listitem').filter({ hasText: 'Is the overspend recoverable?' }).textContent()).not.toContain('Exempt');

    await questions.getByRole('button', { name: 'Export questions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export questions' });
    const markdown = (await downloaded(() => dialog.getByRole('button', { name: 'Markdown' }).click())).toString('utf8');
    expect(markdown).toContain('Is the overspend recoverable?');
    expect(markdown).not.toContain('below valuation');

    await dialog.getByRole('checkbox', { name: /Include exempt questions/ }).check();
    const included = (await downloaded(() => dialog.getByRole('button', { name: 'Markdown' }).click())).toString('utf8');
    expect(included).toContain('Why was the bid accepted below valuation?');
    expect(included).toContain(NOT_FOR_PUBLICATION);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('says when the page in view is exempt, and marks quotes from item 7 in questions and notes', async () => {
    await goTo(8);
    await exemptBanner().waitFor();
    await goTo(5);
    await exemptBanner().waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Questions' }).click();
    const questions = page.getByRole('region', { name: 'Questions' });
    await questions.getByRole('listitem').filter({ hasText: 'Why was the bid accepted below valuation?' }).getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog', { name: /question/i });
    await expect.poll(() => form.getByRole('figure').filter({ hasText: 'preferred bidder' }).textContent()).toContain('Exempt');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'hidden' });

    await selectOnPage(page, 8, 'preferred bidder');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Quote in note' }).click();
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.waitFor();
    await expect.poll(() => notes.getByText('Exempt', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('lets the user mark a single agenda item exempt, and exports and marks follow it', async () => {
    await page.getByRole('tab', { name: 'Annotations' }).click();
    // Folded away under the agenda, out of the way of reading.
    await page.getByText('Exempt items', { exact: true }).click();
    const toggle = page.getByRole('checkbox', { name: 'Mark item 4 exempt' });
    expect(await toggle.isChecked()).toBe(false);
    // Item 7 is exempt by the front sheet: shown so, and not for the user to unmark.
    const seven = page.getByRole('checkbox', { name: /Mark item 7 exempt/ });
    expect(await seven.isChecked()).toBe(true);
    expect(await seven.isDisabled()).toBe(true);
    await goTo(5);
    expect(await exemptBanner().count()).toBe(0);

    await toggle.click();
    await exemptBanner().waitFor();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(() => sidebar().getByRole('button', { name: /Overspend recoverable/ }).textContent()).toContain('Exempt');
    const without = await pdfPages(await downloaded(() => sidebar().getByRole('button', { name: 'Export annotated PDF', exact: true }).click()));
    expect(without.join(' ')).not.toContain('adult social care');
    expect(without).toHaveLength(5);

    await page.getByRole('tab', { name: 'Questions' }).click();
    const questions = page.getByRole('region', { name: 'Questions' });
    await expect.poll(() => questions.getByRole('listitem').filter({ hasText: 'Is the overspend recoverable?' }).textContent()).toContain('Exempt');

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await exemptBanner().waitFor({ state: 'detached' });
    await expect.poll(() => questions.getByRole('listitem').filter({ hasText: 'Is the overspend recoverable?' }).textContent()).not.toContain('Exempt');
  });
});
