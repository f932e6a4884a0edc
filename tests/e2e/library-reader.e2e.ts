// The first slice, as a councillor uses it in Chromium: import a pack, read it, come back to it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, PACK, PACK_TITLE, dropFiles, importFiles, launchChromium, libraryEntries, openApp, storedRows } from './support';

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

const pageField = () => page.getByRole('textbox', { name: 'Page' });

async function openFromLibrary(title: string | RegExp) {
  await libraryEntries(page).filter({ hasText: title }).getByRole('button', { name: 'Open' }).click();
  await page.locator('.textLayer span').first().waitFor();
  // The printed page numbers are known once the pack's structure has been read.
  await page.locator('.page-position').getByText(/PDF page/).waitFor();
}

const position = () => page.locator('.page-position').textContent();

describe('library and reader', () => {
  it('imports the Staffordshire pack, reads it, and reopens it on the page left after a reload', async () => {
    await importFiles(page, [PACK]);
    const entry = libraryEntries(page).filter({ hasText: PACK_TITLE });
    await entry.waitFor();
    await expect.poll(() => entry.textContent()).toContain('108 pages');
    expect(await libraryEntries(page).count()).toBe(1);

    await openFromLibrary(PACK_TITLE);
    const heading = page.locator('.textLayer').getByText('Safe and Strong Communities Select Committee', { exact: true }).first();
    await heading.waitFor({ state: 'visible' });

    // Select the committee's name with the mouse, as a reader would.
    const box = (await heading.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('Safe and Strong Communities');

    // The Page field speaks the numbers stamped on the paper: "Page 50" is PDF page 52.
    await pageField().fill('50');
    await pageField().press('Enter');
    await expect.poll(position).toBe('Page 50 · PDF page 52 of 108');
    await page.locator('.page[data-page-number="52"] .textLayer').getByText('Page 50', { exact: true }).waitFor();

    // Saved a moment after the page changes: wait for it to be stored, then reload.
    await expect.poll(async () => (await storedRows<{ page: number }>(page, 'viewStates')).some((row) => row.page === 52)).toBe(true);
    await page.reload();
    await libraryEntries(page).filter({ hasText: PACK_TITLE }).waitFor();
    await openFromLibrary(PACK_TITLE);
    await expect.poll(() => pageField().inputValue()).toBe('50');
    expect(await position()).toBe('Page 50 · PDF page 52 of 108');
    const visiblePage = await page.evaluate(() => {
      const scroller = document.querySelector('.pdf-scroll')!;
      const top = scroller.getBoundingClientRect().top;
      const pages = Array.from(document.querySelectorAll<HTMLElement>('.page'));
      return pages.find((p) => p.getBoundingClientRect().bottom > top + 10)?.dataset.pageNumber;
    });
    expect(visiblePage).toBe('52');
  });

  it('keeps one copy when the same file is imported twice, and says so', async () => {
    await importFiles(page, [PACK]);
    await libraryEntries(page).first().waitFor();
    await importFiles(page, [PACK]);
    const status = page.getByRole('status').filter({ hasText: 'already in the library' });
    await status.waitFor();
    expect(await status.textContent()).toContain('staffordshire-sscsc-2017-09-26-pack.pdf');
    expect(await libraryEntries(page).count()).toBe(1);
  });

  it('imports files dropped onto the library', async () => {
    await dropFiles(page, [`${FIXTURES}herts-hscb-executive-response-2016.pdf`, `${FIXTURES}central-beds-osc-2017-03-14-cse-health-check.pdf`]);
    await expect.poll(() => libraryEntries(page).count()).toBe(2);
    await expect.poll(() => libraryEntries(page).filter({ hasText: 'herts-hscb-executive-response-2016' }).textContent()).toContain('2 pages');
  });

  it('moves through pages and zooms from the keyboard and toolbar', async () => {
    await importFiles(page, [PACK]);
    await openFromLibrary(PACK_TITLE);
    await page.locator('.pdf-scroll').focus();
    await page.keyboard.press('PageDown');
    await expect.poll(position).toContain('PDF page 2 of 108');
    await page.keyboard.press('End');
    await expect.poll(position).toBe('Page 106 · PDF page 108 of 108');
    await page.keyboard.press('PageUp');
    await expect.poll(position).toBe('Page 105 · PDF page 107 of 108');
    await page.keyboard.press('Home');
    await expect.poll(position).toContain('PDF page 1 of 108');

    const width = () => page.locator('.page[data-page-number="1"]').evaluate((el) => el.getBoundingClientRect().width);
    const fitted = await width();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(width).toBeGreaterThan(fitted * 1.05);
    const zoomedIn = await width();
    // pdf.js zooms in steps; two steps out from one step in land below fit width.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(width).toBeLessThan(zoomedIn * 0.97);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(width).toBeLessThan(fitted - 5);
    await page.getByRole('button', { name: 'Fit width' }).click();
    // Back to the width it was fitted to (to the pixel, give or take rounding).
    await expect.poll(async () => Math.abs((await width()) - fitted)).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: 'Library' }).click();
    await libraryEntries(page).first().waitFor();
  });

  it('says which page numbers exist when asked for one that does not', async () => {
    await importFiles(page, [PACK]);
    await openFromLibrary(PACK_TITLE);
    await pageField().fill('500');
    await pageField().press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: '500' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('no page stamped “500”');
    expect(await alert.textContent()).toContain('“PDF 1” to “PDF 108”');
  });

  it('removes a document only after confirmation', async () => {
    await importFiles(page, [PACK]);
    await libraryEntries(page).first().waitFor();
    await libraryEntries(page).first().getByRole('button', { name: 'Remove' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await libraryEntries(page).count()).toBe(1);

    await libraryEntries(page).first().getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => libraryEntries(page).count()).toBe(0);
    await page.reload();
    await page.getByText('No documents yet').waitFor();
  });
});
