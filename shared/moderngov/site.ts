// A council's ModernGov address as the user types it, made into the site's base URL, and
// the addresses of the requests the app makes there.
import { toServiceDate } from './dates';

export type SiteProblem = { ok: false; message: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export const isLoopback = (hostname: string): boolean => LOOPBACK.has(hostname.toLowerCase());

/**
 * "democracy.council.gov.uk", a copied page address such as
 * "https://democracy.council.gov.uk/mgCommitteeDetails.aspx?ID=144" or the site's own
 * path ("https://council.gov.uk/moderngov/") all become the site's base
 * (https, no trailing slash). http is kept only for loopback addresses (tests).
 */
export function siteBase(input: string): { ok: true; base: string } | SiteProblem {
  const typed = input.trim();
  if (!typed) return { ok: false, message: 'Type the address of the council’s ModernGov site, for example democracy.yourcouncil.gov.uk.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    return { ok: false, message: `“${typed}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: `“${typed}” is not a web address (it starts ${url.protocol}).` };
  if (url.username || url.password) return { ok: false, message: 'Leave the user name and password out of the address.' };
  const loopback = isLoopback(url.hostname);
  const protocol = url.protocol === 'http:' && loopback ? 'http:' : 'https:';
  // The site's folder: everything before the ModernGov page or service named in the path.
  const path = url.pathname.replace(/\/(mg|ie)[A-Za-z0-9]+\.(aspx|asmx)(\/.*)?$/i, '/').replace(/\/documents\/.*$/i, '/').replace(/\/+$/, '');
  return { ok: true, base: `${protocol}//${url.host}${path}` };
}

/** The origin (scheme, host and port) of a site: the only place requests for it may go. */
export const siteOrigin = (base: string): string => new URL(base).origin;

/** True when `url` is on the same site as `base` (same origin). */
export function onSite(url: string, base: string): boolean {
  try {
    return new URL(url).origin === siteOrigin(base);
  } catch {
    return false;
  }
}

const service = (base: string, operation: string, params: Record<string, string>) =>
  `${base}/mgWebService.asmx/${operation}${Object.keys(params).length ? `?${new URLSearchParams(params).toString()}` : ''}`;

export const committeesUrl = (base: string) => service(base, 'GetCommittees', {});

/** Meetings of one committee between two ISO dates, sent as dd/mm/yyyy (never ISO). */
export const meetingsUrl = (base: string, committeeId: number, from: string, to: string) =>
  service(base, 'GetMeetings', { lCommitteeId: String(committeeId), sFromDate: toServiceDate(from), sToDate: toServiceDate(to) });

export const meetingUrl = (base: string, meetingId: number) => service(base, 'GetMeeting', { lMeetingId: String(meetingId) });

/** The meeting's page, which links the combined packs (not in the web service). */
export const meetingPageUrl = (base: string, committeeId: number, meetingId: number) =>
  `${base}/ieListDocuments.aspx?CId=${committeeId}&MId=${meetingId}`;

/** A document link from the service, put on the site's own origin and scheme when it names the same host. */
export function resolveOnSite(link: string, base: string): string | null {
  try {
    const url = new URL(link, `${base}/`);
    const site = new URL(base);
    // Services often write http:// links on an https site: same host, so use the site's scheme.
    if (url.hostname === site.hostname && url.protocol !== site.protocol) {
      url.protocol = site.protocol;
      url.port = site.port;
    }
    return url.origin === site.origin ? url.toString() : null;
  } catch {
    return null;
  }
}
