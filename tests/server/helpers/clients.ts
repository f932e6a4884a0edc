// Test clients: the shared SyncEngine on an in-memory store, and raw JSON calls.
import { randomUUID } from 'node:crypto';
import { MemoryStore } from '../../../shared/sync/memory-store';
import { SyncEngine } from '../../../shared/sync/engine';
import type { Mutation, PullResponse, PushResponse } from '../../../shared/sync/protocol';
import type { SyncStore } from '../../../shared/sync/store';
import { createHttpTransport, type SyncTransport } from '../../../shared/sync/transport';
import type { Device, Harness } from './harness';

export interface TestClient {
  engine: SyncEngine;
  store: SyncStore;
  device: Device;
}

export function httpTransport(h: Harness, device: Device): SyncTransport {
  return createHttpTransport({ baseUrl: 'http://sync.test', token: device.token, fetch: h.fetch });
}

export async function engineClient(
  h: Harness,
  device: Device,
  transport: SyncTransport = httpTransport(h, device),
  { store = new MemoryStore(), ...options }: { pullLimit?: number; store?: SyncStore } = {},
): Promise<TestClient> {
  const engine = await SyncEngine.open({ store, transport, newId: randomUUID, personId: device.personId, ...options });
  return { engine, store, device };
}

export async function postJson(h: Harness, url: string, token: string | undefined, body: unknown) {
  const res = await h.inject({
    method: 'POST',
    url,
    ...(token ? { token } : {}),
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
}

export async function rawPush(h: Harness, device: Device, clientId: string, mutations: Mutation[]): Promise<PushResponse> {
  const res = await postJson(h, '/sync/push', device.token, { clientId, mutations });
  if (res.status !== 200) throw new Error(`push ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as unknown as PushResponse;
}

export async function rawPull(h: Harness, device: Device, clientId: string, cursor: string | null, limit?: number): Promise<PullResponse> {
  const res = await postJson(h, '/sync/pull', device.token, { clientId, cursor, ...(limit ? { limit } : {}) });
  if (res.status !== 200) throw new Error(`pull ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as unknown as PullResponse;
}

/** Pulls every page from the start: the server's current state as this device sees it. */
export async function fullState(h: Harness, device: Device): Promise<PullResponse['changes']> {
  const clientId = `audit_${randomUUID().replace(/-/g, '')}`;
  const rows: PullResponse['changes'] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await rawPull(h, device, clientId, cursor, 5000);
    rows.push(...page.changes);
    cursor = page.cursor;
    if (!page.more) break;
  }
  const latest = new Map<string, PullResponse['changes'][number]>();
  for (const r of rows) latest.set(`${r.type}/${r.id}`, r);
  return [...latest.values()];
}

export const itemCreate = (seq: number, id: string, committeeId: string, title = 'An item'): Mutation => ({
  seq,
  op: 'create',
  type: 'item',
  id,
  committeeId,
  fields: { title, kind: 'committee_item' },
});
