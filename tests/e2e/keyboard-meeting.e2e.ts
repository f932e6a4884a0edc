// Meeting mode and appearance from the keyboard: mark questions asked and answered and move
// between them with the arrow keys, at 1366x768 and at 683x384 with the controls in view;
// text size 150% and the dark theme survive a reload, and axe stays clean in the dark.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { PACK, SETTLE_MS, importFiles, launchChromium, libraryEntries } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openApp(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  context.setDefaultTimeout(SETTLE_MS);
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  return page;
}

/** Focuses a control found by role and name and presses a key on it, as Tab and a key press would. */
async function press(page: Page, locator: ReturnType<Page['getByRole']>, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

const inView = async (page: Page, locator: ReturnType<Page['getByRole']>) => {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width;
};

async function meetingModeJourney(page: Page) {
  await importFiles(page, [PACK]);
  await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
  await press(page, page.getByRole('button', { name: 'Questions and notes' }));
  const questions = page.getByRole('region', { name: 'Questions' });
  const form = page.getByRole('dialog', { name: /question/i });
  for (const text of ['What is the timescale for the review?', 'How many families were reached?', 'Who leads the work?']) {
    await press(page, questions.getByRole('button', { name: 'Add question' }));
    await form.getByLabel('Question', { exact: true }).waitFor();
    await page.keyboard.type(text);
    await press(page, form.getByRole('button', { name: 'Save' }));
    await form.waitFor({ state: 'hidden' });
  }
  await expect.poll(() => questions.getByRole('listitem').count()).toBe(3);

  await press(page, questions.getByRole('button', { name: 'Meeting mode' }));
  const mode = page.getByRole('main', { name: 'Meeting mode' });
  const heading = () => mode.getByRole('heading', { level: 2 }).textContent();
  await expect.poll(heading).toBe('What is the timescale for the review?');
  // The keys are shown on screen, and the controls are in view.
  expect(await mode.getByText(/move between questions/).isVisible()).toBe(true);
  expect(await inView(page, mode.getByRole('button', { name: 'Next question' }))).toBe(true);
  expect(await inView(page, mode.getByRole('button', { name: 'Mark asked' }))).toBe(true);

  await press(page, mode.getByRole('button', { name: 'Mark asked' }));
  await expect.poll(() => mode.getByRole('button', { name: 'Mark asked' }).getAttribute('aria-pressed')).toBe('true');
  // Away from the answer box, the arrow keys move on.
  await page.keyboard.press('ArrowRight');
  await expect.poll(heading).toBe('How many families were reached?');
  await press(page, mode.getByRole('button', { name: 'Mark answered' }));
  await expect.poll(() => mode.getByRole('button', { name: 'Mark answered' }).getAttribute('aria-pressed')).toBe('true');
  await mode.getByLabel('Answer').focus();
  await page.keyboard.type('About 120 families in the first year.');
  // While typing, plain arrows stay in the text; Alt+Right moves on.
  await page.keyboard.press('ArrowLeft');
  expect(await heading()).toBe('How many families were reached?');
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(heading).toBe('Who leads the work?');
  await press(page, mode.getByRole('button', { name: 'Mark asked' }));
  await page.keyboard.press('ArrowLeft');
  await expect.poll(heading).toBe('How many families were reached?');
  // The answer was stored on leaving the card; the list may show it a moment later.
  await expect.poll(() => mode.getByLabel('Answer').inputValue()).toBe('About 120 families in the first year.');
  await page.keyboard.press('PageUp');
  await expect.poll(heading).toBe('What is the timescale for the review?');
  await page.keyboard.press('n');
  await expect.poll(heading).toBe('How many families were reached?');
  await expect.poll(() => mode.getByText(/of 3 asked/).textContent()).toContain('3 of 3 asked');
}

describe('meeting mode from the keyboard', () => {
  it('at 1366x768: marks two asked and one answered with an answer, moving with the arrow keys', async () => {
    const page = await openApp(1366, 768);
    await meetingModeJourney(page);
    await page.context().close();
  });

  it('at 683x384 (200% zoom): the same, with the controls in view', async () => {
    const page = await openApp(683, 384);
    await meetingModeJourney(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });
});

describe('appearance', () => {
  it('keeps text size 150% and the dark theme after a reload, and axe finds nothing serious in the dark', async () => {
    const page = await openApp(1366, 768);
    const sizeBefore = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await press(page, page.getByRole('button', { name: 'Settings' }));
    const appearance = page.getByRole('region', { name: 'Appearance' });
    await press(page, appearance.getByRole('radio', { name: '150%' }), 'Space');
    await press(page, appearance.getByRole('radio', { name: 'Dark' }), 'Space');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // PDF pages keep their own colours unless asked.
    expect(await page.evaluate(() => document.documentElement.dataset.contrastPages)).toBe('false');
    await press(page, appearance.getByRole('checkbox', { name: /PDF pages in high contrast/ }), 'Space');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.contrastPages)).toBe('true');

    await page.reload();
    await page.getByRole('button', { name: 'Import PDF' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.contrastPages)).toBe('true');
    await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeCloseTo(sizeBefore * 1.5, 1);
    // The background really is dark, not just labelled so.
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.library')!.closest('.app')!.parentElement!).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');

    const found: Record<string, string[]> = {};
    found['library, dark'] = await seriousViolations(page);
    await importFiles(page, [PACK]);
    await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
    found['library with a pack, dark'] = await seriousViolations(page);
    await press(page, page.getByRole('button', { name: 'Questions and notes' }));
    await page.getByRole('region', { name: 'Questions' }).waitFor();
    found['workspace, dark'] = await seriousViolations(page);
    await press(page, page.getByRole('button', { name: 'Settings' }));
    await page.getByRole('region', { name: 'Appearance' }).waitFor();
    found['settings, dark'] = await seriousViolations(page);
    await press(page, page.getByRole('radio', { name: 'High contrast' }), 'Space');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    found['settings, high contrast'] = await seriousViolations(page);
    expect(Object.entries(found).filter(([, lines]) => lines.length > 0)).toEqual([]);
    await page.context().close();
  });
});
