// Removing a document with the user's work on it: the dialog says what is on it and asks
// whether to keep it detached or delete it, and the app does exactly that.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PACK, PACK_TITLE, importFiles, launchChromium, libraryEntries, openApp, selectOnPage, storedRows } from './support';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const rows = <T>(table: string) => storedRows<T>(page, table);

interface Passage {
  quote: string;
  detached?: boolean;
}

beforeEach(async () => {
  page = await openApp(browser);
  await importFiles(page, [PACK]);
  await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
  await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.page-position').getByText(/PDF page/).waitFor();

  // A highlight with a comment.
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await selectOnPage(page, 16, 'Operation Safenet');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
  await page.getByLabel('Comment').fill('How is Safenet funded?');
  await sidebar.getByRole('button', { name: 'Done' }).click();
  await sidebar.getByRole('button', { name: /How is Safenet funded/ }).waitFor();

  // A quote in a note.
  await selectOnPage(page, 16, 'Abduction Notices');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Quote in note' }).click();
  await expect.poll(() => page.getByRole('region', { name: 'Notes' }).textContent()).toContain('Abduction Notices');

  // A question prompted by a passage.
  await selectOnPage(page, 105, 'why more children are entering care in Staffordshire');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add question' }).click();
  const form = page.getByRole('dialog', { name: /question/i });
  await form.getByLabel('Question', { exact: true }).fill('Why are more children entering care?');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Library' }).click();
  await libraryEntries(page).first().getByRole('button', { name: 'Remove', exact: true }).click();
});

async function removeChoosing(option: 'Keep them, detached from the document' | 'Delete them') {
  const dialog = page.getByRole('dialog', { name: /Remove/ });
  const question = dialog.getByRole('group', { name: 'What should happen to your work on it?' });
  await question.waitFor();
  expect(await question.textContent()).toContain('You have 1 annotation, 1 quote in your notes and 1 passage quoted in your questions on this document.');
  await dialog.getByRole('radio', { name: option }).check();
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByText('No documents yet').waitFor();
}

describe('removing a document with annotations, quotes and question passages', () => {
  it('keeps them detached when the user says so', async () => {
    await removeChoosing('Keep them, detached from the document');
    await page.getByText('Kept 1 annotation, 1 quote in your notes and 1 passage quoted in your questions, detached from it.').waitFor();

    const annotations = await rows<{ comment: string; detachedFrom?: { title: string } }>('annotations');
    expect(annotations.map((a) => [a.comment, a.detachedFrom?.title])).toEqual([['How is Safenet funded?', PACK_TITLE]]);
    const [note] = await rows<{ body: string; passages: Passage[] }>('notes');
    expect(note!.body).toContain('Abduction Notices');
    expect(note!.passages.map((p) => [p.quote, p.detached])).toEqual([['Abduction Notices', true]]);
    const [question] = await rows<{ text: string; passages: Passage[] }>('questions');
    expect(question!.text).toBe('Why are more children entering care?');
    expect(question!.passages.map((p) => [p.quote, p.detached])).toEqual([['why more children are entering care in Staffordshire', true]]);
  });

  it('deletes them when the user says so, keeping the note and the question', async () => {
    await removeChoosing('Delete them');
    await page.getByText('Deleted 1 annotation, 1 quote in your notes and 1 passage quoted in your questions.').waitFor();

    expect(await rows('annotations')).toEqual([]);
    const [note] = await rows<{ body: string; passages: Passage[] }>('notes');
    expect(note!.body).not.toContain('Abduction Notices');
    expect(note!.passages).toEqual([]);
    const [question] = await rows<{ text: string; passages: Passage[] }>('questions');
    expect(question!.text).toBe('Why are more children entering care?');
    expect(question!.passages).toEqual([]);
  });
});
