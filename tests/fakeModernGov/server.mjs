// A fake ModernGov site for tests and the bench: a council with several committees, served
// in the real service's shapes (tests/fixtures/moderngov), meeting pages linking the
// combined packs, and PDFs made from the fixture packs. Switches make it fail the way real
// sites do: slow, 429 with Retry-After, 403, a challenge page, a download cut short,
// titles encoded twice, a cancelled meeting, a pack republished with a changed page.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { PDF_DIR, PACK, REVISED_PACK } from '../fixtures/paths.mjs';

const DAY_MS = 86_400_000;
/** The site's folder, as on councils that serve ModernGov under a path. */
const BASE_PATH = '/council';

/** Committee names, with an ampersand so double encoding shows. */
const COMMITTEE_NAMES = [
  'Adults & Health Scrutiny Committee',
  'Children and Young People Scrutiny Committee',
  'Corporate Overview Select Committee',
  'Economy, Skills & Transport Scrutiny',
  'Environment and Climate Scrutiny Panel',
  'Housing Scrutiny Committee',
  'Safe and Strong Communities Select Committee',
  'Resources and Performance Committee',
  'Audit and Governance Committee',
  'Health and Wellbeing Board',
  'Planning Committee',
  'Licensing Committee',
];

const REPORTS = [
  'three-rivers-executive-2012-12-03-item-7f.pdf',
  'herts-hscb-executive-response-2016.pdf',
  'hscb-annual-report-2015-16.pdf',
  'central-beds-osc-2017-03-14-cse-health-check.pdf',
];

/**
 * @typedef {{ id: number, title: string }} FakeCommittee
 * @typedef {{ id: number, committeeId: number, date: string, cancelled: boolean, republished: boolean }} FakeMeeting
 * @typedef {{ method: string, path: string, status: number, headers: Record<string, string | string[] | undefined> }} LoggedRequest
 */

/**
 * @typedef {object} Switches
 * @property {number} slowMs every answer waits this long first
 * @property {number} busy the next N answers are 429 with Retry-After
 * @property {number} retryAfterSeconds
 * @property {boolean} forbidden every answer is 403
 * @property {boolean} challenge every answer is an HTML challenge page (200)
 * @property {number} cutShort the next N PDF downloads stop half way
 * @property {boolean} doubleEncode titles arrive encoded twice
 * @property {boolean} validators send ETag and Last-Modified, answer 304 to conditional requests
 * @property {boolean} cors allow any origin (the browser build); off, a browser refuses the answers
 */

const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
const isoDay = (/** @type {number} */ ms) => new Date(ms).toISOString().slice(0, 10);
const serviceDate = (/** @type {string} */ iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** dd/mm/yyyy to ISO; null for anything else (the real service ignores ISO dates). */
function parseServiceDate(/** @type {string | null} */ text) {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text ?? '');
  return match ? `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}` : null;
}
const xmlEscape = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlEscape = xmlEscape;
const longDate = (/** @type {string} */ iso) => {
  const date = new Date(`${iso}T00:00:00Z`);
  const day = date.getUTCDate();
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${pad(day)}${suffix}-${date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })}-${date.getUTCFullYear()}`;
};

/** Unique bytes for each meeting's copy of a fixture: a comment after the end of the file. */
function stamped(/** @type {Buffer} */ bytes, /** @type {string} */ label) {
  return Buffer.concat([bytes, Buffer.from(`\n% fake-moderngov ${label}\n`)]);
}

/**
 * Starts the fake site on a free loopback port.
 * @param {{ committees?: number, meetingsPerCommittee?: number, reportsPerMeeting?: number, exemptPerMeeting?: boolean, now?: number, packFile?: string, revisedPackFile?: string }} [options]
 */
export async function startFakeModernGov(options = {}) {
  const now = options.now ?? Date.now();
  const committeeCount = options.committees ?? 3;
  const meetingsPer = options.meetingsPerCommittee ?? 2;
  const reportsPer = options.reportsPerMeeting ?? 2;
  const exempt = options.exemptPerMeeting ?? true;
  const packBytes = readFileSync(options.packFile ?? PACK);
  const revisedBytes = readFileSync(options.revisedPackFile ?? REVISED_PACK);
  const reportBytes = REPORTS.map((name) => readFileSync(`${PDF_DIR}${name}`));

  /** @type {Switches} */
  const switches = { slowMs: 0, busy: 0, retryAfterSeconds: 1, forbidden: false, challenge: false, cutShort: 0, doubleEncode: false, validators: true, cors: true };
  /** @type {LoggedRequest[]} */
  const requests = [];

  /** @type {FakeCommittee[]} */
  const committees = Array.from({ length: committeeCount }, (_, i) => ({ id: 101 + i, title: COMMITTEE_NAMES[i % COMMITTEE_NAMES.length] + (i >= COMMITTEE_NAMES.length ? ` ${i + 1}` : '') }));
  /** @type {FakeMeeting[]} */
  const meetings = [];
  for (const committee of committees) {
    // Weekly from two weeks ago, plus one long past (outside any default window).
    for (let k = 0; k < meetingsPer; k += 1) {
      meetings.push({ id: committee.id * 100 + k, committeeId: committee.id, date: isoDay(now + (k - 2) * 7 * DAY_MS + (committee.id % 5) * DAY_MS), cancelled: false, republished: false });
    }
    meetings.push({ id: committee.id * 100 + 99, committeeId: committee.id, date: isoDay(now - 30 * 7 * DAY_MS), cancelled: false, republished: false });
  }

  const committeeOf = (/** @type {FakeMeeting} */ meeting) => /** @type {FakeCommittee} */ (committees.find((c) => c.id === meeting.committeeId));
  const title = (/** @type {string} */ text) => (switches.doubleEncode ? xmlEscape(xmlEscape(text)) : xmlEscape(text));
  const packName = (/** @type {FakeMeeting} */ m, /** @type {string} */ kind) => `${kind} ${longDate(m.date)} 10.00 ${committeeOf(m).title}`;

  /** The meeting-wide documents (front sheet, pack, supplement) and the linked reports of a meeting. */
  function documentsOf(/** @type {FakeMeeting} */ m) {
    const file = (/** @type {string} */ kind) => `/documents/g${m.id}/${encodeURIComponent(packName(m, kind))}.pdf`;
    const packs = [
      { path: file('Agenda frontsheet'), kind: 'Agenda frontsheet', bytes: () => stamped(/** @type {Buffer} */ (reportBytes[0]), `g${m.id} frontsheet`) },
      { path: file('Public reports pack'), kind: 'Public reports pack', bytes: () => stamped(m.republished ? revisedBytes : packBytes, `g${m.id} pack`) },
      { path: file('Supplementary Agenda'), kind: 'Supplementary Agenda', bytes: () => stamped(/** @type {Buffer} */ (reportBytes[3]), `g${m.id} supplement`) },
    ];
    const reports = Array.from({ length: reportsPer }, (_, r) => ({
      attachmentId: m.id * 10 + r,
      title: r === 0 ? 'Scrutiny & the budget: report of the Director' : `Appendix ${String.fromCharCode(65 + r - 1)} - evidence`,
      restricted: false,
      bytes: () => stamped(/** @type {Buffer} */ (reportBytes[1 + (r % 2)]), `s${m.id * 10 + r}`),
    }));
    if (exempt) reports.push({ attachmentId: m.id * 10 + 9, title: 'Exempt appendix - contract prices', restricted: true, bytes: () => Buffer.from('') });
    return { packs, reports };
  }

  const inRange = (/** @type {string} */ date, /** @type {string | null} */ from, /** @type {string | null} */ to) => (!from || date >= from) && (!to || date <= to);

  function getCommittees() {
    return `<?xml version="1.0" encoding="utf-8"?>\n<committees>\n  <committeescount> ${committees.length}</committeescount>\n${committees
      .map((c) => `  <committee>\n    <committeeid>${c.id}</committeeid>\n    <committeetitle>${title(c.title)}</committeetitle>\n    <committeedeleted>False</committeedeleted>\n    <committeeexpired>False</committeeexpired>\n    <committeecategory>Overview and Scrutiny</committeecategory>\n  </committee>`)
      .join('\n')}\n</committees>\n`;
  }

  function getMeetings(/** @type {URLSearchParams} */ query) {
    const committee = committees.find((c) => String(c.id) === query.get('lCommitteeId'));
    // Like the real service: dates it cannot read as dd/mm/yyyy are ignored (everything comes back).
    const from = parseServiceDate(query.get('sFromDate'));
    const to = parseServiceDate(query.get('sToDate'));
    const list = committee ? meetings.filter((m) => m.committeeId === committee.id && inRange(m.date, from, to)) : [];
    return `<?xml version="1.0" encoding="utf-8"?>\n<getmeetings>\n  <meetingscount> ${list.length}</meetingscount>\n  <committeescount> ${committee ? 1 : 0}</committeescount>\n${
      committee
        ? `  <committee>\n    <committeeid>${committee.id}</committeeid>\n    <committeetitle>${title(committee.title)}</committeetitle>\n    <committeemeetingcount> ${list.length}</committeemeetingcount>\n    <committeemeetings>\n${list
            .map((m) => `      <meeting>\n        <meetingid>${m.id}</meetingid>\n        <meetingdate>${serviceDate(m.date)}</meetingdate>\n        <meetingstatus>${m.cancelled ? 'Cancelled' : 'Confirmed'}</meetingstatus>\n        <meetingtime>10.00 am</meetingtime>\n        <iswebcast>False</iswebcast>\n      </meeting>`)
            .join('\n')}\n    </committeemeetings>\n  </committee>\n`
        : ''
    }</getmeetings>\n`;
  }

  function getMeeting(/** @type {FakeMeeting} */ m, /** @type {string} */ base) {
    const { reports } = documentsOf(m);
    const items = [
      { number: '1', title: 'Apologies', docs: [] },
      { number: '2', title: 'Declarations of Interest', docs: [] },
      { number: '3', title: 'Budget monitoring & savings', docs: reports.filter((r) => !r.restricted) },
      { number: '4', title: 'Contract award (exempt)', docs: reports.filter((r) => r.restricted), restricted: true },
    ].filter((item) => item.docs.length > 0 || !item.restricted);
    return `<?xml version="1.0" encoding="utf-8"?>\n<meeting>\n  <meetingid>${m.id}</meetingid>\n  <meetingdate>${serviceDate(m.date)}</meetingdate>\n  <meetingstatus>${m.cancelled ? 'Cancelled' : 'Confirmed'}</meetingstatus>\n  <meetingtime>10.00 am</meetingtime>\n  <meetinglocation>Council Chamber, County Buildings</meetinglocation>\n  <agendapublished>${m.cancelled ? 'False' : 'True'}</agendapublished>\n  <meetingroom>\n  </meetingroom>\n  <agendaitems>\n${
      m.cancelled
        ? ''
        : items
            .map(
              (item) =>
                `    <agendaitem>\n      <agendaitemid>${m.id * 10 + Number(item.number)}</agendaitemid>\n      <agendaitemtitle>${title(item.title)}</agendaitemtitle>\n      <agendaitemnumber>${item.number}</agendaitemnumber>\n      <agendaitemsubnumber>\n      </agendaitemsubnumber>\n      <fulldisplaynumberformat>${item.number}.</fulldisplaynumberformat>\n      <isrestricted>${item.restricted ? 'True' : 'False'}</isrestricted>\n      <linkeddocuments>\n${item.docs
                  .map(
                    (doc) =>
                      `        <linkeddoc>\n          <attachmentid>${doc.attachmentId}</attachmentid>\n          <title>${title(doc.title)}</title>\n          <isurl>False</isurl>\n          <url>${base}/mgConvert2PDF.aspx?ID=${doc.attachmentId}</url>\n          <isrestricted>${doc.restricted ? 'True' : 'False'}</isrestricted>\n          <restrictionsRef>\n          </restrictionsRef>\n          <publicationdate>${serviceDate(m.date)}</publicationdate>\n        </linkeddoc>`,
                  )
                  .join('\n')}\n      </linkeddocuments>\n    </agendaitem>`,
            )
            .join('\n')
    }\n  </agendaitems>\n</meeting>\n`;
  }

  function meetingPage(/** @type {FakeMeeting} */ m) {
    const { packs } = documentsOf(m);
    const committee = committeeOf(m);
    return `<!DOCTYPE html>\n<html lang="en"><head><title>Agenda for ${htmlEscape(committee.title)} on ${m.date}</title></head><body><div id="modgov"><h1>Agenda and minutes</h1>\n<ul class="mgActionList">\n${
      m.cancelled
        ? ''
        : packs.map((p) => ` <li><a  href="${p.path.slice(1)}?T=10"  title="Link to document &#39;${htmlEscape(packName(m, p.kind))}&#39;"  class="mgIconLink pdf">${htmlEscape(packName(m, p.kind))}<span class="mgHide">&nbsp;PDF 200 KB</span></a></li>`).join('\n')
    }\n</ul></div></body></html>\n`;
  }

  /** The PDF (or restricted document) at a path, or null. */
  function pdfAt(/** @type {string} */ path, /** @type {URLSearchParams} */ query) {
    if (path === '/mgconvert2pdf.aspx') {
      const id = Number(query.get('ID'));
      for (const m of meetings) {
        const doc = documentsOf(m).reports.find((r) => r.attachmentId === id);
        if (doc) return doc;
      }
      return null;
    }
    const match = /^\/documents\/g(\d+)\//.exec(path);
    const m = match ? meetings.find((x) => x.id === Number(match[1])) : undefined;
    const pack = m ? documentsOf(m).packs.find((p) => p.path.toLowerCase() === path) : undefined;
    return pack ? { restricted: false, bytes: pack.bytes } : null;
  }

  const CHALLENGE = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="challenge-platform">Checking your browser before accessing the site.</div><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>';
  const SIGN_IN = '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="mgLogin.aspx"><label>User name <input name="u"></label></form></body></html>';

  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.toLowerCase();
    const send = (/** @type {number} */ status, /** @type {string} */ type, /** @type {string | Buffer} */ body, /** @type {Record<string, string>} */ headers = {}) => {
      requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, status, headers: req.headers });
      res.writeHead(status, { 'Content-Type': type, ...(typeof body === 'string' ? {} : { 'Content-Length': String(body.length) }), ...headers });
      res.end(body);
    };
    if (switches.cors) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, Retry-After, Content-Length');
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (switches.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, switches.slowMs));
    if (switches.forbidden) return send(403, 'text/html', '<html><head><title>403 Forbidden</title></head><body>Forbidden</body></html>');
    if (switches.challenge) return send(200, 'text/html; charset=utf-8', CHALLENGE);
    if (switches.busy > 0) {
      switches.busy -= 1;
      return send(429, 'text/html', '<html><body>Too many requests</body></html>', { 'Retry-After': String(switches.retryAfterSeconds) });
    }
    const base = `http://${req.headers.host}${BASE_PATH}`;
    if (!path.startsWith(BASE_PATH.toLowerCase())) return send(404, 'text/html', 'Not found');
    const local = path.slice(BASE_PATH.length);
    const xml = (/** @type {string} */ body) => send(200, 'text/xml; charset=utf-8', body);
    if (local === '/mgwebservice.asmx/getcommittees') return xml(getCommittees());
    if (local === '/mgwebservice.asmx/getmeetings') return xml(getMeetings(url.searchParams));
    if (local === '/mgwebservice.asmx/getmeeting') {
      const m = meetings.find((x) => String(x.id) === url.searchParams.get('lMeetingId'));
      return m ? xml(getMeeting(m, base)) : send(500, 'text/html', 'Server error');
    }
    if (local === '/ielistdocuments.aspx') {
      const m = meetings.find((x) => String(x.id) === url.searchParams.get('MId'));
      return m ? send(200, 'text/html; charset=utf-8', meetingPage(m)) : send(404, 'text/html', 'Not found');
    }
    if (local === '/mglogin.aspx') return send(200, 'text/html; charset=utf-8', SIGN_IN);
    const doc = pdfAt(local, url.searchParams);
    if (!doc) return send(404, 'text/html', 'Not found');
    if (doc.restricted) {
      requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, status: 302, headers: req.headers });
      res.writeHead(302, { Location: `${BASE_PATH}/mgLogin.aspx` });
      res.end();
      return;
    }
    const bytes = doc.bytes();
    const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
    if (switches.validators && req.headers['if-none-match'] === etag) return send(304, 'application/pdf', Buffer.alloc(0), { ETag: etag });
    /** @type {Record<string, string>} */
    const headers = switches.validators ? { ETag: etag } : {};
    if (switches.cutShort > 0) {
      switches.cutShort -= 1;
      requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, status: 200, headers: req.headers });
      res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': String(bytes.length), ...headers });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      // The connection drops half way, as when the network goes.
      setTimeout(() => res.destroy(), 20);
      return;
    }
    return send(200, 'application/pdf', bytes, headers);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const base = `http://127.0.0.1:${address.port}${BASE_PATH}`;

  return {
    base,
    committees,
    meetings,
    switches,
    requests,
    /** Meetings of a committee that a 4-weeks-back, 10-ahead window holds. */
    meetingsInWindow(/** @type {number} */ committeeId, weeksBack = 4, weeksAhead = 10) {
      const from = isoDay(now - weeksBack * 7 * DAY_MS);
      const to = isoDay(now + weeksAhead * 7 * DAY_MS);
      return meetings.filter((m) => m.committeeId === committeeId && m.date >= from && m.date <= to);
    },
    cancel(/** @type {number} */ meetingId) {
      const m = meetings.find((x) => x.id === meetingId);
      if (m) m.cancelled = true;
    },
    /** The council republishes the meeting's reports pack (the revised Staffordshire pack). */
    republish(/** @type {number} */ meetingId) {
      const m = meetings.find((x) => x.id === meetingId);
      if (m) m.republished = true;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
