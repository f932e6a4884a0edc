// Talking to the scrutiny office's server outside the sync engine: pairing this device with
// an invitation code, revoking it, and reading an entity's history. Errors come back as
// sentences a councillor can act on.
import { z } from 'zod';
import {
  exchangeResponseSchema,
  historyResponseSchema,
  membershipSchema,
  type AuditEntry,
  type EntityType,
  type ExchangeResponse,
  type FetchLike,
} from '../../shared/sync';

/** What this device knows about its pairing (the token itself is a secret, kept apart). */
export const connectionSchema = z.object({
  baseUrl: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  device: z.object({ id: z.string(), name: z.string() }),
  memberships: z.array(membershipSchema),
  connectedAt: z.number(),
});
export type Connection = z.infer<typeof connectionSchema>;

export class ConnectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The server's base URL from what the user typed: https unless the server is on this
 * computer (loopback may be plain http, for a server run with `npm run server`).
 */
export function normaliseServerAddress(input: string): string {
  const typed = input.trim();
  if (!typed) throw new ConnectError('Enter the server’s address, for example https://scrutiny.example.gov.uk');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed)
    ? typed
    : `${LOOPBACK.has(typed.split(/[:/]/)[0]!) ? 'http' : 'https'}://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConnectError(`“${typed}” is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConnectError('The address must start with https://');
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new ConnectError('Use https:// for a server on another computer, so the connection is encrypted.');
  }
  if (url.username || url.password || url.search || url.hash) throw new ConnectError('Give the server’s address only, without a query or a name and password.');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

async function readJson(res: { json(): Promise<unknown> }): Promise<unknown> {
  return res.json().catch(() => null);
}

const messageOf = (body: unknown): string | null =>
  typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string' ? body.message : null;

/** Exchanges an invitation code for this device's token. */
export async function exchangeCode(fetchFn: FetchLike, baseUrl: string, code: string, deviceName: string): Promise<ExchangeResponse> {
  if (!code.trim()) throw new ConnectError('Enter the invitation code the scrutiny office gave you.');
  let res: Awaited<ReturnType<FetchLike>>;
  try {
    res = await fetchFn(`${baseUrl}/auth/exchange`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: code.trim(), deviceName: deviceName.trim() || 'Scrutineer' }),
    });
  } catch {
    throw new ConnectError(`Could not reach the server at ${baseUrl}. Check the address and that this computer is online.`);
  }
  const body = await readJson(res);
  if (res.status === 401) {
    throw new ConnectError('That invitation code was not accepted: it may have been used already, have expired, or be mistyped. Ask the scrutiny office for a new one.');
  }
  if (res.status === 429) throw new ConnectError('Too many attempts in a short time. Wait a minute, then try again.');
  if (res.status < 200 || res.status >= 300) {
    throw new ConnectError(`The server refused: ${messageOf(body) ?? `HTTP ${res.status}`}`);
  }
  const parsed = exchangeResponseSchema.safeParse(body);
  if (!parsed.success) throw new ConnectError(`${baseUrl} answered, but not as a Scrutineer sync server does. Check the address.`);
  return parsed.data;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Everything the server recorded about one entity, oldest first. */
export async function fetchHistory(fetchFn: FetchLike, baseUrl: string, token: string, type: EntityType, id: string): Promise<AuditEntry[]> {
  const res = await fetchFn(`${baseUrl}/history/${encodeURIComponent(type)}/${encodeURIComponent(id)}`, { method: 'GET', headers: bearer(token) });
  const body = await readJson(res);
  if (res.status === 404) return [];
  if (res.status < 200 || res.status >= 300) throw new Error(messageOf(body) ?? `HTTP ${res.status}`);
  return historyResponseSchema.parse(body).entries;
}

/** Tells the server to stop accepting this device's token (best effort when disconnecting). */
export async function revokeDevice(fetchFn: FetchLike, baseUrl: string, token: string, deviceId: string): Promise<void> {
  const res = await fetchFn(`${baseUrl}/devices/${encodeURIComponent(deviceId)}/revoke`, {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: '{}',
  });
  if ((res.status < 200 || res.status >= 300) && res.status !== 401) throw new Error(`HTTP ${res.status}`);
}
