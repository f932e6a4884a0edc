// Focus with the keyboard: the skip link, focus on each new screen's heading, dialogs giving
// focus back to their opener, Escape asking before a typed question is lost, and the
// questions list as one tab stop with the arrows inside.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK, importFiles, launchChromium, libraryEntries, openApp } from './support';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const active = () =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { tag: element?.tagName ?? '', text: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim() };
  });

async function press(name: string | RegExp, within = page.getByRole('main'), key = 'Enter') {
  await within.getByRole('button', { name }).first().focus();
  await page.keyboard.press(key);
}

describe('focus from the keyboard', () => {
  it('skips to content, lands on headings, returns from dialogs, asks before losing a question, and keeps the list to one tab stop', async () => {
    page = await openApp(browser);
    // The app opens with focus on the screen's heading; the skip link is the first stop of the page.
    await expect.poll(active).toEqual({ tag: 'H1', text: 'Library' });
    expect(await page.evaluate(() => document.querySelector('a[href], button, input, select, textarea')?.textContent)).toBe('Skip to content');
    for (let press = 0; press < 20 && (await active()).tag !== 'A'; press++) await page.keyboard.press('Shift+Tab');
    expect(await active()).toEqual({ tag: 'A', text: 'Skip to content' });
    await page.keyboard.press('Enter');
    expect(await active()).toEqual({ tag: 'H1', text: 'Library' });

    await importFiles(page, [PACK]);
    await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
    await press('Questions and notes');
    await expect.poll(async () => (await active()).tag).toBe('H1');
    expect((await active()).text).toContain('Safe and Strong Communities Select Committee');

    const questions = page.getByRole('region', { name: 'Questions' });
    const form = page.getByRole('dialog', { name: /question/i });
    for (const text of ['First question?', 'Second question?', 'Third question?']) {
      await press('Add question', questions);
      await form.getByLabel('Question', { exact: true }).waitFor();
      await page.keyboard.type(text);
      await press('Save', form);
      await form.waitFor({ state: 'hidden' });
      // Back on the button that opened the form.
      await expect.poll(active).toEqual({ tag: 'BUTTON', text: 'Add question' });
    }

    // Escape on a half-typed question asks first; "Keep editing" keeps it.
    await press('Add question', questions);
    await form.getByLabel('Question', { exact: true }).waitFor();
    await page.keyboard.type('Half a thought');
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Discard this question?' });
    await discard.waitFor();
    await press('Keep editing', discard);
    await discard.waitFor({ state: 'hidden' });
    expect(await form.getByLabel('Question', { exact: true }).inputValue()).toBe('Half a thought');
    await page.keyboard.press('Escape');
    await press('Discard', discard);
    await form.waitFor({ state: 'hidden' });
    await expect.poll(active).toEqual({ tag: 'BUTTON', text: 'Add question' });
    expect(await questions.getByRole('listitem').count()).toBe(3);

    // Export: Escape gives focus back to the button.
    await press('Export questions', questions);
    await page.getByRole('dialog', { name: 'Export questions' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(active).toEqual({ tag: 'BUTTON', text: 'Export questions' });

    // The list is one tab stop: the arrows go between questions, Tab through one question's buttons and out.
    const rows = questions.getByRole('listitem');
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await active()).text).toContain('Second question?');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await active()).text).toContain('First question?');
    const stops: string[] = [];
    for (let press = 0; press < 5; press++) {
      await page.keyboard.press('Tab');
      stops.push((await active()).text);
    }
    expect(stops.slice(0, 4)).toEqual(['Edit', 'Move up', 'Move down', 'Reorder']);
    expect(stops[4]).not.toContain('question?');
    expect(await rows.evaluateAll((items) => items.filter((item) => item.tabIndex === 0).length)).toBe(1);
  });
});
