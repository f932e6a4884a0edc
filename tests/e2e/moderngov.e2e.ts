// Packs arrive by themselves: a councillor adds the council's ModernGov site (the fake one in
// tests/fakeModernGov), follows a committee, and its meetings' papers arrive in the library;
// offline and back, republished, refused, busy and restricted, as real sites behave.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModernGov } from '../fakeModernGov/server.mjs';
import { launchChromium, libraryEntries, openApp, selectOnPage } from './support';

type Fake = Awaited<ReturnType<typeof startFakeModernGov>>;

let browser: Browser;
let fake: Fake | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const COMMITTEE = 'Adults & Health Scrutiny Committee';
const councils = (page: Page) => page.getByRole('region', { name: 'Councils' });
const recent = (page: Page) => page.getByRole('list', { name: 'Recent downloads' });
const checkStatus = (page: Page) => councils(page).locator('.check-status');

async function addCouncil(page: Page, base: string) {
  await page.getByRole('button', { name: 'Councils' }).click();
  await councils(page).getByRole('textbox', { name: 'ModernGov address' }).fill(base);
  await councils(page).getByRole('button', { name: 'Add council' }).click();
}

/** A whole check reads every pack it downloads; on a loaded machine that takes minutes. */
const CHECK_MS = 600_000;
const TEST_MS = 1_200_000;

/** Waits until the running check has finished. */
const checkFinished = (page: Page) => expect.poll(() => councils(page).getByRole('button', { name: 'Check now' }).isEnabled(), { timeout: CHECK_MS }).toBe(true);

/** Clicks "Check now" and waits until the check has finished. */
async function checkNow(page: Page) {
  await councils(page).getByRole('button', { name: 'Check now' }).click();
  await checkFinished(page);
}

const pdfRequests = (server: Fake, from = 0) => server.requests.slice(from).filter((r) => /documents\/g|mgConvert2PDF/i.test(r.path));
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('following a committee on the council’s ModernGov site', () => {
  it('files each meeting in the window with its front sheet, pack and supplement, lists exempt papers, and a second check downloads nothing', async () => {
    fake = await startFakeModernGov({ committees: 3, meetingsPerCommittee: 2 });
    const page = await openApp(browser);
    await addCouncil(page, fake.base);
    await councils(page).getByRole('checkbox', { name: `Follow ${COMMITTEE}` }).check();
    await councils(page).getByRole('button', { name: 'Check now' }).click();
    await councils(page).getByRole('progressbar', { name: 'Downloading' }).waitFor();
    await checkFinished(page);

    // Meetings were asked for with dd/mm/yyyy dates, never ISO ones.
    const getMeetings = fake.requests.filter((r) => /GetMeetings/.test(r.path));
    expect(getMeetings.length).toBe(1);
    expect(decodeURIComponent(getMeetings[0]!.path)).toMatch(/sFromDate=\d{2}\/\d{2}\/\d{4}&sToDate=\d{2}\/\d{2}\/\d{4}/);
    // The restricted document was never requested.
    expect(fake.requests.some((r) => /ID=\d+9$/.test(r.path))).toBe(false);
    await recent(page).getByText(/Not downloaded \(Exempt\): Exempt appendix - contract prices/).first().waitFor();

    await page.getByRole('button', { name: 'Library' }).click();
    const inWindow = fake.meetingsInWindow(101);
    expect(inWindow.length).toBe(2);
    for (const meeting of inWindow) {
      await page.getByRole('heading', { name: new RegExp(`${COMMITTEE}.*${longDate(meeting.date)}`) }).waitFor();
    }
    // The meeting long past (outside the window) is not there.
    const past = fake.meetings.find((m) => m.committeeId === 101 && m.id % 100 === 99)!;
    expect(await page.getByRole('heading', { name: new RegExp(longDate(past.date)) }).count()).toBe(0);
    const entries = libraryEntries(page);
    for (const title of ['Agenda frontsheet', 'Public reports pack', 'Supplementary Agenda', 'Scrutiny & the budget: report of the Director']) {
      await expect.poll(() => entries.filter({ has: page.getByRole('button', { name: title, exact: true }) }).count()).toBe(2);
    }
    await expect.poll(() => entries.filter({ has: page.getByText('New', { exact: true }) }).count()).toBe(10);
    // The agenda as the service lists it, with the exempt item marked and the reason given.
    const agenda = page.getByRole('list', { name: 'Agenda on the council’s website' }).first();
    await page.getByText(/Agenda on the council’s website/).first().click();
    await expect.poll(() => agenda.textContent()).toMatch(/1\. Apologies.*2\. Declarations of Interest.*3\. Budget monitoring & savings.*4\. Contract award \(exempt\)Exempt/);
    expect(await agenda.textContent()).toMatch(/Exempt appendix - contract prices: restricted \(Part 2\)/);

    // Opening a document clears "New".
    await entries.filter({ hasText: 'Agenda frontsheet' }).first().getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('.page-position').getByText(/PDF page/).waitFor();
    await page.getByRole('button', { name: 'Library' }).click();
    await expect.poll(() => entries.filter({ has: page.getByText('New', { exact: true }) }).count()).toBe(9);

    // A second check with nothing changed downloads nothing.
    const before = fake.requests.length;
    await page.getByRole('button', { name: 'Councils' }).click();
    await checkNow(page);
    expect(pdfRequests(fake, before).every((r) => r.status === 304)).toBe(true);
    await page.getByRole('button', { name: 'Library' }).click();
    await expect.poll(() => entries.count()).toBe(10);
  }, TEST_MS);

  it('carries a highlight to version 2 when the council republishes the pack with a changed page', async () => {
    fake = await startFakeModernGov({ committees: 1, meetingsPerCommittee: 1, reportsPerMeeting: 0, exemptPerMeeting: false });
    const page = await openApp(browser);
    await addCouncil(page, fake.base);
    await councils(page).getByRole('checkbox', { name: `Follow ${COMMITTEE}` }).check();
    await checkNow(page);
    await page.getByRole('button', { name: 'Library' }).click();
    const pack = libraryEntries(page).filter({ has: page.getByRole('button', { name: 'Public reports pack', exact: true }) });
    await pack.getByRole('button', { name: 'Open', exact: true }).click();
    // Its agenda and printed numbers read ("PDF page N of 108"): the agenda column then opens
    // beside the pages, which redraws them at the new width and would drop a selection made before.
    await page.locator('.page-position').getByText(/PDF page \d+ of 108/).waitFor();
    await selectOnPage(page, 41, 'Preventing Low Level Neglect');
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await page.getByLabel('Comment').fill('Who answers for the response?');
    await sidebar.getByRole('button', { name: 'Done' }).click();
    await sidebar.getByRole('button', { name: /Who answers for the response/ }).waitFor();

    fake.republish(fake.meetings[0]!.id);
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Councils' }).click();
    await checkNow(page);
    await recent(page).getByText(/Version 2 arrived: Public reports pack/).waitFor();
    await page.getByRole('button', { name: 'Library' }).click();
    const current = libraryEntries(page).filter({ hasText: 'Version 2' });
    await current.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('.page-position').getByText(/of 109/).waitFor();
    const moved = sidebar.getByRole('button', { name: /Preventing Low Level Neglect/ });
    await moved.waitFor();
    // Item 5 moved one page on in the revised pack: the highlight is on its new printed page.
    expect(await moved.textContent()).toContain('Item 5 · Page 40');
  }, TEST_MS);

  it('resumes after going offline mid-download, and everything arrives once', async () => {
    fake = await startFakeModernGov({ committees: 1, meetingsPerCommittee: 2, exemptPerMeeting: false });
    fake.switches.slowMs = 400;
    const page = await openApp(browser);
    await addCouncil(page, fake.base);
    await councils(page).getByRole('checkbox', { name: `Follow ${COMMITTEE}` }).check();
    await councils(page).getByRole('button', { name: 'Check now' }).click();
    await expect.poll(async () => Number(await councils(page).getByRole('progressbar', { name: 'Downloading' }).getAttribute('value').catch(() => '0')), { timeout: CHECK_MS }).toBeGreaterThanOrEqual(2);
    await page.context().setOffline(true);
    await expect.poll(() => checkStatus(page).textContent()).toMatch(/The check stopped.*connection returns/);
    fake.switches.slowMs = 0;
    await page.context().setOffline(false);
    await expect.poll(() => checkStatus(page).textContent(), { timeout: CHECK_MS }).toMatch(/Checked the council/);
    await page.getByRole('button', { name: 'Library' }).click();
    const entries = libraryEntries(page);
    // 2 meetings x (front sheet, pack, supplement, 2 reports), each once.
    await expect.poll(() => entries.count()).toBe(10);
    for (const title of ['Agenda frontsheet', 'Public reports pack', 'Supplementary Agenda']) {
      expect(await entries.filter({ has: page.getByRole('button', { name: title, exact: true }) }).count()).toBe(2);
    }
  }, TEST_MS);

  it('waits as long as Retry-After asks when the site answers 429', async () => {
    fake = await startFakeModernGov({ committees: 2, meetingsPerCommittee: 1 });
    fake.switches.busy = 1;
    fake.switches.retryAfterSeconds = 2;
    const page = await openApp(browser);
    await addCouncil(page, fake.base);
    await councils(page).getByRole('checkbox', { name: `Follow ${COMMITTEE}` }).waitFor();
    const [refused, retried] = fake.requests;
    expect(refused!.status).toBe(429);
    expect(retried!.status).toBe(200);
  }, TEST_MS);

  it('stops on a 403 with a clear message, storing nothing and making no more requests', async () => {
    fake = await startFakeModernGov({ committees: 2, meetingsPerCommittee: 1 });
    fake.switches.forbidden = true;
    const page = await openApp(browser);
    await addCouncil(page, fake.base);
    const alert = councils(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/refused the request \(HTTP 403.*import them by hand/);
    expect(fake.requests.length).toBe(1);
    expect(await councils(page).getByRole('list', { name: 'Your councils' }).count()).toBe(0);
  }, TEST_MS);

  it('stops on a challenge page during a check, saying so, with nothing stored', async () => {
    fake = await startFakeModernGov({ committees: 2, meetingsPerCommittee: 2 });
    const page = await openApp(browser);
    await addCouncil(page, fake.base);
    await councils(page).getByRole('checkbox', { name: `Follow ${COMMITTEE}` }).check();
    fake.switches.challenge = true;
    const before = fake.requests.length;
    await checkNow(page);
    await councils(page).getByText(/answered with a web page titled “Just a moment...” \(a challenge or sign-in page\)/).first().waitFor();
    expect(fake.requests.length - before).toBeLessThanOrEqual(2);
    await page.getByRole('button', { name: 'Library' }).click();
    await page.getByRole('heading', { name: 'No documents yet' }).waitFor();
  }, TEST_MS);

  it('shows a cancelled meeting as cancelled and downloads none of its papers (titles encoded twice read right)', async () => {
    fake = await startFakeModernGov({ committees: 1, meetingsPerCommittee: 1 });
    fake.cancel(fake.meetings[0]!.id);
    // "Adults &amp;amp; Health…" in the XML: the box is still named with a plain "&".
    fake.switches.doubleEncode = true;
    const page = await openApp(browser);
    await addCouncil(page, fake.base);
    await councils(page).getByRole('checkbox', { name: `Follow ${COMMITTEE}` }).check();
    await checkNow(page);
    await recent(page).getByText(/Not downloaded \(Cancelled\): Meeting papers.*cancelled/).waitFor();
    expect(pdfRequests(fake)).toEqual([]);
  }, TEST_MS);

  it('in the browser, says the desktop app is needed when a site refuses web pages (CORS)', async () => {
    fake = await startFakeModernGov({ committees: 1 });
    fake.switches.cors = false;
    const page = await openApp(browser);
    await addCouncil(page, fake.base);
    const alert = councils(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/does not let web pages read it \(CORS\).*desktop app/);
  }, TEST_MS);

  it('says when an address is not a ModernGov site, naming what came back', async () => {
    fake = await startFakeModernGov({ committees: 1 });
    const page = await openApp(browser);
    await addCouncil(page, `${fake.base}/not-here`);
    const alert = councils(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/HTTP 404/);
  }, TEST_MS);
});
