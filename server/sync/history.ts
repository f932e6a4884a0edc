// GET /history/:type/:id: the audit trail of one entity (every change, who, when, before
// and after), including values that a later concurrent edit overwrote.
import type { EntityType } from '../../shared/sync/model';
import type { AuditEntry } from '../../shared/sync/protocol';
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/types';

interface AuditRecord {
  version: number | null;
  at: Date;
  op: string;
  person_id: string | null;
  person_name: string | null;
  device_id: string | null;
  client_id: string | null;
  seq: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** undefined if the entity does not exist or is on none of the caller's committees. */
export async function historyOf(db: Queryable, principal: Principal, type: EntityType, id: string): Promise<AuditEntry[] | undefined> {
  const found = await db.query<{ committee_id: string }>('SELECT committee_id FROM entities WHERE type = $1 AND id = $2', [type, id]);
  const committeeId = found[0]?.committee_id;
  if (committeeId === undefined || !principal.roles.has(committeeId)) return undefined;
  const rows = await db.query<AuditRecord>(
    `SELECT a.version, a.at, a.op, a.person_id, p.name AS person_name, a.device_id, a.client_id, a.seq, a.before, a.after
     FROM audit a LEFT JOIN people p ON p.id = a.person_id
     WHERE a.entity_type = $1 AND a.entity_id = $2 ORDER BY a.id`,
    [type, id],
  );
  return rows.map((r) => ({
    version: r.version ?? 0,
    at: new Date(r.at).toISOString(),
    op: r.op,
    personId: r.person_id,
    personName: r.person_name,
    deviceId: r.device_id,
    clientId: r.client_id,
    seq: r.seq,
    before: r.before,
    after: r.after,
  }));
}
