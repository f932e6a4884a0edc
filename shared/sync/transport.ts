// How the engine reaches the server: an interface (so tests can inject faults) and the
// HTTP implementation over any fetch, with responses parsed by the shared schemas.
import {
  pullResponseSchema,
  pushResponseSchema,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from './protocol';

export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
}

/** The subset of fetch the transport uses; shared/ has no DOM types. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; json(): Promise<unknown> }>;

/** A non-2xx answer. 401 means the device was revoked or never paired: sign in again. */
export class SyncHttpError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(status: number, body: unknown) {
    const message =
      typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : `HTTP ${status}`;
    super(message);
    this.name = 'SyncHttpError';
    this.status = status;
    this.body = body;
  }
}

export interface HttpTransportOptions {
  /** e.g. http://127.0.0.1:8787, no trailing slash needed. */
  baseUrl: string;
  token: string;
  fetch: FetchLike;
}

export function createHttpTransport(options: HttpTransportOptions): SyncTransport {
  const base = options.baseUrl.replace(/\/+$/, '');
  async function post(path: string, body: unknown): Promise<unknown> {
    const res = await options.fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (res.status < 200 || res.status >= 300) throw new SyncHttpError(res.status, json);
    return json;
  }
  return {
    push: async (request) => pushResponseSchema.parse(await post('/sync/push', request)),
    pull: async (request) => pullResponseSchema.parse(await post('/sync/pull', request)),
  };
}
