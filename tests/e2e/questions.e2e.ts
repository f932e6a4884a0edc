// Questions, question lists, notes, inquiry days and exports in Chromium, through the UI:
// from the Staffordshire pack's item 6a to a Word document LibreOffice can read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/questions/csv';
import { PACK, holdWrites, importFiles, launchChromium, libraryEntries, openApp } from './support';

let browser: Browser;
let page: Page;
const downloads = mkdtempSync(join(tmpdir(), 'scrutineer-e2e-questions-'));

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});
beforeEach(async () => {
  page = await openApp(browser);
});

const CABINET_MEMBER = 'Cabinet Member for Children and Young People';
const questions = () => page.getByRole('region', { name: 'Questions' });
const notes = () => page.getByRole('region', { name: 'Notes' });
const rows = () => questions().getByRole('listitem');
const form = () => page.getByRole('dialog', { name: /question/i });
const field = (label: string) => form().getByLabel(label, { exact: true });

/** Imports the pack, waits for its agenda, and opens the meeting's questions and notes. */
async function openWorkspace() {
  await importFiles(page, [PACK]);
  await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
  await page.getByRole('button', { name: 'Questions and notes' }).click();
  await questions().waitFor();
}

/** Opens item 6a's text in the Papers region and selects a paragraph of it, as a triple click does. */
async function selectIn6a(text: string) {
  const item = page.getByRole('region', { name: 'Papers' }).getByRole('button', { name: /^6a\b/ });
  if ((await item.getAttribute('aria-expanded')) !== 'true') await item.click();
  const paragraph = page.locator('.page-text p').filter({ hasText: text }).first();
  await paragraph.click({ clickCount: 3 });
  await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? '')).toContain(text);
}

async function addQuestion(text: string, fields: { for?: string; lead?: string } = {}) {
  await questions().getByRole('button', { name: 'Add question' }).click();
  await field('Question').fill(text);
  if (fields.for) await field('For').fill(fields.for);
  if (fields.lead) await field('Lead member').fill(fields.lead);
  await form().getByRole('button', { name: 'Save' }).click();
  await form().waitFor({ state: 'hidden' });
}

const rowTexts = async () => (await rows().locator('.q-text').allTextContents()).map((t) => t.replace(/^Question \d+: /, ''));

async function download(trigger: Locator, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = join(downloads, name);
  await file.saveAs(path);
  return path;
}

describe('questions from the pack', () => {
  it('makes a question of text selected in item 6a, adds two more, reorders from the keyboard, and keeps it all after a reload', async () => {
    await openWorkspace();
    await selectIn6a('projected overspend of £3.5m');
    await questions().getByRole('button', { name: 'Add question' }).click();

    // The form is pre-filled with the passage, its agenda item and the quote as a draft question.
    await form().waitFor();
    expect(await field('Question').inputValue()).toContain('projected overspend of £3.5m in the LAC budget');
    expect(await form().getByLabel('Agenda item').inputValue()).toBe('6a');
    expect(await form().locator('.passage figcaption').textContent()).toContain('6a Edge of Care - Scoping Report, page 104');
    await field('Question').fill('Why is there a projected overspend of £3.5m in the LAC budget?');
    await field('For').fill(CABINET_MEMBER);
    await field('Lead member').fill('Kyle Robinson');
    await field('Priority').selectOption('high');
    await field('Status').selectOption('agreed');
    await form().getByRole('button', { name: 'Save' }).click();
    await form().waitFor({ state: 'hidden' });

    await addQuestion('How many children came into care who were not previously known to the Council?', { lead: 'Syed Hussain', for: 'Director for Families and Communities' });
    await addQuestion('What has Breathing Space achieved so far?', { lead: 'Paul Snape' });
    expect(await rowTexts()).toEqual([
      'Why is there a projected overspend of £3.5m in the LAC budget?',
      'How many children came into care who were not previously known to the Council?',
      'What has Breathing Space achieved so far?',
    ]);

    // The third question to the top, from the keyboard; each move is announced.
    await rows().nth(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(rowTexts).toEqual([
      'What has Breathing Space achieved so far?',
      'Why is there a projected overspend of £3.5m in the LAC budget?',
      'How many children came into care who were not previously known to the Council?',
    ]);
    await expect.poll(() => questions().getByRole('status').textContent()).toContain('to position 1 of 3');
    // Focus stays on the moved question, so it can keep moving.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Breathing Space');
    // The Move down button and the drag handle (Space, arrows, Space) move it too.
    await rows().nth(0).getByRole('button', { name: 'Move down' }).click();
    await expect.poll(rowTexts).toEqual([
      'Why is there a projected overspend of £3.5m in the LAC budget?',
      'What has Breathing Space achieved so far?',
      'How many children came into care who were not previously known to the Council?',
    ]);
    await rows().nth(2).getByRole('button', { name: 'Reorder' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await expect.poll(rowTexts).toEqual([
      'Why is there a projected overspend of £3.5m in the LAC budget?',
      'How many children came into care who were not previously known to the Council?',
      'What has Breathing Space achieved so far?',
    ]);
    await rows().nth(0).focus();
    await page.keyboard.press('Alt+ArrowDown');
    const expected = [
      'How many children came into care who were not previously known to the Council?',
      'Why is there a projected overspend of £3.5m in the LAC budget?',
      'What has Breathing Space achieved so far?',
    ];
    await expect.poll(rowTexts).toEqual(expected);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.textContent)).toContain('projected overspend');

    await page.reload();
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    await expect.poll(rowTexts).toEqual(expected);
    const first = rows().filter({ hasText: 'projected overspend' });
    expect(await first.textContent()).toContain(`For ${CABINET_MEMBER}`);
    expect(await first.textContent()).toContain('Kyle Robinson');
    await first.getByRole('button', { name: 'Edit' }).click();
    expect(await field('Question').inputValue()).toBe('Why is there a projected overspend of £3.5m in the LAC budget?');
    expect(await field('For').inputValue()).toBe(CABINET_MEMBER);
    expect(await field('Lead member').inputValue()).toBe('Kyle Robinson');
    expect(await field('Priority').inputValue()).toBe('high');
    expect(await field('Status').inputValue()).toBe('agreed');
    expect(await form().getByLabel('Agenda item').inputValue()).toBe('6a');
    expect(await form().locator('.passage blockquote').textContent()).toContain('projected overspend of £3.5m');
  });

  it('reorders by drag and drop, groups by agenda item and filters by status, lead member and addressee', async () => {
    await openWorkspace();
    await selectIn6a('To identify if any improvements can be made');
    await questions().getByRole('button', { name: 'Add question' }).click();
    await field('Lead member').fill('Kyle Robinson');
    await form().getByRole('button', { name: 'Save' }).click();
    await form().waitFor({ state: 'hidden' });
    await addQuestion('Second', { lead: 'Syed Hussain', for: CABINET_MEMBER });
    await addQuestion('Third', { lead: 'Kyle Robinson' });
    await rows().filter({ hasText: 'Third' }).dragTo(rows().filter({ hasText: 'improvements' }), { targetPosition: { x: 40, y: 5 } });
    await expect.poll(async () => (await rowTexts()).map((t) => t.slice(0, 12))).toEqual(['Third', 'To identify ', 'Second']);

    await questions().getByLabel('Group by').selectOption('item');
    expect(await questions().getByRole('group', { name: '6a Edge of Care - Scoping Report' }).getByRole('listitem').count()).toBe(1);
    expect(await questions().getByRole('group', { name: 'No agenda item' }).getByRole('listitem').count()).toBe(2);
    await questions().getByLabel('Group by').selectOption('none');

    await questions().getByLabel('Asked by').selectOption('Kyle Robinson');
    await expect.poll(() => rows().count()).toBe(2);
    await questions().getByLabel('Asked by').selectOption('all');
    await questions().getByLabel('Addressed to').selectOption(CABINET_MEMBER);
    await expect.poll(rowTexts).toEqual(['Second']);
    await questions().getByLabel('Addressed to').selectOption('all');
    await questions().getByLabel('Show').selectOption('answered');
    expect(await questions().textContent()).toContain('No question matches these filters.');
  });

  it('asks before deleting a list, and Undo brings it back', async () => {
    await openWorkspace();
    await addQuestion('Keep me', { lead: 'Paul Snape' });
    await questions().getByRole('button', { name: 'Delete list' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this question list?' });
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    expect(await rowTexts()).toEqual(['Keep me']);
    await questions().getByRole('button', { name: 'Delete list' }).click();
    await confirm.getByRole('button', { name: 'Delete list' }).click();
    await expect.poll(() => rows().count()).toBe(0);
    await page.getByRole('status').filter({ hasText: 'Question list deleted.' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(rowTexts).toEqual(['Keep me']);
  });
});

describe('meeting mode', () => {
  it('shows the next question not yet asked; marking, answer and follow-up are kept', async () => {
    await openWorkspace();
    await addQuestion('Asked already', { lead: 'Paul Snape' });
    await addQuestion('What is the timescale for the review?', { lead: 'Kyle Robinson', for: CABINET_MEMBER });
    await rows().filter({ hasText: 'Asked already' }).getByRole('button', { name: 'Edit' }).click();
    await field('Status').selectOption('asked');
    await form().getByRole('button', { name: 'Save' }).click();
    await form().waitFor({ state: 'hidden' });

    await questions().getByRole('button', { name: 'Meeting mode' }).click();
    const mode = page.getByRole('main', { name: 'Meeting mode' });
    await expect.poll(() => mode.getByRole('heading', { level: 2 }).textContent()).toBe('What is the timescale for the review?');
    expect(await mode.textContent()).toContain('Question 2 of 2');
    expect(await page.getByRole('region', { name: 'Notes' }).count()).toBe(0);
    await mode.getByRole('button', { name: 'Mark answered' }).click();
    await expect.poll(() => mode.getByRole('button', { name: 'Mark answered' }).getAttribute('aria-pressed')).toBe('true');
    await mode.getByLabel('Answer').fill('A report to the December meeting.');
    await mode.getByLabel('Follow-up').fill('Ask for the draft in November');
    await page.reload();
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    const row = rows().filter({ hasText: 'timescale' });
    await expect.poll(() => row.textContent()).toContain('A report to the December meeting.');
    expect(await row.textContent()).toContain('Answered');
    expect(await row.textContent()).toContain('Ask for the draft in November');
  });
});

describe('notes', () => {
  it('saves as typed (an immediate reload keeps it), previews Markdown, and quotes a passage with a link back', async () => {
    await openWorkspace();
    await notes().getByRole('button', { name: 'Add note' }).click();
    const text = notes().getByLabel('Note', { exact: true });
    await text.waitFor();
    // The reload below comes before the database has stored what was typed.
    await holdWrites(page, 'notes');
    await text.fill('# Before the meeting\n\nAsk about **Breathing Space**.');
    const preview = notes().getByRole('region', { name: 'Preview' });
    await expect.poll(() => preview.getByRole('heading', { name: 'Before the meeting' }).count()).toBe(1);
    expect(await preview.locator('strong').textContent()).toBe('Breathing Space');
    await page.reload();
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    await notes().getByRole('button', { name: /Before the meeting/ }).click();
    expect(await notes().getByLabel('Note', { exact: true }).inputValue()).toBe('# Before the meeting\n\nAsk about **Breathing Space**.');

    await selectIn6a('Intensive Prevention Service');
    await page.getByRole('region', { name: 'Papers' }).getByRole('button', { name: 'Quote in note' }).click();
    await expect.poll(() => notes().getByRole('region', { name: 'Preview' }).locator('blockquote').first().textContent()).toContain('Intensive Prevention Service');
    const link = notes().getByRole('region', { name: 'Preview' }).getByRole('button', { name: /6a Edge of Care - Scoping Report, page 104/ });
    await link.click();
    await page.locator('.textLayer span').first().waitFor();
    await expect.poll(() => page.locator('.page-position').textContent()).toContain('PDF page 106');
  });
});

describe('inquiry days', () => {
  it('starts from the Edge of Care scoping report with its key objectives; witnesses are added and questions assigned to them', async () => {
    await openWorkspace();
    await page.getByRole('button', { name: 'New inquiry day' }).click();
    const dialog = page.getByRole('dialog', { name: 'New inquiry day' });
    await expect.poll(() => dialog.getByLabel('Key objectives').inputValue()).toContain('To understand why children are coming into care in Staffordshire');
    expect(await dialog.getByLabel('Start from').inputValue()).not.toBe('');
    expect(await dialog.getByLabel('Review title').inputValue()).toBe('Children’s services for children on the edge of care');
    await dialog.getByLabel('Date of the inquiry day').fill('2017-10-19');
    // Escape after typing asks before the form is lost.
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Discard this inquiry day?' });
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await dialog.getByLabel('Date of the inquiry day').inputValue()).toBe('2017-10-19');
    await dialog.getByRole('button', { name: 'Create inquiry day' }).click();

    const keyObjectives = page.getByRole('region', { name: 'Key objectives' });
    await keyObjectives.waitFor();
    expect(await keyObjectives.getByRole('listitem').count()).toBe(6);
    expect(await keyObjectives.textContent()).toContain('To identify if any improvements can be made to our current arrangements');
    expect(await page.getByRole('region', { name: 'Lines of enquiry' }).getByRole('listitem').count()).toBe(2);

    // A session, then two witnesses.
    await page.getByRole('button', { name: 'Add session' }).click();
    await page.getByLabel('Session title').fill('Education and placements');
    await page.getByRole('button', { name: 'Save session' }).click();
    const witnesses = page.getByRole('region', { name: 'Witnesses' });
    for (const [name, role] of [
      ['Sarah Rivers', 'Head of the Virtual School'],
      ['Liz Kelay', 'Placements and costs'],
    ]) {
      await witnesses.getByLabel('Name').fill(name!);
      await witnesses.getByLabel('Role').fill(role!);
      await witnesses.getByLabel('Organisation').fill('Staffordshire County Council');
      await witnesses.getByLabel('Session').selectOption({ label: 'Education and placements' });
      await witnesses.getByRole('button', { name: 'Add witness' }).click();
    }
    await expect.poll(() => witnesses.getByRole('listitem').count()).toBe(2);

    // Questions for them: typed in For, and from a witness's own button.
    await addQuestion('How do you support children on part-time timetables?', { for: 'Sarah Rivers', lead: 'Kyle Robinson' });
    await witnesses.getByRole('button', { name: 'New question for Liz Kelay' }).click();
    expect(await field('For').inputValue()).toBe('Liz Kelay');
    await field('Question').fill('What are placements forecast to cost next year?');
    await field('Lead member').fill('John Francis');
    await form().getByLabel('Line of enquiry').selectOption({ index: 1 });
    await form().getByRole('button', { name: 'Save' }).click();
    await form().waitFor({ state: 'hidden' });

    await expect.poll(() => witnesses.getByRole('listitem').filter({ hasText: 'Liz Kelay' }).textContent()).toContain('1 question');
    expect(await witnesses.getByRole('listitem').filter({ hasText: 'Sarah Rivers' }).textContent()).toContain('1 question');
    await questions().getByLabel('Group by').selectOption('session');
    const session = questions().getByRole('group', { name: /Education and placements/ });
    expect(await session.getByRole('listitem').count()).toBe(2);
    await questions().getByLabel('Addressed to').selectOption('Liz Kelay');
    await expect.poll(rowTexts).toEqual(['What are placements forecast to cost next year?']);

    // It is there after a reload, from the meeting's workspace.
    await page.reload();
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    await page.getByRole('navigation', { name: 'Inquiries from this meeting' }).getByRole('button', { name: 'Children’s services for children on the edge of care' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Witnesses' }).getByRole('listitem').count()).toBe(2);
    // The witnesses and the questions list load separately; wait for the questions too.
    await expect.poll(() => rows().count()).toBe(2);

    // Words typed into the objective are kept through a reload that comes before the
    // database has stored them.
    await holdWrites(page, 'inquiries');
    const objective = 'To understand why children come into care, and what would keep more of them at home.';
    await page.getByLabel('Objective', { exact: true }).fill(objective);
    await page.reload();
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    await page.getByRole('navigation', { name: 'Inquiries from this meeting' }).getByRole('button', { name: 'Children’s services for children on the edge of care' }).click();
    await expect.poll(() => page.getByLabel('Objective', { exact: true }).inputValue()).toBe(objective);
  });
});

describe('exports', () => {
  it('writes Word that LibreOffice converts with the questions in order and their lead members, CSV with every field, and readable Markdown', { timeout: 300_000 }, async () => {
    await openWorkspace();
    await addQuestion('What is the forecast overspend on looked after children, and why?', { for: CABINET_MEMBER, lead: 'Kyle Robinson' });
    await addQuestion('How many children came into care who were not previously known?', { lead: 'Syed Hussain' });
    await addQuestion('What has Breathing Space achieved?', { lead: 'Paul Snape' });
    await rows().nth(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(rowTexts).toEqual(['What is the forecast overspend on looked after children, and why?', 'What has Breathing Space achieved?', 'How many children came into care who were not previously known?']);
    await rows().filter({ hasText: 'Breathing Space' }).getByRole('button', { name: 'Edit' }).click();
    await field('Answer').fill('Fewer admissions, "early signs", in its first year');
    await field('Private note').fill('My own view: ask for the evaluation');
    await form().getByRole('button', { name: 'Save' }).click();
    await form().waitFor({ state: 'hidden' });

    await questions().getByRole('button', { name: 'Export questions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export questions' });
    expect(await dialog.getByLabel('Include private notes').isChecked()).toBe(false);

    const docx = await download(dialog.getByRole('button', { name: 'Word', exact: true }), 'questions.docx');
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(downloads, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', downloads, docx], { stdio: 'pipe', timeout: 240_000 });
    const text = execFileSync('pdftotext', ['-layout', join(downloads, 'questions.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    let from = 0;
    for (const needle of [
      'Safe and Strong Communities Select Committee',
      '1. What is the forecast overspend on looked after children, and why?',
      'Lead member: Kyle Robinson',
      '2. What has Breathing Space achieved?',
      'Lead member: Paul Snape',
      '3. How many children came into care who were not previously known?',
      'Lead member: Syed Hussain',
    ]) {
      const at = text.indexOf(needle, from);
      expect(at, `"${needle}" in the converted Word export: ${text}`).toBeGreaterThanOrEqual(0);
      from = at + needle.length;
    }
    expect(text).not.toContain('My own view');

    const csv = parseCsv(readFileSync(await download(dialog.getByRole('button', { name: 'CSV' }), 'questions.csv'), 'utf8'));
    const header = csv[0]!;
    expect(header).toEqual(expect.arrayContaining(['Number', 'Question', 'Agenda item', 'Line of enquiry', 'For', 'Lead member', 'Priority', 'Status', 'Answer', 'Follow-up', 'Private note', 'Passages']));
    expect(csv).toHaveLength(4);
    expect(csv.every((row) => row.length === header.length)).toBe(true);
    const record = (n: number) => Object.fromEntries(header.map((h, i) => [h, csv[n]![i]]));
    expect(record(1)).toMatchObject({ Number: '1', For: CABINET_MEMBER, 'Lead member': 'Kyle Robinson', Priority: 'Medium', Status: 'Draft' });
    expect(record(2)).toMatchObject({ Question: 'What has Breathing Space achieved?', Answer: 'Fewer admissions, "early signs", in its first year', 'Private note': '' });

    await dialog.getByLabel('Include private notes').check();
    const markdown = readFileSync(await download(dialog.getByRole('button', { name: 'Markdown' }), 'questions.md'), 'utf8');
    expect(markdown).toMatch(/^# Safe and Strong Communities Select Committee\n/);
    expect(markdown).toContain('2. What has Breathing Space achieved?\n    - **Lead member:** Paul Snape');
    expect(markdown).toContain('**Private note:**\n      My own view: ask for the evaluation');

    const pdf = readFileSync(await download(dialog.getByRole('button', { name: 'PDF' }), 'questions-export.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
