// Reading state in Chromium: a pack cut off mid-reading by a reload is read and filed at the next
// start without being opened, with its progress in the library; the Page field waits for the
// printed numbers instead of guessing; an unanswered revision question is asked again.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, PACK, importFiles, largePack, launchChromium, libraryEntries, openApp } from './support';

let browser: Browser;
let page: Page;
let large: string;

beforeAll(async () => {
  [large, browser] = await Promise.all([largePack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
});

const bigEntry = () => libraryEntries(page).filter({ hasText: '648 pages' });
const position = () => page.locator('.page-position');

describe('reading state', () => {
  it('reads and files a pack whose reading a reload cut short, without opening it', { timeout: 600_000 }, async () => {
    page = await openApp(browser);
    await importFiles(page, [large]);
    // The library says how far it has got.
    await bigEntry().getByText(/^Reading \d+ of 648 pages$/).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Import PDF' }).waitFor();
    await bigEntry().filter({ hasText: 'agenda items' }).waitFor({ timeout: 300_000 });
    // Filed under its meeting, not left unfiled.
    await page.getByRole('heading', { name: /Safe and Strong Communities Select Committee/ }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Not filed under a meeting' }).count()).toBe(0);
    await page.context().close();
  });

  it('goes to the pages stamped 14 and 50 when they are typed right after opening a just-imported pack', { timeout: 600_000 }, async () => {
    page = await openApp(browser);
    await importFiles(page, [large]);
    await bigEntry().getByRole('button', { name: 'Open', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Page' });
    await field.fill('14');
    await field.press('Enter');
    await expect.poll(() => position().textContent(), { timeout: 300_000 }).toContain('Page 14 · PDF page 16 of 648');
    await field.fill('50');
    await field.press('Enter');
    await expect.poll(() => position().textContent()).toContain('Page 50 · PDF page 52 of 648');
    await page.context().close();
  });

  it('asks “Is this a revised version?” again after a restart when it was left unanswered', { timeout: 600_000 }, async () => {
    page = await openApp(browser);
    await importFiles(page, [PACK]);
    await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
    await importFiles(page, [`${FIXTURES}staffordshire-sscsc-2017-09-26-pack-revised.pdf`]);
    const question = page.getByRole('dialog', { name: 'Is this a revised version?' });
    await question.waitFor();
    await page.reload();
    await question.waitFor();
    await question.getByRole('button', { name: 'Yes, a revised version' }).click();
    await libraryEntries(page).getByText('Version 2 · current').waitFor();
    expect(await libraryEntries(page).count()).toBe(1);
    await page.context().close();
  });
});
