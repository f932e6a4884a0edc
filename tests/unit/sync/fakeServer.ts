// A small in-memory stand-in for the sync service, enough for the client's unit tests:
// one total order of versions, exactly-once push per client with lastSeq, cursor pull in
// pages with tombstones. No permissions or conflict notices (the server tests cover those).
import { parseCreateFields, type PullRequest, type PullResponse, type PushRequest, type PushResponse, type SyncRow, type SyncTransport } from '../../../shared/sync';

export class OfflineError extends TypeError {
  constructor() {
    super('Failed to fetch');
  }
}

export class FakeServer {
  version = 0;
  readonly rows = new Map<string, SyncRow>();
  readonly lastSeq = new Map<string, number>();
  pushes = 0;
  pulls = 0;

  constructor(readonly personId = 'person-1') {}

  /** A row written by someone else (the officer's own laptop, say). */
  put(row: Omit<SyncRow, 'version' | 'updatedAt' | 'deleted' | 'createdBy'> & Partial<SyncRow>): SyncRow {
    const stored: SyncRow = { deleted: false, createdBy: 'someone-else', updatedAt: new Date(0).toISOString(), ...row, version: ++this.version };
    this.rows.set(`${row.type}/${row.id}`, stored);
    return stored;
  }

  push(request: PushRequest): PushResponse {
    this.pushes++;
    let last = this.lastSeq.get(request.clientId) ?? 0;
    const results: PushResponse['results'] = [];
    for (const m of request.mutations) {
      if (m.seq <= last) {
        results.push({ seq: m.seq, status: 'applied', duplicate: true });
        continue;
      }
      if (m.seq > last + 1) break;
      last = m.seq;
      const version = ++this.version;
      const k = `${m.type}/${m.id}`;
      const row = this.rows.get(k);
      const now = new Date(version * 1000).toISOString();
      if (m.op === 'create') {
        const parsed = parseCreateFields(m.type, m.fields);
        if (row || !parsed.ok) {
          results.push({ seq: m.seq, status: 'rejected', version, code: 'exists', message: 'Already exists' });
          continue;
        }
        this.rows.set(k, { type: m.type, id: m.id, committeeId: m.committeeId, version, deleted: false, createdBy: this.personId, updatedAt: now, fields: parsed.fields });
      } else if (!row) {
        results.push({ seq: m.seq, status: 'rejected', version, code: 'not_found', message: `No ${m.type} ${m.id}` });
        continue;
      } else if (m.op === 'patch') {
        this.rows.set(k, { ...row, version, deleted: false, updatedAt: now, fields: { ...row.fields, ...m.fields } });
      } else {
        this.rows.set(k, { ...row, version, updatedAt: now, deleted: m.op === 'delete' });
      }
      results.push({ seq: m.seq, status: 'applied', version });
    }
    this.lastSeq.set(request.clientId, last);
    return { lastSeq: last, results };
  }

  pull(request: PullRequest): PullResponse {
    this.pulls++;
    const after = request.cursor === null ? 0 : Number(request.cursor);
    const limit = request.limit ?? 1000;
    const newer = [...this.rows.values()].filter((r) => r.version > after).sort((a, b) => a.version - b.version);
    const page = newer.slice(0, limit);
    const more = newer.length > limit;
    const cursor = String(more ? page[page.length - 1]!.version : this.version);
    return { cursor, reset: request.cursor === null, more, lastSeq: this.lastSeq.get(request.clientId) ?? 0, changes: structuredClone(page) };
  }

  /** A transport to this server that can be switched off, or made to fail with an HTTP-like error. */
  transport(): SyncTransport & { online: boolean; failWith: Error | null } {
    const push = (request: PushRequest) => this.push(structuredClone(request));
    const pull = (request: PullRequest) => this.pull(request);
    const transport = {
      online: true,
      failWith: null as Error | null,
      // Each executor turns a throw into a rejection, as a real transport's would be.
      push(request: PushRequest) {
        return new Promise<ReturnType<typeof push>>((resolve) => {
          if (!transport.online) throw new OfflineError();
          if (transport.failWith) throw transport.failWith;
          resolve(push(request));
        });
      },
      pull(request: PullRequest) {
        return new Promise<ReturnType<typeof pull>>((resolve) => {
          if (!transport.online) throw new OfflineError();
          if (transport.failWith) throw transport.failWith;
          resolve(pull(request));
        });
      },
    };
    return transport;
  }
}
