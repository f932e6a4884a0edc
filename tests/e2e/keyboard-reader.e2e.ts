// The reader with the keyboard only: go to agenda item 6a, select a sentence with the caret
// and make a question of it; highlight another sentence and comment on it; Tab never takes
// the view to another page. Run at 1366x768 and at 683x384 (200% zoom of that screen).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK, PACK_TITLE, SETTLE_MS, importFiles, launchChromium, libraryEntries } from './support';
import { inject } from 'vitest';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPack(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  context.setDefaultTimeout(SETTLE_MS);
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  await importFiles(page, [PACK]);
  await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
  await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.page-position').getByText(/PDF page/).waitFor();
  return page;
}

const position = (page: Page) => page.locator('.page-position').textContent();
const selected = (page: Page) => page.evaluate(() => document.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '');
/** The focused element's name: its aria-label, its label (a form field), or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const labelled = active && 'labels' in active ? (active as HTMLInputElement).labels?.[0]?.textContent : null;
    return (active?.getAttribute('aria-label') ?? labelled ?? active?.textContent ?? '').trim();
  });

/** Presses Tab until focus is on the element with this accessible label (at most `limit` presses). */
async function tabTo(page: Page, label: string, limit = 60) {
  for (let press = 0; press < limit; press++) {
    if ((await focusedName(page)) === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${label}”.`);
}

async function goTo6a(page: Page) {
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  const item = agenda.getByRole('button', { name: /^6a\b/ });
  if (!(await item.isVisible())) {
    // On a narrow window the agenda switch is under "More tools".
    const more = page.getByRole('button', { name: 'More tools' });
    if (await more.isVisible()) {
      await more.focus();
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Agenda', exact: true }).focus();
    await page.keyboard.press('Enter');
  }
  await item.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => position(page)).toContain('PDF page 105');
  await page.locator('.page[data-page-number="105"] .textLayer span').first().waitFor();
}

const toolbarHeight = async (page: Page) => (await page.getByRole('toolbar', { name: 'Reader' }).boundingBox())!.height;

async function keyboardJourney(page: Page) {
  const heightBefore = await toolbarHeight(page);
  await goTo6a(page);
  // One row whatever the page: the page does not jump as the page number's text changes.
  expect(await toolbarHeight(page)).toBe(heightBefore);
  // Tab from the agenda onwards reaches the pages and the controls after them, and never moves the view.
  await tabTo(page, 'Document pages');
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press('Tab');
    expect(await position(page)).toContain('PDF page 105');
  }
  await page.getByRole('region', { name: 'Document pages' }).focus();

  // The first arrow puts the caret at the top of the page; a few lines down, S selects the sentence there.
  await page.keyboard.press('ArrowDown');
  for (let line = 0; line < 6; line++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('s');
  const sentence = await selected(page);
  expect(sentence.length).toBeGreaterThan(10);
  const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
  await toolbar.waitFor();
  // Screen readers hear what was selected.
  await expect.poll(() => page.locator('[aria-live="polite"]').filter({ hasText: 'Selected:' }).textContent()).toContain(sentence.slice(0, 20));
  expect(await position(page)).toContain('PDF page 105');

  await tabTo(page, 'Add question');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: /question/i });
  await form.waitFor();
  expect(await form.getByLabel('Agenda item').inputValue()).toBe('6a');
  expect((await form.getByLabel('Question', { exact: true }).inputValue()).replace(/\s+/g, ' ')).toContain(sentence.slice(0, 20));
  await tabTo(page, 'For');
  await page.keyboard.type('Cabinet Member for Children and Young People');
  await tabTo(page, 'Lead member');
  await page.keyboard.type('Kyle Robinson');
  await tabTo(page, 'Save');
  await page.keyboard.press('Enter');
  await form.waitFor({ state: 'hidden' });
  // Focus comes back to the pages (the toolbar that opened the form has gone), on the same page.
  await expect.poll(() => focusedName(page)).toBe('Document pages');
  expect(await position(page)).toContain('PDF page 105');

  // Another sentence: extend a selection with Shift+Ctrl+Right over a few words, then grow it to the sentence.
  for (let line = 0; line < 5; line++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  expect((await selected(page)).split(' ').length).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('s');
  const second = await selected(page);
  expect(second).not.toBe(sentence);
  await toolbar.waitFor();
  await tabTo(page, 'Highlight');
  await page.keyboard.press('Enter');
  // Focus is in the new highlight's comment.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('annotation-comment');
  await page.keyboard.type('Ask how this compares with neighbouring councils.');
  await page.keyboard.press('Tab');
  const annotations = page.getByRole('complementary', { name: 'Annotations' });
  await expect.poll(() => annotations.textContent()).toContain('Ask how this compares with neighbouring councils.');
  expect(await position(page)).toContain('PDF page 105');

  // Enter with the caret in the highlight opens its editor again.
  await annotations.getByRole('button', { name: 'Done' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Document pages' }).focus();
  await expect.poll(() => annotations.locator('#annotation-comment').count()).toBe(0);
  const spanOfSecond = await page.evaluate((text) => {
    // Put the caret inside the highlighted sentence, as the arrows would leave it.
    const spans = [...document.querySelectorAll('.page[data-page-number="105"] .textLayer span')];
    const span = spans.find((element) => element.textContent && text.includes(element.textContent.trim()) && element.textContent.trim().length > 3);
    if (!span?.firstChild) return false;
    document.getSelection()!.collapse(span.firstChild, 1);
    return true;
  }, second);
  expect(spanOfSecond).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('annotation-comment');

  // The question is in the meeting's list with both fields.
  await page.getByRole('tab', { name: 'Questions' }).focus();
  await page.keyboard.press('Enter');
  const questions = page.getByRole('region', { name: 'Questions' });
  await expect.poll(() => questions.textContent()).toContain('Kyle Robinson');
  expect(await questions.textContent()).toContain('Cabinet Member for Children and Young People');
}

describe('the reader from the keyboard', () => {
  it('at 1366x768: a question from a sentence in 6a, a commented highlight, and Tab stays on the page', async () => {
    const page = await openPack(1366, 768);
    await keyboardJourney(page);
    await page.context().close();
  });

  it('at 683x384 (200% zoom): the same, with a page column at least 300 px wide and no sideways scrolling', async () => {
    const page = await openPack(683, 384);
    const column = await page.getByRole('region', { name: 'Document pages' }).boundingBox();
    expect(column!.width).toBeGreaterThanOrEqual(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await keyboardJourney(page);
    await page.context().close();
  });
});
