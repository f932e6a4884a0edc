// Meetings and agendas in Chromium: the library groups packs by meeting, the reader
// navigates by agenda item and speaks the printed page numbers.
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

const agenda = () => page.getByRole('navigation', { name: 'Agenda' });
const pageField = () => page.getByRole('textbox', { name: 'Page' });
const meetingHeading = () => page.getByRole('heading', { name: /Safe and Strong Communities Select Committee.*26 September 2017/ });

async function openPack(title: string | RegExp = PACK_TITLE) {
  await libraryEntries(page).filter({ hasText: title }).first().getByRole('button', { name: 'Open' }).click();
  await page.locator('.textLayer span').first().waitFor();
}

/** The PDF page at the top of the reader's viewport. */
const topPdfPage = () =>
  page.evaluate(() => {
    const top = document.querySelector('.pdf-scroll')!.getBoundingClientRect().top;
    return Array.from(document.querySelectorAll<HTMLElement>('.page')).find((p) => p.getBoundingClientRect().bottom > top + 10)?.dataset.pageNumber;
  });

describe('meetings and agendas', () => {
  it('files the Staffordshire pack under its committee and meeting, with time and venue', async () => {
    await importFiles(page, [PACK]);
    await meetingHeading().waitFor();
    const group = page.locator('.group-heading').filter({ has: meetingHeading() });
    expect(await group.textContent()).toContain('2.00 pm');
    expect(await group.textContent()).toContain('Oak Room, County Buildings, Stafford');
    expect(await group.textContent()).toContain('Tuesday 26 September 2017');
  });

  it('lists the agenda with printed page ranges and goes to the page stamped “Page 39” for item 5', async () => {
    await importFiles(page, [PACK]);
    await meetingHeading().waitFor();
    await openPack();
    await agenda().waitFor();
    const names = await agenda().getByRole('button').allTextContents();
    expect(names.map((name) => /^\s*(\d+[a-z]?)/.exec(name)?.[1])).toEqual(['1', '2', '3', '4', '4a', '5', '6', '6a', '7']);
    const item = (number: string) => agenda().getByRole('button', { name: new RegExp(`^${number}\\b`) });
    expect(await item('4').textContent()).toContain('Child Sexual Exploitation');
    expect(await item('4').textContent()).toContain('Pages 7–38');
    expect(await item('5').textContent()).toContain('Pages 39–77');
    expect(await item('6').textContent()).toContain('Pages 78–102');
    expect(await item('6a').textContent()).toContain('Pages 103–106');

    await item('5').click();
    await expect.poll(topPdfPage).toBe('41');
    await expect.poll(() => pageField().inputValue()).toBe('39');
    expect(await page.locator('.page-position').textContent()).toBe('Page 39 · PDF page 41 of 108');
    await page.locator('.page[data-page-number="41"] .textLayer').getByText('Page 39', { exact: true }).waitFor();
    await expect.poll(() => item('5').getAttribute('aria-current')).toBe('true');
  });

  it('takes a printed page number in the Page field and highlights the item being read', async () => {
    await importFiles(page, [PACK]);
    await meetingHeading().waitFor();
    await openPack();
    await agenda().waitFor();
    await pageField().fill('39');
    await pageField().press('Enter');
    await expect.poll(topPdfPage).toBe('41');

    await pageField().fill('80');
    await pageField().press('Enter');
    await expect.poll(topPdfPage).toBe('82');
    const current = agenda().locator('[aria-current="true"]');
    await expect.poll(() => current.textContent()).toMatch(/^6Work Programme/);

    await pageField().fill('PDF 2');
    await pageField().press('Enter');
    await expect.poll(topPdfPage).toBe('2');
    expect(await page.locator('.page-position').textContent()).toContain('PDF page 2 of 108');
  });

  it('lets the user correct the meeting details', async () => {
    await importFiles(page, [PACK]);
    await meetingHeading().waitFor();
    await page.locator('.group-heading').filter({ has: meetingHeading() }).getByRole('button', { name: 'Edit meeting details' }).click();
    const form = page.getByRole('dialog', { name: 'Meeting details' });
    expect(await form.getByRole('textbox', { name: 'Committee' }).inputValue()).toBe('Safe and Strong Communities Select Committee');
    expect(await form.getByLabel('Date').inputValue()).toBe('2017-09-26');
    expect(await form.getByRole('textbox', { name: 'Time' }).inputValue()).toBe('2.00 pm');
    await form.getByRole('textbox', { name: 'Venue' }).fill('Council Chamber, County Buildings, Stafford');
    // Escape with a change typed asks first; keeping on editing keeps what was typed.
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Discard this edit?' });
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await form.getByRole('textbox', { name: 'Venue' }).inputValue()).toBe('Council Chamber, County Buildings, Stafford');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.reload();
    const group = page.locator('.group-heading').filter({ has: meetingHeading() });
    await expect.poll(() => group.textContent()).toContain('Council Chamber, County Buildings, Stafford');
  });

  it('invents no agenda for single reports', async () => {
    const reports = ['herts-hscb-executive-response-2016.pdf', 'hscb-annual-report-2015-16.pdf', 'three-rivers-executive-2012-12-03-item-7f.pdf', 'central-beds-osc-2017-03-14-cse-health-check.pdf'];
    await importFiles(page, reports.map((name) => `${FIXTURES}${name}`));
    await expect.poll(() => libraryEntries(page).count()).toBe(4);
    await page.waitForFunction(() => !document.querySelector('.progress'));
    for (const name of reports) {
      const title = name.replace('.pdf', '');
      await expect.poll(() => libraryEntries(page).filter({ hasText: title }).first().textContent()).toContain('Report');
      expect(await libraryEntries(page).filter({ hasText: title }).first().textContent()).not.toContain('agenda items');
    }
    await openPack('herts-hscb-executive-response-2016');
    await page.waitForTimeout(500);
    expect(await agenda().count()).toBe(0);
  });

  it('keeps both versions when a revised pack arrives and shows which is current', async () => {
    await importFiles(page, [PACK]);
    await meetingHeading().waitFor();
    await importFiles(page, [`${FIXTURES}staffordshire-sscsc-2017-09-26-pack-revised.pdf`]);
    const dialog = page.getByRole('dialog', { name: 'Is this a revised version?' });
    await dialog.getByRole('button', { name: 'Yes, a revised version' }).click();
    const entry = libraryEntries(page).filter({ hasText: PACK_TITLE });
    await expect.poll(() => entry.count()).toBe(1);
    await expect.poll(() => entry.textContent()).toContain('Version 2 · current');
    expect(await entry.textContent()).toContain('109 pages');
    await entry.getByText('Earlier versions (1)').click();
    await entry.getByRole('button', { name: 'Open version 1' }).click();
    await page.locator('.textLayer span').first().waitFor();
    expect(await page.locator('.page-position').textContent()).toContain('of 108');
  });
});
