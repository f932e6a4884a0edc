// Backup and restore as a councillor uses them: "Back up my work" in Settings saves one
// encrypted file; "Restore from a backup" on a fresh profile shows what it holds and brings
// back every annotation, note, question and inquiry field by field; restoring it twice adds
// nothing; a wrong passphrase, a truncated file and a future version change nothing and say why.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK, PACK_TITLE, importFiles, launchChromium, libraryEntries, openApp, selectOnPage } from './support';

let browser: Browser;
const out = mkdtempSync(join(tmpdir(), 'scrutineer-backup-'));
const PASSPHRASE = 'purple elephant budget scrutiny';
const TABLES = ['annotations', 'notes', 'questionLists', 'questions', 'inquiries', 'meetings'] as const;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Every row of the user's tables, by table, sorted by id: what a restore must reproduce. */
function work(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (tables) => {
    const open = indexedDB.open('scrutineer');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const result: Record<string, unknown[]> = {};
    for (const table of tables) {
      const request = open.result.transaction(table).objectStore(table).getAll();
      await new Promise((resolve) => (request.onsuccess = resolve));
      result[table] = (request.result as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : 1));
    }
    open.result.close();
    return result;
  }, [...TABLES]);
}

/** An inquiry, written as the app stores one (starting one from a scoping report is tested elsewhere). */
function addInquiry(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const open = indexedDB.open('scrutineer');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const tx = open.result.transaction('inquiries', 'readwrite');
    tx.objectStore('inquiries').put({
      id: 'inquiry-1', title: 'Children on the edge of care', committee: 'Safe and Strong Communities', meetingId: null, source: null, objective: 'Why more children enter care',
      keyObjectives: [{ id: 'k1', text: 'Early help' }], linesOfEnquiry: [{ id: 'e1', text: 'Thresholds' }], members: [{ id: 'm1', name: 'Cllr Robinson', role: 'Chair' }],
      witnesses: [{ id: 'w1', name: 'Director of Children', role: 'Director', organisation: 'County Council', sessionId: null, time: '' }],
      days: [{ id: 'day-1', date: '2017-10-10', venue: 'Oak Room', sessions: [] }], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_500, deletedAt: null,
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    open.result.close();
  });
}

async function makeWork(page: Page) {
  await importFiles(page, [PACK]);
  await libraryEntries(page).filter({ hasText: 'agenda items' }).waitFor();
  await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
  await page.locator('.page-position').getByText(/PDF page/).waitFor();
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await selectOnPage(page, 16, 'Operation Safenet');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
  await page.getByLabel('Comment').fill('How is Safenet funded?');
  await sidebar.getByRole('button', { name: 'Done' }).click();
  await sidebar.getByRole('button', { name: /How is Safenet funded/ }).waitFor();
  await selectOnPage(page, 16, 'Abduction Notices');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Quote in note' }).click();
  await page.getByRole('region', { name: 'Notes' }).getByText('Abduction Notices').first().waitFor();
  await selectOnPage(page, 105, 'why more children are entering care in Staffordshire');
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add question' }).click();
  const form = page.getByRole('dialog', { name: /question/i });
  await form.getByLabel('Question', { exact: true }).fill('Why are more children entering care?');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'hidden' });
  await addInquiry(page);
  await page.getByRole('button', { name: 'Library' }).click();
}

async function backUp(page: Page, includePdfs: boolean): Promise<string> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up my work' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back up my work' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  if (includePdfs) await dialog.getByRole('checkbox', { name: /Include the PDFs themselves/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save backup' }).click()]);
  const path = join(out, download.suggestedFilename());
  await download.saveAs(path);
  await page.getByText(/^Backup saved/).waitFor();
  return path;
}

async function freshProfile(): Promise<Page> {
  const page = await openApp(browser);
  await page.getByRole('button', { name: 'Settings' }).click();
  return page;
}

/** Chooses the file and passphrase in "Restore from a backup"; resolves to the dialog. */
async function openBackupFile(page: Page, path: string, passphrase = PASSPHRASE) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore from a backup' }).click()]);
  await chooser.setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await dialog.getByLabel('Passphrase').fill(passphrase);
  await dialog.getByRole('button', { name: 'Open backup' }).click();
  return dialog;
}

async function restore(page: Page, path: string): Promise<string> {
  const dialog = await openBackupFile(page, path);
  const holds = dialog.getByRole('list', { name: 'What the backup holds' });
  await holds.waitFor();
  const listed = await holds.textContent();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  return listed ?? '';
}

describe('backup and restore', () => {
  let backupPath: string;
  let original: Record<string, unknown[]>;

  beforeAll(async () => {
    const page = await openApp(browser);
    await makeWork(page);
    original = await work(page);
    backupPath = await backUp(page, true);
    await page.context().close();
  });

  it('restores every annotation, note, question and inquiry onto a fresh profile, field by field, with the PDF', async () => {
    expect(original.annotations).toHaveLength(1);
    expect(original.questions).toHaveLength(1);
    expect(original.notes).toHaveLength(1);
    expect(original.inquiries).toHaveLength(1);
    expect(readFileSync(backupPath).includes('How is Safenet funded?')).toBe(false);

    const page = await freshProfile();
    const listed = await restore(page, backupPath);
    expect(listed).toContain('1 annotation');
    expect(listed).toContain('1 question in 1 list');
    expect(listed).toContain('1 inquiry');
    expect(listed).toContain('1 document (with their PDFs)');
    await page.getByText(/^Restored “Scrutineer backup .*\.scrutineer-backup”\. Added 1 annotation, 1 note, 1 question, 1 inquiry\./).waitFor();
    expect(await work(page)).toEqual(original);

    // The pack came back too: it opens, with the highlight on it.
    await page.getByRole('button', { name: 'Library' }).click();
    await libraryEntries(page).filter({ hasText: PACK_TITLE }).getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: /How is Safenet funded/ }).waitFor();

    // Restoring the same file again adds nothing.
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await restore(page, backupPath);
    await page.getByText(/Added 0 annotations, 0 notes, 0 questions, 0 inquiries\. Nothing on this device was replaced\./).waitFor();
    expect(await work(page)).toEqual(original);
    await page.context().close();
  });

  it('refuses a wrong passphrase, a truncated file and a future version, changing nothing', async () => {
    const page = await freshProfile();
    const empty = await work(page);
    const bytes = readFileSync(backupPath);
    const truncated = join(out, 'truncated.scrutineer-backup');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const future = join(out, 'future.scrutineer-backup');
    const newer = Buffer.from(bytes);
    newer.writeUInt16BE(7, 12);
    writeFileSync(future, newer);

    const cases: [string, string, RegExp][] = [
      [backupPath, 'not the passphrase', /^The passphrase does not open “Scrutineer backup .*”\. Check it and try again\. Nothing was changed\.$/],
      [truncated, PASSPHRASE, /^“truncated\.scrutineer-backup” is damaged or incomplete \(its checksum does not match\)\. Nothing was changed/],
      [future, PASSPHRASE, /^“future\.scrutineer-backup” was made by a newer version of Scrutineer \(backup format 7; this version reads format 1\)\. Update Scrutineer to restore it\. Nothing was changed\.$/],
    ];
    for (const [path, passphrase, message] of cases) {
      const dialog = await openBackupFile(page, path, passphrase);
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(message);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await work(page)).toEqual(empty);
    }
    await page.context().close();
  });
});
