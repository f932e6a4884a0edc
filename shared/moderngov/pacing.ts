// How the app behaves towards a council's site: one request at a time, about one a second,
// waiting as long as the site asks on 429/503 (Retry-After), and stopping for good on a
// 403 or a challenge page: it never tries to get round a block.
import { createSerialQueue } from '../async/serialQueue';
import type { Progress, SiteFetch, SiteRequest, SiteResponse } from './requests';
import { looksLikeChallenge } from './meetingPage';
import { describeAnswer } from './xml';

export interface PacingOptions {
  /** Least time between the starts of two requests to the site. */
  minIntervalMs: number;
  /** How many times a 429/503 is retried before the check gives up on the site. */
  maxRetries: number;
  /** Longest wait accepted from Retry-After; a longer one ends this check for the site. */
  maxWaitMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const POLITE: Omit<PacingOptions, 'now' | 'sleep'> = { minIntervalMs: 1_000, maxRetries: 3, maxWaitMs: 5 * 60_000 };

/** The site refuses the app (403, a challenge or sign-in page): stop asking it. */
export class SiteBlocked extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteBlocked';
  }
}

/** The site is busy (429/503) for longer than this check waits. */
export class SiteBusy extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteBusy';
  }
}

/** Seconds ("120") or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Without Retry-After: 5 s, 10 s, 20 s... */
const backoffMs = (attempt: number) => 5_000 * 2 ** attempt;

const hostOf = (url: string) => new URL(url).host;

const IMPORT_BY_HAND = 'Scrutineer does not try to get round this: download the papers from the council’s website in your browser and import them by hand.';

function isHtml(response: SiteResponse): boolean {
  return /text\/html|application\/xhtml/i.test(response.contentType) || /^\s*(<!doctype html|<html)/i.test(response.text?.slice(0, 500) ?? '');
}

/** A challenge or sign-in page where data or a ModernGov page was expected. */
function blockedAnswer(request: SiteRequest, response: SiteResponse): string | null {
  if (response.status === 403) {
    return `${hostOf(request.url)} refused the request (HTTP 403, usually its web firewall). ${IMPORT_BY_HAND}`;
  }
  if (response.status !== 200 || request.expect === 'pdf' || response.text === undefined) return null;
  const challenge = looksLikeChallenge(response.text);
  if (challenge || (request.expect === 'xml' && isHtml(response))) {
    return `${hostOf(request.url)} answered with ${describeAnswer(response.text)} (a challenge or sign-in page) instead of its meeting data. ${IMPORT_BY_HAND}`;
  }
  return null;
}

export type PacedFetch = (request: SiteRequest, onProgress?: Progress) => Promise<SiteResponse>;

/** Wraps the fetch of one site. Each call waits its turn; requests made are counted. */
export function createSitePacer(fetch: SiteFetch, options: PacingOptions): PacedFetch & { requests(): number; blocked(): string | null } {
  const queue = createSerialQueue();
  let lastStart = -Infinity;
  let blocked: string | null = null;
  let made = 0;

  const once = async (request: SiteRequest, onProgress?: Progress) => {
    const wait = lastStart + options.minIntervalMs - options.now();
    if (wait > 0) await options.sleep(wait);
    lastStart = options.now();
    made += 1;
    return fetch(request, onProgress);
  };

  const paced = (request: SiteRequest, onProgress?: Progress) =>
    queue(async () => {
      for (let attempt = 0; ; attempt += 1) {
        if (blocked) throw new SiteBlocked(blocked);
        const response = await once(request, onProgress);
        const refusal = blockedAnswer(request, response);
        if (refusal) {
          blocked = refusal;
          throw new SiteBlocked(refusal);
        }
        if (response.status !== 429 && response.status !== 503) return response;
        const asked = retryAfterMs(response.retryAfter, options.now());
        const delay = asked ?? backoffMs(attempt);
        if (attempt >= options.maxRetries || delay > options.maxWaitMs) {
          const minutes = Math.max(1, Math.round(delay / 60_000));
          throw new SiteBusy(`${hostOf(request.url)} is busy (HTTP ${response.status}) and asked the app to wait${asked === undefined ? '' : ` about ${minutes} minute${minutes === 1 ? '' : 's'}`}; it will be checked again later.`);
        }
        await options.sleep(delay);
      }
    });

  return Object.assign(paced, { requests: () => made, blocked: () => blocked });
}
