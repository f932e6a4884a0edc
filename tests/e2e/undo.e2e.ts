// Undo after deleting an annotation, a note, a question and a question list, each across a
// reload: deletions are kept (soft) and logged, so the reader's Undo (and Ctrl+Z) and the
// Notes and Questions regions' "Undo delete …" still bring them back after the page reloads.
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
});

describe('undo across a reload in the reader', () => {
  const sidebar = () => page.getByRole('complementary', { name: 'Annotations' });
  const entries = () => sidebar().getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem');

  async function openPack() {
    await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('.page-position').getByText(/PDF page/).waitFor();
  }

  async function highlight(pdfPage: number, phrase: string, comment: string) {
    await selectOnPage(page, pdfPage, phrase);
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
    await page.getByLabel('Comment').fill(comment);
    await sidebar().getByRole('button', { name: 'Done' }).click();
    await sidebar().getByRole('button', { name: new RegExp(comment) }).waitFor();
  }

  async function deleteHighlight(comment: string) {
    await sidebar().getByRole('button', { name: new RegExp(comment) }).click();
    await sidebar().getByRole('button', { name: 'Delete highlight', exact: true }).click();
    await sidebar().getByRole('button', { name: new RegExp(comment) }).waitFor({ state: 'detached' });
  }

  it('brings deleted annotations back with Ctrl+Z and the Undo button after a reload, latest first', async () => {
    await page.getByRole('heading', { name: /Safe and Strong Communities Select Committee/ }).waitFor();
    await openPack();
    await highlight(16, 'Operation Safenet', 'Ask how Safenet is funded');
    await highlight(41, 'Cabinet Response', 'Ask for the response date');
    await deleteHighlight('Ask how Safenet is funded');
    await deleteHighlight('Ask for the response date');
    await expect.poll(() => entries().count()).toBe(0);

    await page.reload();
    await openPack();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undo.isEnabled()).toBe(true);
    await page.keyboard.press('Control+z');
    await sidebar().getByRole('button', { name: /Ask for the response date/ }).waitFor();
    expect(await entries().count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Undone: Delete highlight.' }).count()).toBe(1);
    await undo.click();
    await sidebar().getByRole('button', { name: /Ask how Safenet is funded/ }).waitFor();
    expect(await entries().count()).toBe(2);
    // Drawn on its page again, not only listed.
    await sidebar().getByRole('button', { name: /Ask how Safenet is funded/ }).click();
    await expect.poll(() => page.locator('.page[data-page-number="16"] .annotation-highlight rect').count()).toBeGreaterThan(0);
    await expect.poll(() => undo.isEnabled()).toBe(false);
  });
});

describe('undo across a reload in the meeting workspace', () => {
  const questions = () => page.getByRole('region', { name: 'Questions' });
  const notes = () => page.getByRole('region', { name: 'Notes' });
  const rowTexts = async () => (await questions().getByRole('listitem').locator('.q-text').allTextContents()).map((t) => t.replace(/^Question \d+: /, ''));
  const form = () => page.getByRole('dialog', { name: /question/i });

  async function openWorkspace() {
    await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    await questions().waitFor();
  }

  async function reloadWorkspace() {
    await page.reload();
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    await questions().waitFor();
  }

  async function addQuestion(text: string) {
    await questions().getByRole('button', { name: 'Add question' }).click();
    await form().getByLabel('Question', { exact: true }).fill(text);
    await form().getByRole('button', { name: 'Save' }).click();
    await form().waitFor({ state: 'hidden' });
  }

  it('brings back a deleted note', async () => {
    await openWorkspace();
    await notes().getByRole('button', { name: 'Add note' }).click();
    await notes().getByLabel('Note', { exact: true }).fill('# Breathing Space\n\nAsk who funds it.');
    await notes().getByRole('button', { name: /Breathing Space/ }).waitFor();
    await notes().getByRole('button', { name: 'Delete note', exact: true }).click();
    await notes().getByRole('button', { name: /Breathing Space/ }).waitFor({ state: 'detached' });

    await reloadWorkspace();
    expect(await notes().getByRole('list', { name: 'Your notes' }).count()).toBe(0);
    await notes().getByRole('button', { name: 'Undo delete note', exact: true }).click();
    await notes().getByRole('button', { name: /Breathing Space/ }).click();
    expect(await notes().getByLabel('Note', { exact: true }).inputValue()).toBe('# Breathing Space\n\nAsk who funds it.');
    await notes().getByRole('button', { name: 'Undo delete note', exact: true }).waitFor({ state: 'detached' });
  });

  it('brings back a deleted question in its place in the running order', async () => {
    await openWorkspace();
    await addQuestion('First');
    await addQuestion('Second');
    await addQuestion('Third');
    await questions().getByRole('listitem').filter({ hasText: 'Second' }).getByRole('button', { name: 'Edit' }).click();
    await form().getByRole('button', { name: 'Delete question', exact: true }).click();
    await expect.poll(rowTexts).toEqual(['First', 'Third']);

    await reloadWorkspace();
    await expect.poll(rowTexts).toEqual(['First', 'Third']);
    await questions().getByRole('button', { name: 'Undo delete question', exact: true }).click();
    await expect.poll(rowTexts).toEqual(['First', 'Second', 'Third']);
  });

  it('brings back a deleted question list with its questions', async () => {
    await openWorkspace();
    await addQuestion('Keep me');
    await addQuestion('And me');
    await questions().getByRole('button', { name: 'Delete list', exact: true }).click();
    await page.getByRole('dialog', { name: 'Delete this question list?' }).getByRole('button', { name: 'Delete list' }).click();
    await expect.poll(rowTexts).toEqual([]);

    await reloadWorkspace();
    expect(await rowTexts()).toEqual([]);
    await questions().getByRole('button', { name: 'Undo delete question list', exact: true }).click();
    await expect.poll(rowTexts).toEqual(['Keep me', 'And me']);
    expect(await questions().getByRole('button', { name: 'Delete list', exact: true }).isEnabled()).toBe(true);
  });
});
