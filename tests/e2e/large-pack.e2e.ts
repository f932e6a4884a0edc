// The 648-page pack: imports, paints its first page quickly and scrolls end to end
// without the renderer's memory growing with the page count.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LARGE_PACK, importFiles, launchChromium, libraryEntries, openApp } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

it('opens the 648-page pack within 2 s and scrolls it end to end under 400 MB of JS heap', async () => {
  const page = await openApp(browser);
  await importFiles(page, [LARGE_PACK]);
  const entry = libraryEntries(page).filter({ hasText: '648 pages' });
  await entry.waitFor({ timeout: 30_000 });

  await entry.getByRole('button', { name: 'Open' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('scrutineer:open-to-first-paint').length > 0);
  const openToPaint = await page.evaluate(() => performance.getEntriesByName('scrutineer:open-to-first-paint')[0]!.duration);
  expect(openToPaint).toBeLessThan(2000);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapMB = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value / 2 ** 20;
  };
  const height = await page.locator('.pdf-scroll').evaluate((el) => el.scrollHeight);
  let peak = 0;
  for (let top = 0; top <= height; top += 6000) {
    await page.locator('.pdf-scroll').evaluate((el, y) => {
      el.scrollTop = y;
    }, top);
    await page.waitForTimeout(20);
    if (top % 120_000 === 0) peak = Math.max(peak, await heapMB());
  }
  await page.locator('.pdf-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect.poll(() => page.locator('.page-position').textContent()).toContain('PDF page 648 of 648');
  await page.locator('.page[data-page-number="648"] .textLayer span').first().waitFor();
  peak = Math.max(peak, await heapMB());
  expect(peak).toBeLessThan(400);
  // Pages far behind have released their canvases: only a handful stay drawn.
  const drawn = await page.locator('.page canvas').count();
  expect(drawn).toBeLessThan(30);
});
