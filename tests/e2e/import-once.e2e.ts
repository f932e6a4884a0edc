// Importing a pack reads it with pdf.js once, in the structure worker: the UI thread starts
// no pdf.js of its own for a file it is not displaying, yet the page count, title and
// agenda all arrive.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PACK, PACK_TITLE, SETTLE_MS, importFiles, launchChromium, libraryEntries } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The app, with every worker the UI thread starts recorded in window.startedWorkers. */
async function openRecordingWorkers(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(SETTLE_MS);
  await context.addInitScript(() => {
    const started: string[] = [];
    (window as unknown as { startedWorkers: string[] }).startedWorkers = started;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(options?.name ?? String(url));
      }
    };
  });
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  return page;
}

describe('import', () => {
  it('reads the pack in one worker: page count, title and agenda, without pdf.js on the UI thread', async () => {
    const page = await openRecordingWorkers();
    await importFiles(page, [PACK]);
    const entry = libraryEntries(page).filter({ hasText: PACK_TITLE });
    await entry.filter({ hasText: '108 pages' }).waitFor();
    await entry.filter({ hasText: 'agenda items' }).waitFor();
    // The search worker indexes the text the structure worker stored; it never opens the PDF.
    const workers = await page.evaluate(() => (window as unknown as { startedWorkers: string[] }).startedWorkers);
    expect(workers.filter((name) => name !== 'search')).toEqual(['structure']);
    await page.context().close();
  });
});
