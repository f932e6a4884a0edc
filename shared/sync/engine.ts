// The client half of docs/sync.md: local mutations go to an outbox and the optimistic view;
// push sends the outbox; pull applies the server's changes after the cursor, drops the
// mutations the server has processed and replays the rest. Pure: storage and network are
// injected, no timers (the app decides when to sync).
import { keyOf, replay, type ReplayContext, type RowKey } from './apply';
import type { EntityFieldsByType, EntityType } from './model';
import { ENTITY_SPECS, parseCreateFields, parsePatchFields } from './model';
import type { Mutation, MutationResult, SyncRow } from './protocol';
import { MAX_MUTATIONS_PER_PUSH } from './protocol';
import type { SyncMeta, SyncStore } from './store';
import type { SyncTransport } from './transport';

export interface SyncEngineOptions {
  store: SyncStore;
  transport: SyncTransport;
  /** A fresh unique id (crypto.randomUUID in the app). */
  newId: () => string;
  /** The signed-in person (from /auth/exchange); kept in the store's meta. */
  personId?: string | null;
  now?: () => string;
  pushBatchSize?: number;
  pullLimit?: number;
}

export interface PushOutcome {
  /** Mutations sent in this push (including ones the server already had). */
  sent: number;
  /** The server's last processed seq for this client, if a push was answered. */
  lastSeq: number | null;
  /** Mutations the server refused; their optimistic effect goes at the next pull. */
  rejected: MutationResult[];
}

export interface PullOutcome {
  changes: number;
  reset: boolean;
  lastSeq: number;
  /** Conflict notices received in this pull that concern this person and are unresolved. */
  notices: SyncRow[];
}

/** Thrown for local misuse: unknown entity, invalid fields. Nothing is queued. */
export class SyncUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncUsageError';
  }
}

type Patch<T extends EntityType> = Partial<EntityFieldsByType[T]>;

export class SyncEngine {
  private readonly store: SyncStore;
  private readonly transport: SyncTransport;
  private readonly newId: () => string;
  private readonly now: () => string;
  private readonly pushBatchSize: number;
  private readonly pullLimit: number | undefined;
  private meta: SyncMeta;
  /** Seqs the server acknowledged by push; not resent until a pull prunes them. */
  private pushedThrough = 0;
  private localLock: Promise<unknown> = Promise.resolve();
  private networkLock: Promise<unknown> = Promise.resolve();

  private constructor(options: SyncEngineOptions, meta: SyncMeta) {
    this.store = options.store;
    this.transport = options.transport;
    this.newId = options.newId;
    this.now = options.now ?? (() => new Date().toISOString());
    this.pushBatchSize = Math.min(options.pushBatchSize ?? 200, MAX_MUTATIONS_PER_PUSH);
    this.pullLimit = options.pullLimit;
    this.meta = meta;
  }

  /** Opens the engine on a store, creating its client id on first use. */
  static async open(options: SyncEngineOptions): Promise<SyncEngine> {
    let meta = await options.store.getMeta();
    if (!meta) {
      meta = { clientId: `c_${options.newId().replace(/[^A-Za-z0-9_-]/g, '')}`, personId: null, cursor: null, nextSeq: 1 };
    }
    if (options.personId !== undefined && options.personId !== meta.personId) {
      // Another person's rows and pending edits must not be sent under this person's token.
      if (meta.personId !== null) throw new SyncUsageError('This local store belongs to another person; clear it first');
      meta = { ...meta, personId: options.personId };
    }
    await options.store.setMeta(meta);
    return new SyncEngine(options, meta);
  }

  get clientId(): string {
    return this.meta.clientId;
  }

  get cursor(): string | null {
    return this.meta.cursor;
  }

  /** Creates an entity locally and queues it; returns its id. */
  async create<T extends EntityType>(type: T, committeeId: string, fields: Patch<T>, id = this.newId()): Promise<string> {
    const parsed = parseCreateFields(type, fields);
    if (!parsed.ok) throw new SyncUsageError(describe(parsed.issues));
    // Send only what a client may set: the defaults of fields that are the server's to set
    // (a suggestion's status, response and itemId) would make the create invalid there.
    const creatable = new Set(ENTITY_SPECS[type].creatable);
    const sent = Object.fromEntries(Object.entries(parsed.fields).filter(([name]) => creatable.has(name)));
    await this.enqueue({ seq: 0, op: 'create', type, id, committeeId, fields: sent });
    return id;
  }

  /** Changes some fields of an entity the user can see. */
  async patch<T extends EntityType>(type: T, id: string, fields: Patch<T>): Promise<void> {
    const parsed = parsePatchFields(type, fields);
    if (!parsed.ok) throw new SyncUsageError(describe(parsed.issues));
    await this.requireVisible({ type, id });
    await this.enqueue({ seq: 0, op: 'patch', type, id, baseVersion: 0, fields: parsed.fields });
  }

  async delete(type: EntityType, id: string): Promise<void> {
    await this.requireVisible({ type, id });
    await this.enqueue({ seq: 0, op: 'delete', type, id, baseVersion: 0 });
  }

  /** Undoes a delete (e.g. after a "deleted while you were editing" notice). */
  async restore(type: EntityType, id: string): Promise<void> {
    const server = await this.store.getServerRow({ type, id });
    if (!server) throw new SyncUsageError(`No ${type} ${id} to restore`);
    await this.enqueue({ seq: 0, op: 'restore', type, id, baseVersion: 0 });
  }

  async pendingCount(): Promise<number> {
    return (await this.store.listOutbox()).length;
  }

  /** Unresolved conflict notices that concern this person. */
  async notices(): Promise<SyncRow[]> {
    return (await this.store.listRows('conflict')).filter((r) => this.concernsMe(r));
  }

  /** Push then pull: what the app runs when online, on a timer and after each edit. */
  async sync(): Promise<{ push: PushOutcome; pull: PullOutcome }> {
    const push = await this.push();
    const pull = await this.pull();
    return { push, pull };
  }

  /** Sends the outbox, oldest first. A network error leaves everything queued. */
  push(): Promise<PushOutcome> {
    return this.withNetwork(async () => {
      const outbox = (await this.store.listOutbox()).filter((m) => m.seq > this.pushedThrough);
      const outcome: PushOutcome = { sent: 0, lastSeq: null, rejected: [] };
      for (let i = 0; i < outbox.length; i += this.pushBatchSize) {
        const batch = outbox.slice(i, i + this.pushBatchSize);
        const response = await this.transport.push({ clientId: this.meta.clientId, mutations: batch });
        outcome.sent += batch.length;
        outcome.lastSeq = response.lastSeq;
        outcome.rejected.push(...response.results.filter((r) => r.status === 'rejected'));
        this.pushedThrough = Math.max(this.pushedThrough, response.lastSeq);
        // The server stopped early (a gap it has not seen the start of): resend later.
        if (response.lastSeq < batch[batch.length - 1]!.seq) break;
      }
      return outcome;
    });
  }

  /**
   * Pulls until up to date, refreshing the view page by page (a later page may never come),
   * then prunes the outbox once the pages together cover lastSeq.
   */
  pull(): Promise<PullOutcome> {
    return this.withNetwork(async () => {
      const outcome: PullOutcome = { changes: 0, reset: false, lastSeq: 0, notices: [] };
      let more = true;
      while (more) {
        const page = await this.transport.pull({
          clientId: this.meta.clientId,
          cursor: this.meta.cursor,
          ...(this.pullLimit ? { limit: this.pullLimit } : {}),
        });
        await this.withLocal(() =>
          this.store.transaction(async () => {
            const touched = new Map<string, RowKey>();
            if (page.reset) {
              await this.store.clearServerRows();
              await this.store.clearRows();
              outcome.reset = true;
              // Pending creates have no server row yet: put them back in the view.
              for (const m of await this.store.listOutbox()) touched.set(keyOf(m), m);
            }
            const fresh: SyncRow[] = [];
            for (const row of page.changes) {
              const known = await this.store.getServerRow(row);
              if (known && known.version >= row.version) continue;
              fresh.push(row);
              touched.set(keyOf(row), row);
            }
            await this.store.putServerRows(fresh);
            await this.refreshView([...touched.values()]);
            await this.saveMeta({ ...this.meta, cursor: page.cursor });
            outcome.changes += fresh.length;
            outcome.notices.push(...fresh.filter((r) => r.type === 'conflict' && this.concernsMe(r)));
          }),
        );
        outcome.lastSeq = page.lastSeq;
        more = page.more;
      }
      // Only now: the pages together hold the effects of every mutation ≤ lastSeq.
      await this.withLocal(() =>
        this.store.transaction(async () => {
          const done = await this.store.removeFromOutbox(outcome.lastSeq);
          await this.refreshView(done);
        }),
      );
      return outcome;
    });
  }

  private concernsMe(row: SyncRow): boolean {
    const f = row.fields;
    return row.type === 'conflict' && !row.deleted && f['resolved'] !== true &&
      this.meta.personId !== null && (f['keptBy'] === this.meta.personId || f['lostBy'] === this.meta.personId);
  }

  private async requireVisible(key: RowKey): Promise<void> {
    if (!(await this.store.getRow(key))) throw new SyncUsageError(`No ${key.type} ${key.id} here (deleted or never synced)`);
  }

  private enqueue(draft: Mutation): Promise<void> {
    return this.withLocal(() =>
      this.store.transaction(async () => {
        const server = await this.store.getServerRow(draft);
        const seq = this.meta.nextSeq;
        const mutation: Mutation =
          draft.op === 'create' ? { ...draft, seq } : { ...draft, seq, baseVersion: server?.version ?? 0 };
        await this.store.addToOutbox(mutation);
        await this.saveMeta({ ...this.meta, nextSeq: seq + 1 });
        await this.refreshView([draft]);
      }),
    );
  }

  private async refreshView(keys: readonly RowKey[]): Promise<void> {
    const pendingByKey = new Map<string, Mutation[]>();
    for (const m of await this.store.listOutbox()) {
      const list = pendingByKey.get(keyOf(m));
      if (list) list.push(m);
      else pendingByKey.set(keyOf(m), [m]);
    }
    const ctx: ReplayContext = { personId: this.meta.personId, now: this.now() };
    for (const key of keys) {
      const row = replay(await this.store.getServerRow(key), pendingByKey.get(keyOf(key)) ?? [], ctx);
      if (row && !row.deleted) await this.store.putRow(row);
      else await this.store.deleteRow(key);
    }
  }

  private async saveMeta(meta: SyncMeta): Promise<void> {
    await this.store.setMeta(meta);
    this.meta = meta;
  }

  // Local writes are short and must not wait for the network; network rounds must not overlap
  // (two pulls racing could move the cursor backwards).
  private withLocal<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.localLock.then(fn, fn);
    this.localLock = run.catch(() => undefined);
    return run;
  }

  private withNetwork<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.networkLock.then(fn, fn);
    this.networkLock = run.catch(() => undefined);
    return run;
  }
}

function describe(issues: readonly { path: (string | number)[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
