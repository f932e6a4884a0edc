// Annotations as a councillor uses them in Chromium: highlight with a comment, keep it
// across a reload and a revised pack, export it as a real annotated PDF and a summary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, PACK, PACK_TITLE, importFiles, launchChromium, libraryEntries, openApp, selectOnPage, storedRows } from './support';

let browser: Browser;
let page: Page;
const out = mkdtempSync(join(tmpdir(), 'scrutineer-annotations-'));

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await openApp(browser);
  await importFiles(page, [PACK]);
  await page.getByRole('heading', { name: /Safe and Strong Communities Select Committee/ }).waitFor();
});

const sidebar = () => page.getByRole('complementary', { name: 'Annotations' });

async function openCurrent() {
  await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.page-position').getByText(/PDF page/).waitFor();
}

const selectPhrase = (pdfPage: number, phrase: string) => selectOnPage(page, pdfPage, phrase);

async function highlight(pdfPage: number, phrase: string, comment: string) {
  await selectPhrase(pdfPage, phrase);
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
  await page.getByLabel('Comment').fill(comment);
  await sidebar().getByRole('button', { name: 'Done' }).click();
  await sidebar().getByRole('button', { name: new RegExp(comment) }).waitFor();
}

describe('annotations', () => {
  it('keeps a highlight with its comment across a reload, listed as “Item 4 · Page 14”', async () => {
    await openCurrent();
    await highlight(16, 'Operation Safenet', 'Ask how Safenet is funded after March');
    await page.reload();
    await openCurrent();
    const entry = sidebar().getByRole('button', { name: /Operation Safenet/ });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Item 4 · Page 14');
    expect(await entry.textContent()).toContain('Ask how Safenet is funded after March');
    await entry.click();
    await expect.poll(() => page.locator('.page[data-page-number="16"] .annotation-highlight rect').count()).toBeGreaterThan(0);
    // Drawn over the words it marks: the highlight's box overlaps the selected text.
    const [mark, text] = await Promise.all([
      page.locator('.page[data-page-number="16"] .annotation-highlight rect').first().boundingBox(),
      page.locator('.page[data-page-number="16"] .textLayer span').filter({ hasText: 'Operation Safenet' }).first().boundingBox(),
    ]);
    expect(mark!.y).toBeGreaterThanOrEqual(text!.y - 4);
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(text!.y + text!.height + 4);
  });

  it('carries highlights to a revised pack, and sends the one whose text was withdrawn to “Needs review”', async () => {
    await openCurrent();
    await highlight(16, 'Operation Safenet', 'Funding after March?');
    await highlight(41, 'Preventing Low Level Neglect', 'Who answers for the response?');
    const pageTexts = await storedRows<{ page: number; lines: string[] }>(page, 'pageTexts');
    const vrPage = pageTexts.find((row) => row.lines.join(' ').includes('virtual reality') || row.lines.join(' ').includes('virtual-reality'))!.page;
    const vrLine = pageTexts.find((row) => row.page === vrPage)!.lines.find((l) => /virtual.reality/.test(l))!;
    const vrPhrase = /virtual.reality[^,.;]*/.exec(vrLine)![0];
    await highlight(vrPage, vrPhrase, 'Why the VR video?');

    await page.getByRole('button', { name: 'Library' }).click();
    await importFiles(page, [`${FIXTURES}staffordshire-sscsc-2017-09-26-pack-revised.pdf`]);
    await page.getByRole('dialog', { name: 'Is this a revised version?' }).getByRole('button', { name: 'Yes, a revised version' }).click();
    const report = page.getByRole('status').filter({ hasText: 'carried over' });
    await report.waitFor();
    expect(await report.textContent()).toMatch(/2 moved, 0 stayed where they were, 1 need review/);

    await openCurrent();
    expect(await page.locator('.page-position').textContent()).toContain('of 109');
    const moved = sidebar().getByRole('button', { name: /Preventing Low Level Neglect/ });
    await moved.waitFor();
    expect(await moved.textContent()).toContain('Item 5 · Page 40');
    expect(await sidebar().getByRole('button', { name: /Operation Safenet/ }).textContent()).toContain('Funding after March?');
    const review = sidebar().getByRole('region', { name: 'Needs review' });
    await review.waitFor();
    expect(await review.textContent()).toContain(vrPhrase);
    expect(await review.textContent()).toContain('Why the VR video?');
    // None is lost: the earlier version keeps its three as they were.
    await page.getByRole('button', { name: 'Library' }).click();
    await libraryEntries(page).getByText('Earlier versions (1)').click();
    await page.getByRole('button', { name: 'Open version 1' }).click();
    await page.locator('.page-position').getByText(/of 108/).waitFor();
    await expect.poll(() => sidebar().getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem').count()).toBe(3);
  });

  it('undoes and redoes, and filters by colour and kind', async () => {
    await openCurrent();
    await highlight(16, 'Operation Safenet', 'First');
    await selectPhrase(41, 'Cabinet Response');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Underline' }).click();
    await sidebar().getByRole('button', { name: 'Concern' }).click();
    await sidebar().getByRole('button', { name: 'Done' }).click();
    const entries = sidebar().getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(2);

    await sidebar().getByLabel('Kind').selectOption('underline');
    await expect.poll(() => entries.count()).toBe(1);
    await sidebar().getByLabel('Kind').selectOption('');
    await sidebar().getByLabel('Colour').selectOption({ label: 'Yellow (Key point)' });
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('Operation Safenet');
    await sidebar().getByLabel('Colour').selectOption('');

    // The user names what a colour means to them; the filter speaks their words.
    await sidebar().getByText('Colour meanings').click();
    await sidebar().getByRole('textbox', { name: 'Red' }).fill('Ask the officer');
    await sidebar().getByRole('textbox', { name: 'Red' }).press('Enter');
    await expect.poll(() => sidebar().getByLabel('Colour').locator('option').allTextContents()).toContain('Red (Ask the officer)');

    await page.getByRole('button', { name: 'Undo' }).click(); // the colour change
    await page.getByRole('button', { name: 'Undo' }).click(); // the underline
    await expect.poll(() => entries.count()).toBe(1);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => entries.count()).toBe(2);
  });

  it('opens a highlight’s editor when it is clicked on the page', async () => {
    await openCurrent();
    await highlight(16, 'Operation Safenet', 'Ask how Safenet is funded');
    expect(await page.locator('#annotation-comment').count()).toBe(0);
    const mark = page.locator('.page[data-page-number="16"] .annotation-highlight rect').first();
    const box = (await mark.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('#annotation-comment').inputValue()).toBe('Ask how Safenet is funded');
  });

  it('adds a note from a selection, a text box and ink', async () => {
    await openCurrent();
    await selectPhrase(16, 'Operation Safenet');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add note' }).click();
    await page.getByLabel('Comment').fill('Check the team numbers');
    await sidebar().getByRole('button', { name: 'Done' }).click();
    await sidebar().getByRole('button', { name: /Check the team numbers/ }).waitFor();
    // The selectable text lies over the printed words: the text layer is the canvas's size.
    const sizes = await page.locator('.page[data-page-number="16"]').evaluate((element) => [element.querySelector('canvas')!.getBoundingClientRect().width, element.querySelector('.textLayer')!.getBoundingClientRect().width]);
    expect(Math.abs(sizes[0]! - sizes[1]!)).toBeLessThan(1.5);
    // The note's icon sits in the margin beside its line, covering no word on the page.
    const icon = page.locator('.page[data-page-number="16"] .annotation-note rect').first();
    const iconBox = (await icon.boundingBox())!;
    const covered = await page.locator('.page[data-page-number="16"] .textLayer span').evaluateAll(
      (spans, box) =>
        spans
          .filter((span) => (span.textContent ?? '').trim())
          .map((span) => ({ text: span.textContent, rect: span.getBoundingClientRect() }))
          .filter(({ rect }) => rect.left < box.x + box.width && rect.right > box.x && rect.top < box.y + box.height && rect.bottom > box.y)
          .map(({ text }) => text),
      iconBox,
    );
    expect(covered).toEqual([]);

    await page.getByRole('button', { name: 'Text box' }).click();
    const pageBox = (await page.locator('.page[data-page-number="16"]').boundingBox())!;
    await page.mouse.click(pageBox.x + 100, pageBox.y + 120);
    await page.getByLabel('Text', { exact: true }).fill('Raise at the meeting');
    await expect.poll(() => page.locator('.page[data-page-number="16"] .textbox-text').textContent()).toContain('Raise at the meeting');

    await page.getByRole('button', { name: 'Ink' }).click();
    await page.mouse.move(pageBox.x + 200, pageBox.y + 300);
    await page.mouse.down();
    await page.mouse.move(pageBox.x + 260, pageBox.y + 320, { steps: 5 });
    await page.mouse.move(pageBox.x + 320, pageBox.y + 300, { steps: 5 });
    await page.mouse.up();
    await sidebar().getByRole('button', { name: /Drawing/ }).waitFor();
    await page.reload();
    await openCurrent();
    await expect.poll(() => sidebar().getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem').count()).toBe(3);
  });

  it('exports a real annotated PDF and a Word summary that other programs read', async () => {
    await openCurrent();
    await highlight(16, 'Operation Safenet', 'Ask how Safenet is funded after March');
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), sidebar().getByRole('button', { name: 'Export annotated PDF' }).click()]);
    const pdfPath = join(out, 'annotated.pdf');
    await pdfDownload.saveAs(pdfPath);
    expect(execFileSync('pdfinfo', [pdfPath]).toString()).toMatch(/Pages:\s+108/);

    const task = getDocument({ data: new Uint8Array(readFileSync(pdfPath)), verbosity: 0 });
    const pdf = await task.promise;
    const annotations = await (await pdf.getPage(16)).getAnnotations();
    await task.destroy();
    const mark = annotations.find((annotation) => annotation.subtype === 'Highlight');
    expect(mark?.contentsObj?.str).toBe('Ask how Safenet is funded after March');

    // Rendered by poppler, the highlighted words sit on yellow.
    const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', '16', '-l', '16', pdfPath]);
    const [x1, y1, x2, y2] = mark!.rect as number[];
    const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
    const width = Number(header[1]);
    const height = Number(header[2]);
    const dataStart = ppm.length - width * height * 3;
    const scale = 50 / 72;
    let yellow = 0;
    let total = 0;
    for (let y = Math.round(height - y2! * scale); y < height - y1! * scale; y++) {
      for (let x = Math.round(x1! * scale); x < x2! * scale; x++) {
        const at = dataStart + (y * width + x) * 3;
        total++;
        // Half-strength yellow multiplied over white paper: red and green high, blue well below them.
        if (ppm[at]! > 200 && ppm[at + 1]! > 170 && ppm[at]! - ppm[at + 2]! > 60) yellow++;
      }
    }
    expect(yellow / total).toBeGreaterThan(0.3);

    await sidebar().getByRole('button', { name: 'Export annotation summary' }).click();
    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog', { name: 'Export annotation summary' }).getByRole('button', { name: 'Word' }).click()]);
    const docxPath = join(out, 'summary.docx');
    await docxDownload.saveAs(docxPath);
    execFileSync('soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', out, docxPath], { stdio: 'ignore', timeout: 150_000 });
    const text = readFileSync(join(out, 'summary.txt'), 'utf8');
    expect(text).toContain('Item 4: Child Sexual Exploitation');
    expect(text).toContain('“Operation Safenet”');
    expect(text).toContain('Comment: Ask how Safenet is funded after March');
    expect(text).toContain('Page 14');

    // The exported file, opened as a document of its own, shows the highlight as one left
    // by another reader, which can be adopted with its comment.
    await page.getByRole('button', { name: 'Library' }).click();
    await importFiles(page, [pdfPath]);
    await page.getByRole('dialog', { name: 'Is this a revised version?' }).getByRole('button', { name: 'No, a separate document' }).click();
    await expect.poll(() => libraryEntries(page).count()).toBe(2);
    await libraryEntries(page).filter({ hasText: 'annotated.pdf' }).getByRole('button', { name: 'Open', exact: true }).click();
    const embedded = sidebar().getByRole('region', { name: 'Annotations in this PDF' });
    await embedded.waitFor();
    expect(await embedded.textContent()).toContain('Ask how Safenet is funded after March');
    await embedded.getByRole('button', { name: /^Adopt highlight on Item 4 · Page 14/ }).click();
    const adopted = sidebar().getByRole('list', { name: 'Annotations in reading order' }).getByRole('button', { name: /Ask how Safenet is funded after March/ });
    await adopted.waitFor();
    expect(await adopted.textContent()).toContain('Item 4 · Page 14');
    expect(await embedded.count()).toBe(0);
  });
});
