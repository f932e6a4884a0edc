// The reader's toolbar at laptop sizes: one row with every control whole and on screen, also
// while drawing ink and with a find's match count showing; where the row cannot hold them all,
// they are under "More tools" rather than cut off at the window's edge.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { PACK, PACK_TITLE, SETTLE_MS, importFiles, launchChromium, libraryEntries } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The toolbar's shown controls that are cut off or off screen, by name. */
const cutOff = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('[role="toolbar"][aria-label="Reader"]')!.getBoundingClientRect();
    const right = Math.min(bar.right, document.documentElement.clientWidth);
    return [...document.querySelectorAll<HTMLElement>('[role="toolbar"][aria-label="Reader"] :is(button, input, select)')]
      .filter((control) => control.getClientRects().length > 0 && !control.closest('.toolbar-overflow.open'))
      .filter((control) => {
        const box = control.getBoundingClientRect();
        return box.left < bar.left || box.right > right + 0.5 || control.scrollWidth > control.clientWidth + 1;
      })
      .map((control) => control.getAttribute('aria-label') ?? control.textContent?.trim());
  });

const shown = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Reader' }).getByRole('button', { name, exact: true }).isVisible();

it('keeps every control of the reader toolbar whole at 1280, 1366 and 1440 px, and uses More tools below, down to 320 px', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  context.setDefaultTimeout(SETTLE_MS);
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  await importFiles(page, [PACK]);
  await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
  await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.page[data-page-number="1"] .textLayer span').first().waitFor();
  const toolbar = page.getByRole('toolbar', { name: 'Reader' });
  const height = async () => (await toolbar.boundingBox())!.height;
  // One row: a toolbar button's height and the toolbar's padding, not two buttons' heights.
  const buttonHeight = (await page.getByRole('button', { name: 'Library' }).boundingBox())!.height;
  const heights = new Map<number, number>();

  const laptops = [
    { width: 1280, height: 860 },
    { width: 1366, height: 768 },
    { width: 1440, height: 900 },
  ];
  const checkLaptops = async () => {
    for (const size of laptops) {
      await page.setViewportSize(size);
      for (const name of ['Side panel', 'Agenda', 'Fit width', 'Ink', 'Text box']) await expect.poll(() => shown(page, name)).toBe(true);
      expect(await cutOff(page)).toEqual([]);
      const rowHeight = await height();
      expect(rowHeight).toBeLessThan(buttonHeight * 1.6);
      // The same height with a find's count or the ink choice showing: the page below does not jump.
      expect(rowHeight).toBe(heights.get(size.width) ?? rowHeight);
      heights.set(size.width, rowHeight);
    }
  };
  await checkLaptops();

  // A find's match count and the ink's colour and width do not push controls off the row.
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  await find.fill('children');
  await find.press('Enter');
  await page.getByRole('status').filter({ hasText: /^Match \d+ of \d+$/ }).waitFor();
  await page.getByRole('button', { name: 'Ink', exact: true }).click();
  await page.getByRole('combobox', { name: 'Ink colour' }).waitFor();
  await checkLaptops();
  await page.getByRole('button', { name: 'Ink', exact: true }).click();

  // Narrower: the tools are under More tools, and nothing shown is cut off.
  await page.getByRole('region', { name: 'Document pages' }).focus();
  await page.setViewportSize({ width: 1180, height: 800 });
  await expect.poll(() => shown(page, 'More tools')).toBe(true);
  expect(await shown(page, 'Side panel')).toBe(false);
  expect(await cutOff(page)).toEqual([]);
  await page.getByRole('button', { name: 'More tools' }).click();
  await expect.poll(() => shown(page, 'Side panel')).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => shown(page, 'Side panel')).toBe(false);

  // 320 px (a 1280 px window at 400%): the title takes a row of its own, the controls share the next, the rest under More tools.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => shown(page, 'More tools')).toBe(true);
  expect(await cutOff(page)).toEqual([]);
  const title = (await toolbar.getByRole('heading', { level: 1 }).boundingBox())!;
  const library = (await page.getByRole('button', { name: 'Library' }).boundingBox())!;
  expect(library.y).toBeGreaterThanOrEqual(title.y + title.height);
  await page.getByRole('button', { name: 'More tools' }).click();
  await expect.poll(() => shown(page, 'Side panel')).toBe(true);
  await page.keyboard.press('Escape');

  // Back in one row when there is room; a control in use that moves under More tools stays in view, focused.
  await page.setViewportSize({ width: 1280, height: 860 });
  await expect.poll(() => shown(page, 'Side panel')).toBe(true);
  expect(await shown(page, 'More tools')).toBe(false);
  await page.getByRole('button', { name: 'Fit width' }).focus();
  await page.setViewportSize({ width: 1180, height: 800 });
  await expect.poll(() => shown(page, 'More tools')).toBe(true);
  expect(await shown(page, 'Fit width')).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Fit width');
  await context.close();
});
