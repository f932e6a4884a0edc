// From the reader: text selected in a pack (or an annotation) becomes a question or a
// quote in a note in one step, and shows in the reader's Questions and Notes panels.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PACK, PACK_TITLE, importFiles, launchChromium, libraryEntries, openApp, selectOnPage } from './support';

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
  await importFiles(page, [PACK]);
  await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
  await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.page-position').getByText(/PDF page/).waitFor();
});

const form = () => page.getByRole('dialog', { name: /question/i });

const selectOn = (pdfPage: number, phrase: string) => selectOnPage(page, pdfPage, phrase);

describe('questions and notes from the reader', () => {
  it('makes a question of text selected in item 6a for the cabinet member, led by a member', async () => {
    await selectOn(105, 'why more children are entering care in Staffordshire');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add question' }).click();
    await form().waitFor();
    expect(await form().getByLabel('Agenda item').inputValue()).toBe('6a');
    await form().getByLabel('Question', { exact: true }).fill('Why are more children entering care in Staffordshire?');
    await form().getByLabel('For', { exact: true }).fill('Cabinet Member for Children and Young People');
    await form().getByLabel('Lead member', { exact: true }).fill('Kyle Robinson');
    await form().getByRole('button', { name: 'Save' }).click();
    await form().waitFor({ state: 'hidden' });

    const questions = page.getByRole('region', { name: 'Questions' });
    await questions.waitFor();
    await expect.poll(() => questions.textContent()).toContain('Why are more children entering care in Staffordshire?');
    expect(await questions.textContent()).toContain('Kyle Robinson');
    expect(await questions.textContent()).toContain('Cabinet Member for Children and Young People');

    await page.reload();
    await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('tab', { name: 'Questions' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Questions' }).textContent()).toContain('Kyle Robinson');
  });

  it('quotes a selection in a note, and asks about an annotation', async () => {
    await selectOn(16, 'Operation Safenet');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Quote in note' }).click();
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.waitFor();
    await expect.poll(() => notes.textContent()).toContain('Operation Safenet');

    await page.getByRole('tab', { name: 'Annotations' }).click();
    await selectOn(16, 'Abduction Notices');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
    await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: 'Ask about this' }).click();
    await form().waitFor();
    expect(await form().getByLabel('Agenda item').inputValue()).toBe('4');
    expect(await form().getByLabel('Question', { exact: true }).inputValue()).toContain('Abduction Notices');
  });
});
