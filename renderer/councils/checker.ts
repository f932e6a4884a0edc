// Checks the followed committees of every council the user added: asks each site only what
// it needs (meetings in the window, each meeting's details and page, then each document,
// conditionally), one request at a time, and files what arrives. One check runs at a time.
import {
  checkFileEnds,
  describeFileProblem,
  HEAD_BYTES,
  TAIL_BYTES,
} from '../../shared/pdf/fileCheck';
import {
  createSitePacer,
  decideDownload,
  inWindow,
  isLoopback,
  looksLikeChallenge,
  meetingPageUrl,
  meetingsUrl,
  meetingUrl,
  meetingWindow,
  parseMeeting,
  parseMeetings,
  parsePackLinks,
  planDocuments,
  POLITE,
  RequestFailed,
  SiteBlocked,
  SiteBusy,
  UnexpectedAnswer,
  type Expect,
  type MeetingDetail,
  type PacedFetch,
  type PlannedDocument,
} from '../../shared/moderngov';
import type { ServiceItem } from '../db/types';
import { meetingFromService } from '../meetings/meetingsData';
import { platform } from '../platform';
import { updateProgress, useCheckProgress } from './checkProgress';
import { knownDocument, listCouncils, meetingWindowSetting, recordCheck, recordDocument, refreshValidators, type Council, type CouncilDocument } from './councilsData';
import { storeDownload } from './storeDownload';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** About one request a second; a test server on this machine is nobody else's, so faster. */
export function pacerFor(base: string): PacedFetch & { requests(): number } {
  const interval = isLoopback(new URL(base).hostname) ? 100 : POLITE.minIntervalMs;
  return createSitePacer((request, onProgress) => platform.fetchModernGov(request, onProgress), { ...POLITE, minIntervalMs: interval, now: Date.now, sleep });
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function serviceItems(detail: MeetingDetail): ServiceItem[] {
  return detail.items.map((item) => ({
    number: item.number,
    title: item.title,
    restricted: item.restricted,
    documents: item.documents.map((doc) => ({ title: doc.title, restricted: doc.restricted || item.restricted })),
  }));
}

interface Context {
  council: Council;
  paced: PacedFetch;
  committee: string;
  meetingDate: string;
  meetingId: string;
}

async function getText(paced: PacedFetch, url: string, expect: Expect, what: string): Promise<string> {
  const response = await paced({ url, expect });
  if (response.status !== 200 || response.text === undefined) throw new Error(`${what} answered HTTP ${response.status}.`);
  return response.text;
}

async function record(context: Context, doc: PlannedDocument, change: Partial<CouncilDocument> & Pick<CouncilDocument, 'event'>): Promise<void> {
  const known = await knownDocument(context.council.id, doc.key);
  await recordDocument({
    councilId: context.council.id,
    key: doc.key,
    title: doc.title,
    committee: context.committee,
    meetingDate: context.meetingDate,
    url: doc.url,
    documentId: known?.documentId ?? null,
    hash: known?.hash ?? null,
    etag: known?.etag ?? null,
    lastModified: known?.lastModified ?? null,
    reason: null,
    label: null,
    at: Date.now(),
    ...change,
  });
}

async function downloadDocument(context: Context, doc: PlannedDocument): Promise<void> {
  const known = await knownDocument(context.council.id, doc.key);
  if (doc.skipped) {
    if (known?.event !== 'skipped' || known.reason !== doc.skipped.reason) await record(context, doc, { event: 'skipped', label: doc.skipped.label, reason: doc.skipped.reason });
    return;
  }
  const stored = known?.documentId && known.hash ? { documentId: known.documentId, hash: known.hash } : undefined;
  updateProgress({ current: doc.title });
  const startBytes = useCheckProgress.getState().bytes;
  const response = await context.paced(
    { url: doc.url, expect: 'pdf', ...(stored && known?.etag && { etag: known.etag }), ...(stored && known?.lastModified && { lastModified: known.lastModified }) },
    (received) => updateProgress({ bytes: startBytes + received }),
  );
  if (response.status === 304 && stored) return;
  if (response.status !== 200) {
    await record(context, doc, { event: 'failed', reason: `The site answered HTTP ${response.status}; it will be tried again at the next check.` });
    return;
  }
  if (!response.bytes) {
    if (response.text && looksLikeChallenge(response.text)) throw new SiteBlocked(`${context.council.name} answered with a challenge page instead of “${doc.title}”. Scrutineer does not try to get round this: download the papers in your browser and import them by hand.`);
    await record(context, doc, { event: 'skipped', label: 'Sign-in page', reason: 'The site sent a sign-in page instead of the document, so it was not downloaded (it may be restricted).' });
    return;
  }
  const bytes = response.bytes as Uint8Array<ArrayBuffer>;
  const problem = checkFileEnds(bytes.length, bytes.subarray(0, HEAD_BYTES), bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));
  if (problem) {
    await record(context, doc, { event: 'failed', reason: `${describeFileProblem(`${doc.title}.pdf`, problem)} It will be tried again at the next check.` });
    return;
  }
  const hash = await sha256Hex(bytes);
  const decision = decideDownload(stored, { hash });
  const validators = { etag: response.etag ?? null, lastModified: response.lastModified ?? null };
  if (decision.action === 'unchanged') {
    await refreshValidators(context.council.id, doc.key, validators.etag, validators.lastModified);
    return;
  }
  const outcome = await storeDownload(bytes, doc.title, context.meetingId, decision.revisionOf);
  if (outcome.status === 'refused') {
    await record(context, doc, { event: 'failed', reason: outcome.reason });
    return;
  }
  const revised = outcome.status === 'stored' && decision.revisionOf !== undefined;
  await record(context, doc, {
    event: revised ? 'revised' : 'arrived',
    documentId: outcome.documentId,
    hash,
    ...validators,
    label: revised ? `Version ${outcome.version}` : null,
    reason: outcome.status === 'already' ? 'The same file was already in the library.' : outcome.notes.length > 0 ? outcome.notes.join('; ') : null,
  });
}

async function checkCouncil(council: Council, nowMs: number, weeks: { weeksBack: number; weeksAhead: number }): Promise<number> {
  const paced = pacerFor(council.base);
  const window = meetingWindow(nowMs, weeks.weeksBack, weeks.weeksAhead);
  for (const committeeId of council.followed) {
    const committee = council.committees.find((c) => c.id === committeeId);
    if (!committee) continue;
    const meetings = parseMeetings(await getText(paced, meetingsUrl(council.base, committeeId, window.from, window.to), 'xml', 'GetMeetings'));
    // The window again: a site that ignored the dates would send every meeting it has.
    for (const summary of meetings.filter((m) => inWindow(m.date, window)).sort((a, b) => a.date.localeCompare(b.date))) {
      const detail = parseMeeting(await getText(paced, meetingUrl(council.base, summary.id), 'xml', 'GetMeeting'));
      const cancelled = summary.cancelled || detail.cancelled;
      const links = cancelled ? [] : parsePackLinks(await getText(paced, meetingPageUrl(council.base, committeeId, summary.id), 'html', 'The meeting page'), council.base, summary.id);
      const meeting = await meetingFromService({
        committee: committee.title,
        date: summary.date,
        time: detail.time || summary.time,
        venue: detail.venue,
        cancelled,
        items: serviceItems(detail),
      });
      const plan = planDocuments(council.base, { ...detail, cancelled }, links);
      if (cancelled) {
        // Listed once, so "Recent downloads" says why nothing came for this meeting.
        plan.unshift({
          key: `meeting:${summary.id}`,
          url: meetingPageUrl(council.base, committeeId, summary.id),
          title: 'Meeting papers',
          kind: 'pack',
          skipped: { label: 'Cancelled', reason: 'The council lists this meeting as cancelled, so nothing was downloaded.' },
        });
      }
      const downloads = plan.filter((doc) => !doc.skipped).length;
      updateProgress({ documentsTotal: useCheckProgress.getState().documentsTotal + downloads });
      const context: Context = { council, paced, committee: committee.title, meetingDate: summary.date, meetingId: meeting.id };
      for (const doc of plan) {
        await downloadDocument(context, doc);
        if (!doc.skipped) updateProgress({ documentsDone: useCheckProgress.getState().documentsDone + 1 });
      }
    }
  }
  return paced.requests();
}

function problemOf(error: unknown): { message: string; stop: boolean } {
  if (error instanceof SiteBlocked || error instanceof SiteBusy) return { message: error.message, stop: false };
  if (error instanceof RequestFailed) {
    if (error.kind === 'offline' || error.kind === 'network' || error.kind === 'timeout') {
      return { message: `The check stopped: ${error.message} It carries on when the connection returns.`, stop: true };
    }
    return { message: error.message, stop: false };
  }
  if (error instanceof UnexpectedAnswer) return { message: error.message, stop: false };
  return { message: error instanceof Error ? error.message : String(error), stop: false };
}

let running: Promise<CheckSummary> | null = null;

export interface CheckSummary {
  requests: number;
  problems: string[];
}

async function runCheck(): Promise<CheckSummary> {
  const councils = (await listCouncils()).filter((council) => council.followed.length > 0);
  await platform.allowModernGovSites((await listCouncils()).map((council) => council.base));
  const weeks = await meetingWindowSetting();
  updateProgress({ running: true, documentsDone: 0, documentsTotal: 0, bytes: 0, current: null, status: councils.length ? 'Checking…' : null });
  const summary: CheckSummary = { requests: 0, problems: [] };
  for (const council of councils) {
    try {
      summary.requests += await checkCouncil(council, Date.now(), weeks);
      await recordCheck(council.id, null);
    } catch (error) {
      const { message, stop } = problemOf(error);
      summary.problems.push(message);
      await recordCheck(council.id, message);
      // Offline: the other councils' sites cannot be reached either.
      if (stop) break;
    }
  }
  const { documentsDone } = useCheckProgress.getState();
  updateProgress({
    running: false,
    current: null,
    status: summary.problems.length > 0 ? summary.problems.join(' ') : councils.length ? `Checked ${councils.length === 1 ? 'the council' : `${councils.length} councils`} at ${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}: ${documentsDone} document${documentsDone === 1 ? '' : 's'} looked at.` : null,
  });
  return summary;
}

/** Runs a check, or joins the one running. */
export function checkNow(): Promise<CheckSummary> {
  running ??= runCheck().finally(() => {
    running = null;
  });
  return running;
}
