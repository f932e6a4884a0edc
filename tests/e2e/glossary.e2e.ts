// The glossary as a councillor uses it: the pack's acronyms with their meanings and pages,
// the annual report's, and an acronym explained when pointed at or focused in the reader.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, PACK, PACK_TITLE, importFiles, launchChromium, libraryEntries, openApp } from './support';

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

const glossary = () => page.getByRole('region', { name: 'Glossary' });
const row = (acronym: string) => glossary().getByRole('row').filter({ has: page.getByRole('rowheader', { name: acronym, exact: true }) });

describe('glossary', () => {
  it('lists the pack’s and the annual report’s acronyms with their pages, and explains CSE in the reader', async () => {
    await importFiles(page, [PACK, `${FIXTURES}hscb-annual-report-2015-16.pdf`]);
    await libraryEntries(page).filter({ hasText: 'agenda items' }).first().waitFor();
    await expect.poll(() => libraryEntries(page).filter({ hasText: 'pages' }).count()).toBeGreaterThanOrEqual(2);

    await page.getByRole('button', { name: 'Glossary' }).click();
    await glossary().waitFor();
    await row('CSE').first().waitFor();
    for (const [acronym, meaning] of [
      ['CSE', 'Child Sexual Exploitation'],
      ['CSAF', 'Child Sexual Abuse Forum'],
      ['LAC', 'looked after children'],
      ['SSCB', 'Staffordshire Safeguarding Children Board'],
    ]) {
      const text = (await row(acronym!).allTextContents()).join(' | ');
      expect(text).toContain(meaning);
      // Where it was defined: the printed page, or the PDF page on the unnumbered front sheet.
      expect(text).toMatch(new RegExp(`${PACK_TITLE}, (PDF page|Page) \\d+`));
    }
    await expect.poll(async () => (await row('MASH').allTextContents()).join(' | ')).toMatch(/Multi-Agency Safeguarding Hub.*annual.report.*(PDF page|Page) \d+/i);

    // The user corrects an entry and adds one of their own.
    await glossary().getByLabel('Acronym', { exact: true }).fill('SSCSC');
    await glossary().getByLabel('Meaning', { exact: true }).fill('Safe and Strong Communities Select Committee');
    await glossary().getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(async () => (await row('SSCSC').allTextContents()).join(' ')).toContain('Added by you');

    // In the reader, the acronym is explained when pointed at, and reachable from the keyboard.
    await page.getByRole('button', { name: 'Library' }).click();
    await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open' }).click();
    const field = page.getByRole('textbox', { name: 'Page' });
    await page.locator('.textLayer span').first().waitFor();
    await field.fill('10');
    await field.press('Enter');
    const cse = page.getByRole('button', { name: 'CSE: Child Sexual Exploitation' }).first();
    await cse.waitFor();
    await cse.hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('CSE: Child Sexual Exploitation');
    await page.mouse.move(0, 0);
    await cse.focus();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('CSE: Child Sexual Exploitation');
    expect(await cse.getAttribute('aria-describedby')).toBe('acronym-tip');
  });
});
