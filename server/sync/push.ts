// POST /sync/push: applies a client's mutations exactly once and in seq order, in one
// transaction under the write lock, recording each result for retries (docs/sync.md).
import type { EntityType } from '../../shared/sync/model';
import type { Mutation, MutationResult, PushRequest, PushResponse } from '../../shared/sync/protocol';
import type { Principal } from '../auth/principal';
import { takeWriteLock } from '../db/migrate';
import type { Database, Queryable } from '../db/types';
import { forbidden } from '../http/http-error';
import { decide, referencesOf, type NoticeDraft, type Write } from './decide';
import {
  appendAudit,
  DELETED_META,
  loadEntity,
  nextVersion,
  saveEntity,
  type AuditWho,
  type StoredEntity,
} from './entity-store';
import { newId } from './ids';

/** Fault-injection points for tests (a crash mid-push must leave nothing half-applied). */
export interface PushHooks {
  afterMutation?: (seq: number) => void | Promise<void>;
}

export async function push(db: Database, principal: Principal, request: PushRequest, hooks?: PushHooks): Promise<PushResponse> {
  return db.transaction(async (tx) => {
    await takeWriteLock(tx);
    let lastSeq = await claimClient(tx, request.clientId, principal.personId);
    const initialSeq = lastSeq;
    const results: MutationResult[] = [];
    const earlier = await storedResults(
      tx,
      request.clientId,
      request.mutations.filter((m) => m.seq <= lastSeq).map((m) => m.seq),
    );
    for (const m of request.mutations) {
      if (m.seq <= initialSeq) {
        const stored = earlier.get(m.seq);
        if (stored) results.push({ ...stored, duplicate: true });
        continue;
      }
      // A gap: an earlier push has not arrived yet. Stop; the client resends from lastSeq + 1.
      if (m.seq !== lastSeq + 1) break;
      const result = await applyMutation(tx, principal, request.clientId, m);
      await recordResult(tx, request.clientId, principal.deviceId, m, result);
      results.push(result);
      lastSeq = m.seq;
      await hooks?.afterMutation?.(m.seq);
    }
    if (lastSeq !== initialSeq) {
      await tx.query('UPDATE sync_clients SET last_seq = $2, updated_at = now() WHERE client_id = $1', [request.clientId, lastSeq]);
    }
    return { lastSeq, results };
  });
}

/** Registers the client id to this person on first use; refuses someone else's. */
async function claimClient(tx: Queryable, clientId: string, personId: string): Promise<number> {
  await tx.query('INSERT INTO sync_clients (client_id, person_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING', [
    clientId,
    personId,
  ]);
  const rows = await tx.query<{ person_id: string; last_seq: number }>(
    'SELECT person_id, last_seq FROM sync_clients WHERE client_id = $1',
    [clientId],
  );
  const row = rows[0]!;
  if (row.person_id !== personId) throw forbidden('This client id belongs to another person; start a new local store');
  return row.last_seq;
}

interface StoredResultRow {
  seq: number;
  status: 'applied' | 'rejected';
  version: number | null;
  conflicts: number;
  code: MutationResult['code'] | null;
  message: string | null;
}

async function storedResults(tx: Queryable, clientId: string, seqs: number[]): Promise<Map<number, MutationResult>> {
  if (seqs.length === 0) return new Map();
  const rows = await tx.query<StoredResultRow>(
    'SELECT seq, status, version, conflicts, code, message FROM sync_mutations WHERE client_id = $1 AND seq = ANY($2::bigint[])',
    [clientId, seqs],
  );
  return new Map(rows.map((r) => [r.seq, toResult(r)]));
}

function toResult(r: StoredResultRow): MutationResult {
  return {
    seq: r.seq,
    status: r.status,
    ...(r.version !== null ? { version: r.version } : {}),
    ...(r.conflicts ? { conflicts: r.conflicts } : {}),
    ...(r.code ? { code: r.code } : {}),
    ...(r.message ? { message: r.message } : {}),
  };
}

async function recordResult(tx: Queryable, clientId: string, deviceId: string, m: Mutation, r: MutationResult): Promise<void> {
  await tx.query(
    `INSERT INTO sync_mutations (client_id, seq, device_id, op, entity_type, entity_id, base_version, status, version, conflicts, code, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      clientId,
      m.seq,
      deviceId,
      m.op,
      m.type,
      m.id,
      m.op === 'create' ? null : m.baseVersion,
      r.status,
      r.version ?? null,
      r.conflicts ?? 0,
      r.code ?? null,
      r.message ?? null,
    ],
  );
}

async function applyMutation(tx: Queryable, principal: Principal, clientId: string, m: Mutation): Promise<MutationResult> {
  const existing = await loadEntity(tx, m.type, m.id);
  const committeeId = existing?.committeeId ?? (m.op === 'create' ? m.committeeId : undefined);
  const writer = {
    personId: principal.personId,
    clientId,
    role: committeeId === undefined ? undefined : principal.roles.get(committeeId),
  };
  const referenceError =
    (m.op === 'create' || m.op === 'patch') && committeeId !== undefined && writer.role !== undefined
      ? await checkReferences(tx, m.type, committeeId, m.fields, existing?.data)
      : undefined;
  const outcome = decide(m, existing, writer, referenceError);
  // Every processed mutation takes its place in the total order, whatever its outcome.
  const version = await nextVersion(tx);
  if (outcome.kind === 'reject') return { seq: m.seq, status: 'rejected', version, code: outcome.code, message: outcome.message };
  if (outcome.kind === 'noop') return { seq: m.seq, status: 'applied', version };
  const who: AuditWho = { personId: principal.personId, deviceId: principal.deviceId, clientId, seq: m.seq };
  await writeOutcome(tx, m, existing, outcome, who, version);
  for (const notice of outcome.notices) await raiseNotice(tx, m, outcome.committeeId, notice, who);
  return { seq: m.seq, status: 'applied', version, ...(outcome.notices.length ? { conflicts: outcome.notices.length } : {}) };
}

async function writeOutcome(
  tx: Queryable,
  m: Mutation,
  existing: StoredEntity | undefined,
  outcome: Write,
  who: AuditWho,
  version: number,
): Promise<void> {
  const stamp = { v: version, c: who.clientId, p: who.personId };
  const fieldMeta = { ...existing?.fieldMeta };
  for (const field of outcome.touched) fieldMeta[field] = stamp;
  if (outcome.deletedMeta === 'set') fieldMeta[DELETED_META] = stamp;
  if (outcome.deletedMeta === 'clear') delete fieldMeta[DELETED_META];
  await saveEntity(tx, {
    type: m.type,
    id: m.id,
    committeeId: outcome.committeeId,
    version,
    deleted: outcome.deleted,
    data: outcome.data,
    fieldMeta,
    createdBy: outcome.createdBy,
    updatedAt: new Date().toISOString(),
  });
  await appendAudit(tx, who, {
    version,
    committeeId: outcome.committeeId,
    entityType: m.type,
    entityId: m.id,
    op: outcome.auditOp,
    before: outcome.before,
    after: outcome.after,
  });
}

/** Writes a conflict entity: synced to the committee, shown to the two people involved. */
async function raiseNotice(tx: Queryable, m: Mutation, committeeId: string, n: NoticeDraft, who: AuditWho): Promise<void> {
  const version = await nextVersion(tx);
  const data = {
    kind: n.kind,
    entityType: m.type,
    entityId: m.id,
    field: n.field,
    keptValue: n.keptValue ?? null,
    lostValue: n.lostValue ?? null,
    keptBy: who.personId,
    keptClientId: who.clientId,
    lostBy: n.lostBy,
    lostClientId: n.lostClientId,
    lostVersion: n.lostVersion,
    resolved: false,
    resolvedBy: null,
  };
  const id = newId();
  await saveEntity(tx, {
    type: 'conflict',
    id,
    committeeId,
    version,
    deleted: false,
    data,
    fieldMeta: {},
    createdBy: null,
    updatedAt: new Date().toISOString(),
  });
  await appendAudit(tx, who, { version, committeeId, entityType: 'conflict', entityId: id, op: 'create', before: null, after: data });
}

/** Referenced entities must exist on the same committee (tombstones count: they can come back). */
async function checkReferences(
  tx: Queryable,
  type: EntityType,
  committeeId: string,
  fields: Record<string, unknown>,
  current: Record<string, unknown> | undefined,
): Promise<string | undefined> {
  for (const ref of referencesOf(type, fields, current)) {
    const rows = await tx.query<{ type: string }>(
      'SELECT type FROM entities WHERE id = $1 AND type = ANY($2::text[]) AND committee_id = $3',
      [ref.id, ref.types, committeeId],
    );
    if (rows.length === 0) return `${ref.field} refers to a ${ref.types.join(' or ')} that is not on this committee`;
  }
  return undefined;
}
