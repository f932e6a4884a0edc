// 'moderngov:allow-sites' and 'moderngov:fetch': the HTTP to councils' ModernGov sites runs
// here (no CORS in main). Main contacts only the sites the user added, over https (http on
// loopback only, for tests), follows redirects only within the same site, and holds every
// answer to a time and size limit, sending download progress to the page.
import { readBoundedBody } from '../../shared/moderngov/boundedBody';
import { LIMITS, RequestFailed, type Expect } from '../../shared/moderngov/requests';
import { isLoopback, siteBase } from '../../shared/moderngov/site';
import { MODERNGOV_PROGRESS, type IpcRequest, type IpcResponse, type SiteAnswer } from '../../shared/ipc';
import type { InvokeEventLike } from '../ipc';

export interface ModernGovDeps {
  /** Node's fetch in the app; a fake in tests. */
  fetch: typeof fetch;
  /** Overrides LIMITS (tests use small ones). */
  limits?: Partial<Record<Expect, { maxBytes: number; timeoutMs: number }>>;
}

const MAX_REDIRECTS = 5;
/** Progress is sent at most this often, so a fast download does not flood the page. */
const PROGRESS_EVERY_BYTES = 256 * 1024;

type Failure = Extract<SiteAnswer, { ok: false }>;
const fail = (kind: Failure['kind'], message: string): Failure => ({ ok: false, kind, message });

/** The origin a URL may be fetched from, or why not. */
function checkUrl(url: URL, allowed: ReadonlySet<string>): string | null {
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    return `${url.host} was not contacted: Scrutineer only uses secure (https) addresses.`;
  }
  if (url.username || url.password) return `${url.host} was not contacted: the address holds a user name or password.`;
  if (!allowed.has(url.origin)) return `${url.host} was not contacted: it is not the site of a council you added.`;
  return null;
}

const describeError = (error: unknown): Failure => {
  const name = error instanceof Error ? error.name : '';
  const cause = error instanceof Error && error.cause instanceof Error ? `${error.cause.message}` : '';
  if (name === 'TimeoutError' || name === 'AbortError') return fail('timeout', 'The site took too long to answer, so the request was stopped.');
  if (/ENOTFOUND|EAI_AGAIN|ENETUNREACH|ECONNREFUSED|EHOSTUNREACH/.test(cause)) return fail('offline', `The site could not be reached (${cause}).`);
  return fail('network', `The connection failed${cause ? ` (${cause})` : error instanceof Error ? ` (${error.message})` : ''}.`);
};

export function createModernGov({ fetch, limits }: ModernGovDeps) {
  let allowed = new Set<string>();

  const allowSites = ({ bases }: IpcRequest<'moderngov:allow-sites'>): Promise<IpcResponse<'moderngov:allow-sites'>> => {
    const origins = new Set<string>();
    for (const base of bases) {
      const site = siteBase(base);
      if (site.ok) origins.add(new URL(site.base).origin);
    }
    allowed = origins;
    return Promise.resolve(undefined);
  };

  const fetchSite = async (request: IpcRequest<'moderngov:fetch'>, event?: InvokeEventLike): Promise<IpcResponse<'moderngov:fetch'>> => {
    const { maxBytes, timeoutMs } = { ...LIMITS[request.expect], ...limits?.[request.expect] };
    const signal = AbortSignal.timeout(timeoutMs);
    const progress = (received: number, total: number | null) => event?.sender?.send(MODERNGOV_PROGRESS, { requestId: request.requestId, received, total });
    let url = new URL(request.url);
    const site = url.origin;
    const headers: Record<string, string> = { Accept: request.expect === 'pdf' ? 'application/pdf' : request.expect === 'xml' ? 'text/xml, application/xml' : 'text/html' };
    if (request.etag) headers['If-None-Match'] = request.etag;
    if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
    try {
      for (let hop = 0; ; hop += 1) {
        const refused = checkUrl(url, allowed);
        if (refused) return fail('not-allowed', refused);
        const response = await fetch(url, { headers, redirect: 'manual', signal });
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
          const location = response.headers.get('location');
          await response.body?.cancel();
          if (!location) return fail('redirect', `${url.host} redirected without saying where.`);
          const next = new URL(location, url);
          // Same host, http to https, is the usual redirect of an http-only address.
          const upgraded = next.protocol === 'https:' && url.protocol === 'http:' && next.hostname === url.hostname;
          if (next.origin !== site && !upgraded) return fail('redirect', `${url.host} redirected to another site (${next.host}), which Scrutineer does not follow.`);
          if (hop >= MAX_REDIRECTS) return fail('redirect', `${url.host} redirected too many times.`);
          url = next;
          continue;
        }
        let body: Uint8Array<ArrayBuffer>;
        try {
          body = response.status === 304 ? new Uint8Array() : await readBoundedBody(response, { maxBytes, onProgress: progress, progressEveryBytes: PROGRESS_EVERY_BYTES });
        } catch (error) {
          if (error instanceof RequestFailed) return fail(error.kind, error.message);
          throw error;
        }
        const header = (name: string) => response.headers.get(name) ?? undefined;
        const answer: SiteAnswer = {
          ok: true,
          status: response.status,
          url: url.toString(),
          contentType: header('content-type') ?? '',
          etag: header('etag'),
          lastModified: header('last-modified'),
          retryAfter: header('retry-after'),
        };
        const isPdf = request.expect === 'pdf' && response.status === 200 && !/text\/html/i.test(answer.contentType);
        return isPdf ? { ...answer, bytes: body } : { ...answer, text: new TextDecoder().decode(body) };
      }
    } catch (error) {
      return describeError(error);
    }
  };

  return { 'moderngov:allow-sites': allowSites, 'moderngov:fetch': fetchSite };
}
