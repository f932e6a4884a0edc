// The work programme synced with the real sync service, in Chromium: two profiles connect
// with invitation codes; one works offline while the other edits; both converge. Also the
// conflict notice with "Keep mine", a member's read-only view, and a proposal accepted by
// the office. The server runs as `npm run server` runs it, on PGlite in a temporary folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PACK, SETTLE_MS, importFiles, launchChromium } from './support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Invitation {
  role: string;
  name: string;
  code: string;
}

let dataDir: string;
let server: ChildProcess | undefined;
let serverUrl: string;
let browser: Browser;
/** One set of fresh codes per test: seed-demo issues a new code per person each time it runs. */
const codeSets: Invitation[][] = [];
const contexts: BrowserContext[] = [];

function runCli(args: string[]): string {
  return execFileSync(process.execPath, ['dist/server/main.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address !== 'string' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function stopServer() {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

beforeAll(async () => {
  execFileSync(process.execPath, ['build/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' });
  dataDir = mkdtempSync(join(tmpdir(), 'scrutineer-wp-e2e-'));
  for (let i = 0; i < 5; i++) {
    const out = runCli(['seed-demo']);
    codeSets.push(
      [...out.matchAll(/^INVITE (\w+) (.+): ([A-Z0-9-]+)$/gm)].map(([, role, name, code]) => ({ role: role!, name: name!, code: code! })),
    );
  }
  const port = await freePort();
  serverUrl = `http://127.0.0.1:${port}`;
  const origin = new URL(inject('baseUrl')).origin;
  // Eleven connects from one address can fall inside a minute on an idle machine; the
  // exchange limit (10 a minute) has its own server test.
  server = spawn(process.execPath, ['dist/server/main.mjs'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), ALLOWED_ORIGINS: origin, LOG_LEVEL: 'warn', EXCHANGE_RATE_LIMIT_MAX: '1000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${serverUrl}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error('The sync server did not start.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  browser = await launchChromium();
  // Five seed-demo runs on PGlite, each starting the database afresh: slow on a busy machine.
}, 420_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await stopServer();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const code = (set: number, name: string) => {
  const found = codeSets[set]!.find((i) => i.name === name);
  if (!found) throw new Error(`No invitation for ${name}`);
  return found.code;
};

/** A separate browser profile (its own IndexedDB) with the app open. */
async function openProfile(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  context.setDefaultTimeout(SETTLE_MS);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  return page;
}

const programme = (page: Page) => page.getByRole('region', { name: 'Work programme' });
const statusText = (page: Page) => programme(page).getByRole('status').textContent();

async function connectAs(page: Page, invitation: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Server address').fill(serverUrl);
  await page.getByLabel('Invitation code').fill(invitation);
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('status').filter({ hasText: /^Synced$/ }).waitFor();
  await page.getByRole('button', { name: 'Work programme' }).click();
  await programme(page).getByRole('button', { name: 'Domestic Abuse' }).waitFor();
}

async function openItem(page: Page, title: string) {
  await programme(page).getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('complementary', { name: 'Selected item' }).waitFor();
  await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
}

/** Waits for a local change to be counted, then for the sync that sends it. */
async function waitUntilSent(page: Page) {
  await expect.poll(() => statusText(page)).not.toBe('Synced');
  await expect.poll(() => statusText(page)).toBe('Synced');
}

describe('work programme', () => {
  it('merges an offline profile’s edits with another profile’s and reaches the officer', { timeout: 120_000 }, async () => {
    const a = await openProfile(); // the chair, on a laptop that goes offline
    const b = await openProfile(); // the scrutiny officer
    await connectAs(a, code(0, 'John Francis'));
    await connectAs(b, code(0, 'Helen Phillips'));

    await a.context().setOffline(true);
    await expect.poll(() => statusText(a)).toBe('Offline · no changes waiting');
    await openItem(a, 'Domestic Abuse');
    const details = 'Members asked for figures from the police and the districts, and the refuge waiting list.';
    await a.getByLabel('Details').fill(details);
    await a.getByLabel('Details').blur();
    await expect.poll(() => statusText(a)).toBe('Offline · 1 change waiting');
    await programme(a).getByRole('button', { name: 'Propose item' }).click();
    const dialog = a.getByRole('dialog', { name: 'Propose an item' });
    await dialog.getByLabel('Title').fill('Knife crime in Tamworth');
    await dialog.getByLabel('Reason').fill('Residents raised it at three surgeries since June.');
    await dialog.getByRole('button', { name: 'Propose item' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => statusText(a)).toBe('Offline · 2 changes waiting');

    await openItem(b, 'Domestic Abuse');
    const outcome = 'To come back in six months’ time with the refuge figures.';
    await b.getByLabel('Action/outcome').fill(outcome);
    await b.getByLabel('Action/outcome').blur();
    await waitUntilSent(b);
    await b.getByLabel('Comment').fill('I have asked the police for the figures.');
    await b.getByRole('button', { name: 'Add comment' }).click();
    await waitUntilSent(b);

    await a.context().setOffline(false);
    await expect.poll(() => statusText(a)).toBe('Synced');
    await expect.poll(() => a.getByLabel('Action/outcome').inputValue()).toBe(outcome);
    expect(await a.getByLabel('Details').inputValue()).toBe(details);
    await a.getByText('I have asked the police for the figures.').waitFor();

    await programme(b).getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => b.getByLabel('Details').inputValue()).toBe(details);
    expect(await b.getByLabel('Action/outcome').inputValue()).toBe(outcome);
    await expect.poll(() => statusText(b)).toBe('Synced');
    const proposals = programme(b).getByRole('list', { name: 'Proposals from members' });
    await proposals.getByText('Knife crime in Tamworth').waitFor();
    expect(await proposals.textContent()).toContain('Proposed by John Francis');
    // The officer sees who changed what in the item's history.
    const history = b.getByRole('list', { name: 'Item history' });
    await expect.poll(() => history.textContent()).toContain('John Francis');
    expect(await history.textContent()).toContain('changed Details');
  });

  it('tells the person whose edit was overwritten, and lets them keep theirs', { timeout: 120_000 }, async () => {
    const officer = await openProfile(); // Helen's second device
    const chair = await openProfile();
    await connectAs(officer, code(1, 'Helen Phillips'));
    await connectAs(chair, code(1, 'John Francis'));

    await chair.context().setOffline(true);
    await openItem(chair, 'Youth Offending Service');
    await chair.getByLabel('Details').fill('Consideration of the YOS Review (chair’s wording).');
    await chair.getByLabel('Details').blur();
    await expect.poll(() => statusText(chair)).toBe('Offline · 1 change waiting');

    await openItem(officer, 'Youth Offending Service');
    await officer.getByLabel('Details').fill('Consideration of the YOS Review and the inspection report.');
    await officer.getByLabel('Details').blur();
    await waitUntilSent(officer);

    // The chair's edit reaches the server last, so it is kept; the officer gets a notice.
    await chair.context().setOffline(false);
    await expect.poll(() => statusText(chair)).toBe('Synced');
    await programme(officer).getByRole('button', { name: 'Sync now' }).click();
    const notice = officer.getByRole('group', { name: 'Conflicting change' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Your change to Details was overwritten');
    expect(await notice.textContent()).toContain('inspection report');
    expect(await officer.getByLabel('Details').inputValue()).toBe('Consideration of the YOS Review (chair’s wording).');
    await notice.getByRole('button', { name: 'Keep mine' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => officer.getByLabel('Details').inputValue()).toBe('Consideration of the YOS Review and the inspection report.');
    await waitUntilSent(officer);

    await programme(chair).getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => chair.getByLabel('Details').inputValue()).toBe('Consideration of the YOS Review and the inspection report.');
    await expect.poll(() => chair.getByRole('group', { name: 'Conflicting change' }).count()).toBe(0);
  });

  it('keeps an item one person deleted while another was editing it, and tells the one who deleted it', { timeout: 120_000 }, async () => {
    const officer = await openProfile();
    const chair = await openProfile();
    await connectAs(officer, code(3, 'Helen Phillips'));
    await connectAs(chair, code(3, 'John Francis'));

    await chair.context().setOffline(true);
    await openItem(chair, 'Deprivation of Liberty Safeguards');
    await chair.getByLabel('Details').fill('The backlog figures to be reported to every meeting until cleared.');
    await chair.getByLabel('Details').blur();
    await expect.poll(() => statusText(chair)).toBe('Offline · 1 change waiting');

    await openItem(officer, 'Deprivation of Liberty Safeguards');
    await officer.getByRole('complementary', { name: 'Selected item' }).getByRole('button', { name: 'Delete item' }).click();
    await officer.getByRole('dialog', { name: 'Delete this item?' }).getByRole('button', { name: 'Delete item' }).click();
    await waitUntilSent(officer);
    await expect.poll(() => programme(officer).getByRole('button', { name: 'Deprivation of Liberty Safeguards' }).count()).toBe(0);

    await chair.context().setOffline(false);
    await expect.poll(() => statusText(chair)).toBe('Synced');
    expect(await chair.getByLabel('Details').inputValue()).toBe('The backlog figures to be reported to every meeting until cleared.');

    await programme(officer).getByRole('button', { name: 'Sync now' }).click();
    const banner = officer.getByRole('region', { name: 'Changes that need you' });
    await banner.getByRole('button', { name: 'Open the item to choose' }).click();
    const notice = officer.getByRole('group', { name: 'Conflicting change' });
    await expect.poll(() => notice.textContent()).toContain('You deleted this item, but John Francis edited it at the same time, so it was kept.');
    expect(await officer.getByLabel('Details').inputValue()).toBe('The backlog figures to be reported to every meeting until cleared.');
    await notice.getByRole('button', { name: 'Keep theirs' }).click();
    await notice.waitFor({ state: 'detached' });
    await waitUntilSent(officer);
    await expect.poll(() => banner.count()).toBe(0);
    await programme(officer).getByRole('button', { name: 'Deprivation of Liberty Safeguards' }).waitFor();
  });

  it('shows a member the programme read-only, takes their comment and proposal, and the office accepts it', { timeout: 120_000 }, async () => {
    const member = await openProfile();
    const officer = await openProfile(); // Helen's third device
    await connectAs(member, code(2, 'Conor Wileman'));
    await connectAs(officer, code(2, 'Helen Phillips'));

    await openItem(member, 'Modern Slavery');
    await member.getByText('Only the chair and the scrutiny officer can change items').waitFor();
    expect(await member.getByLabel('Title', { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await member.getByLabel('Details').getAttribute('readonly')).not.toBeNull();
    expect(await member.getByLabel('Status').isDisabled()).toBe(true);
    await member.getByLabel('Comment').fill('Could the report cover county lines?');
    await member.getByRole('button', { name: 'Add comment' }).click();
    await waitUntilSent(member);
    await programme(member).getByRole('button', { name: 'Propose item' }).click();
    const dialog = member.getByRole('dialog', { name: 'Propose an item' });
    await dialog.getByLabel('Title').fill('Scams targeting older residents');
    await dialog.getByLabel('Reason').press('Tab');
    await dialog.getByLabel('Reason').fill('Trading Standards report a rise in doorstep and phone scams.');
    await dialog.getByLabel('Title').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await waitUntilSent(member);

    await programme(officer).getByRole('button', { name: 'Sync now' }).click();
    const proposals = programme(officer).getByRole('list', { name: 'Proposals from members' });
    await proposals.getByText('Scams targeting older residents').waitFor();
    await proposals.getByRole('button', { name: 'Accept as item: Scams targeting older residents' }).click();
    await waitUntilSent(officer);
    await programme(officer).getByRole('table', { name: 'To be scheduled' }).getByRole('button', { name: 'Scams targeting older residents' }).waitFor();
    await openItem(officer, 'Modern Slavery');
    await officer.getByText('Could the report cover county lines?').waitFor();

    await programme(member).getByRole('button', { name: 'Sync now' }).click();
    await programme(member).getByRole('table', { name: 'To be scheduled' }).getByRole('button', { name: 'Scams targeting older residents' }).waitFor();
    await expect.poll(() => statusText(member)).toBe('Synced');
  });

  it('links an item to its meeting’s agenda pack in the library and opens it from there', { timeout: 120_000 }, async () => {
    const member = await openProfile();
    await importFiles(member, [PACK]);
    await member.getByRole('heading', { name: /Safe and Strong Communities Select Committee.*26 September 2017/ }).waitFor();
    await connectAs(member, code(2, 'Natasha Pullen'));
    await openItem(member, 'Community Safety Agreement');
    const meeting = member.getByLabel('Library meeting');
    await expect.poll(async () => (await meeting.locator('option:checked').textContent()) ?? '').toContain('(same date)');
    await member.getByRole('button', { name: 'Link meeting' }).click();
    await member.getByRole('button', { name: 'Open pack' }).click();
    await member.getByRole('navigation', { name: 'Agenda' }).waitFor();
    // Exact: the pack's agenda has an item called "Work Programme" too.
    await member.getByRole('banner').getByRole('button', { name: 'Work programme', exact: true }).click();
    await openItem(member, 'Community Safety Agreement');
    await member.getByRole('button', { name: 'Open pack' }).waitFor();
    await member.getByRole('button', { name: 'Unlink' }).click();
    await member.getByText('Not linked to a meeting in your library.').waitFor();
  });

  it('sets aside a change the server can never accept, syncs the others, and says so', { timeout: 120_000 }, async () => {
    const chair = await openProfile();
    const officer = await openProfile();
    await connectAs(chair, code(4, 'John Francis'));
    await connectAs(officer, code(4, 'Helen Phillips'));

    // The server out of reach (the app itself still loads, so the page can be reloaded).
    const cutOff = `${serverUrl}/**`;
    await chair.context().route(cutOff, (route) => route.abort());
    await openItem(chair, 'Domestic Abuse');
    await chair.getByLabel('Details').fill('Figures from the refuges.');
    await chair.getByLabel('Details').blur();
    await expect.poll(() => statusText(chair)).toContain('· 1 change waiting');
    // A change queued by an older app, with a NUL that PostgreSQL cannot store, put straight
    // into this profile's outbox after the chair's edit.
    await chair.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('scrutineer');
          open.onerror = () => reject(open.error ?? new Error('Could not open the database'));
          open.onsuccess = () => {
            const tx = open.result.transaction(['syncMeta', 'syncOutbox'], 'readwrite');
            const meta = tx.objectStore('syncMeta');
            const read = meta.get('meta');
            read.onsuccess = () => {
              const m = read.result as { nextSeq: number; key: string };
              tx.objectStore('syncOutbox').add({
                seq: m.nextSeq,
                op: 'create',
                type: 'suggestion',
                id: crypto.randomUUID(),
                committeeId: 'demo-ssc-2017',
                fields: { title: 'Bus pass\u0000 renewals', reason: '' },
              });
              meta.put({ ...m, nextSeq: m.nextSeq + 1 });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error ?? new Error('The transaction failed'));
          };
        }),
    );
    await chair.reload();
    await chair.getByRole('button', { name: 'Work programme' }).click();
    await expect.poll(() => statusText(chair)).toContain('· 2 changes waiting');
    await openItem(chair, 'Youth Offending Service');
    await chair.getByLabel('Details').fill('A later change, made after the bad one.');
    await chair.getByLabel('Details').blur();
    await expect.poll(() => statusText(chair)).toContain('· 3 changes waiting');

    await chair.context().unroute(cutOff);
    await programme(chair).getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => statusText(chair)).toBe('Synced');
    const notice = programme(chair).getByRole('region', { name: 'Changes not sent' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('1 change could not be sent and was set aside; your other changes still sync.');
    expect(await notice.textContent()).toContain('New suggestion “Bus pass renewals”');
    await chair.getByRole('alert').filter({ hasText: 'could not be sent' }).waitFor();
    await chair.setViewportSize({ width: 1366, height: 768 });
    await notice.scrollIntoViewIfNeeded();
    await chair.screenshot({ path: join(tmpdir(), 'scrutineer-set-aside-1366.png') });

    // The changes before and after it reached the officer.
    await programme(officer).getByRole('button', { name: 'Sync now' }).click();
    await openItem(officer, 'Domestic Abuse');
    await expect.poll(() => officer.getByLabel('Details').inputValue()).toBe('Figures from the refuges.');
    await openItem(officer, 'Youth Offending Service');
    await expect.poll(() => officer.getByLabel('Details').inputValue()).toBe('A later change, made after the bad one.');

    // Acting on the notice: send it cleaned; the officer then sees the proposal.
    await notice.getByRole('button', { name: 'Send without the invalid characters' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => statusText(chair)).toBe('Synced');
    await programme(officer).getByRole('button', { name: 'Sync now' }).click();
    await programme(officer).getByRole('list', { name: 'Proposals from members' }).getByText('Bus pass renewals').waitFor();
  });
});
