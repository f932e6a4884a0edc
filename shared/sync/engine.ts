// The client half of docs/sync.md: local mutations go to an outbox and the optimistic view;
// push sends the outbox; pull applies the server's changes after the cursor, drops the
// mutations the server has processed and replays the rest. Pure: storage and network are
// injected, no timers (the app decides when to sync).
import { keyOf, replay, type ReplayContext, type RowKey } from './apply';
import type { EntityFieldsByType, EntityType } from './model';
import { ENTITY_SPECS, parseCreateFields, parsePatchFields } from './model';
import type { Mutation, MutationResult, SyncRow } from './protocol';
import { MAX_MUTATIONS_PER_PUSH, mutationSchema } from './protocol';
import type { SetAsideChange, SyncMeta, SyncStore } from './store';
import { cleanStrings } from './text';
import { SyncHttpError, type SyncTransport } from './transport';
import { createSerialQueue, type SerialQueue } from '../async';

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
  /** Changes taken out of the outbox in this push because they can never be accepted. */
  setAside: SetAsideChange[];
}

/** Setting aside more than this many changes in one push means something else is wrong. */
const MAX_SET_ASIDE_PER_PUSH = 50;

interface Refused {
  mutation: Mutation;
  issues: SetAsideChange['issues'];
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
  // Local writes are short and must not wait for the network; network rounds must not overlap
  // (two pulls racing could move the cursor backwards).
  private readonly withLocal: SerialQueue = createSerialQueue();
  private readonly withNetwork: SerialQueue = createSerialQueue();

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

  /**
   * Sends the outbox, oldest first. A network error leaves everything queued. A change that
   * can never be accepted (the shared rules refuse it here, or the server answers 400 naming
   * it) is set aside for the user and the rest still goes: one bad change never jams the
   * outbox. The server numbers a client's changes without gaps, so the ones after it move
   * down one place; that is safe only while the server has not processed it, which a
   * read-only pull (its lastSeq) confirms first.
   */
  push(): Promise<PushOutcome> {
    return this.withNetwork(async () => {
      const outcome: PushOutcome = { sent: 0, lastSeq: null, rejected: [], setAside: [] };
      for (let round = 0; round <= MAX_SET_ASIDE_PER_PUSH; round++) {
        const outbox = (await this.store.listOutbox()).filter((m) => m.seq > this.pushedThrough);
        const invalidAt = outbox.findIndex((m) => !mutationSchema.safeParse(m).success);
        let refused: Refused | null = invalidAt === -1 ? null : { mutation: outbox[invalidAt]!, issues: localIssues(outbox[invalidAt]!) };
        const sendable = invalidAt === -1 ? outbox : outbox.slice(0, invalidAt);
        let stopped = false;
        for (let i = 0; i < sendable.length; i += this.pushBatchSize) {
          const batch = sendable.slice(i, i + this.pushBatchSize);
          let response;
          try {
            response = await this.transport.push({ clientId: this.meta.clientId, mutations: batch });
          } catch (error) {
            const named = refusedIn(error, batch);
            if (!named) throw error;
            refused = named;
            break;
          }
          outcome.sent += batch.length;
          outcome.lastSeq = response.lastSeq;
          outcome.rejected.push(...response.results.filter((r) => r.status === 'rejected'));
          this.pushedThrough = Math.max(this.pushedThrough, response.lastSeq);
          // The server stopped early (a gap it has not seen the start of): resend later.
          if (response.lastSeq < batch[batch.length - 1]!.seq) {
            stopped = true;
            break;
          }
        }
        if (stopped || !refused) break;
        const aside = await this.setAsideRefused(refused);
        if (aside) outcome.setAside.push(aside);
      }
      return outcome;
    });
  }

  /** Changes set aside because they could never be sent, oldest first. */
  setAsideChanges(): SetAsideChange[] {
    return [...(this.meta.setAside ?? [])];
  }

  /** Forgets a set-aside change (the user chose to discard it). */
  discardSetAside(index: number): Promise<void> {
    return this.withLocal(() =>
      this.store.transaction(async () => {
        const list = [...(this.meta.setAside ?? [])];
        list.splice(index, 1);
        await this.saveMeta({ ...this.meta, setAside: list });
      }),
    );
  }

  /**
   * Queues a set-aside change again with the characters that cannot be stored taken out
   * (NUL removed, broken surrogates replaced), as a new change at the end of the outbox.
   * Throws SyncUsageError, keeping it set aside, if it is still not valid.
   */
  async resendSetAside(index: number): Promise<void> {
    const entry = this.meta.setAside?.[index];
    if (!entry) throw new SyncUsageError('That change is no longer set aside');
    const m = cleanStrings(entry.mutation);
    if (m.op === 'create') await this.create(m.type, m.committeeId, m.fields, m.id);
    else if (m.op === 'patch') await this.patch(m.type, m.id, m.fields);
    else if (m.op === 'delete') await this.delete(m.type, m.id);
    else await this.restore(m.type, m.id);
    const at = (this.meta.setAside ?? []).indexOf(entry);
    if (at !== -1) await this.discardSetAside(at);
  }

  private async setAsideRefused({ mutation, issues }: Refused): Promise<SetAsideChange | null> {
    // Read-only: the page is not applied and the cursor stays; only lastSeq is wanted.
    const { lastSeq } = await this.transport.pull({ clientId: this.meta.clientId, cursor: this.meta.cursor, limit: 1 });
    if (mutation.seq <= lastSeq) {
      // Processed earlier (under older rules); the next pull drops it from the outbox.
      this.pushedThrough = Math.max(this.pushedThrough, lastSeq);
      return null;
    }
    const aside: SetAsideChange = { mutation, issues, at: this.now() };
    await this.withLocal(() =>
      this.store.transaction(async () => {
        const outbox = await this.store.listOutbox();
        const rest = outbox
          .filter((m) => m.seq !== mutation.seq)
          .map((m) => (m.seq > mutation.seq ? { ...m, seq: m.seq - 1 } : m));
        await this.store.replaceOutbox(rest);
        await this.saveMeta({ ...this.meta, nextSeq: this.meta.nextSeq - 1, setAside: [...(this.meta.setAside ?? []), aside] });
        await this.refreshView([mutation]);
      }),
    );
    return aside;
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
}

/** Why the shared rules refuse a queued mutation, as paths within it. */
function localIssues(m: Mutation): SetAsideChange['issues'] {
  const parsed = mutationSchema.safeParse(m);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** The mutation a 400 answer to a push names (issues at mutations.N…), if it names one. */
function refusedIn(error: unknown, batch: readonly Mutation[]): Refused | null {
  if (!(error instanceof SyncHttpError) || error.status !== 400) return null;
  const issues = (error.body as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return null;
  let index: number | null = null;
  const mine: SetAsideChange['issues'] = [];
  for (const issue of issues as { path?: unknown; message?: unknown }[]) {
    const match = typeof issue.path === 'string' ? /^mutations\.(\d+)(?:\.(.*))?$/.exec(issue.path) : null;
    if (!match) continue;
    const at = Number(match[1]);
    index ??= at;
    if (at === index) mine.push({ path: match[2] ?? '', message: typeof issue.message === 'string' ? issue.message : 'Invalid' });
  }
  const mutation = index === null ? undefined : batch[index];
  return mutation ? { mutation, issues: mine } : null;
}

function describe(issues: readonly { path: (string | number)[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
