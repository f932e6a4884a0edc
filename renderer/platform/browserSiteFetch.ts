// Requests to councils' ModernGov sites from a plain browser (`npm run web`): fetch, with
// the same time and size limits main applies in Electron. A browser may only read sites
// that allow it (CORS); when one does not, the message says the desktop app is needed.
import { readBoundedBody } from '../../shared/moderngov/boundedBody';
import { LIMITS, RequestFailed, type Progress, type SiteRequest, type SiteResponse } from '../../shared/moderngov/requests';

export async function browserSiteFetch(request: SiteRequest, onProgress?: Progress): Promise<SiteResponse> {
  const { maxBytes, timeoutMs } = LIMITS[request.expect];
  const host = new URL(request.url).host;
  const headers: Record<string, string> = {};
  if (request.etag) headers['If-None-Match'] = request.etag;
  if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
  let response: Response;
  try {
    response = await fetch(request.url, { headers, signal: AbortSignal.timeout(timeoutMs), credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new RequestFailed('timeout', `${host} took too long to answer, so the request was stopped.`);
    }
    if (!navigator.onLine) throw new RequestFailed('offline', 'This device is offline.');
    throw new RequestFailed(
      'cors',
      `The browser could not read ${host}: the site does not let web pages read it (CORS), or the connection failed. The Scrutineer desktop app can download from it.`,
    );
  }
  // The browser follows redirects itself; the answer must still come from the same site.
  if (response.url && new URL(response.url).origin !== new URL(request.url).origin) {
    await response.body?.cancel();
    throw new RequestFailed('redirect', `${host} redirected to another site (${new URL(response.url).host}), which Scrutineer does not follow.`);
  }
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = response.status === 304 ? new Uint8Array() : await readBoundedBody(response, { maxBytes, onProgress });
  } catch (error) {
    if (error instanceof RequestFailed) throw error;
    throw new RequestFailed(navigator.onLine ? 'network' : 'offline', `The download from ${host} was cut off.`);
  }
  const header = (name: string) => response.headers.get(name) ?? undefined;
  const answer: SiteResponse = {
    status: response.status,
    url: response.url || request.url,
    contentType: header('content-type') ?? '',
    etag: header('etag'),
    lastModified: header('last-modified'),
    retryAfter: header('retry-after'),
  };
  const isPdf = request.expect === 'pdf' && response.status === 200 && !/text\/html/i.test(answer.contentType);
  return isPdf ? { ...answer, bytes: body } : { ...answer, text: new TextDecoder().decode(body) };
}
