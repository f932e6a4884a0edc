// Reads and writes rows of the entities table and their audit entries. Every write takes a
// fresh version from the sync_version sequence; callers hold the write lock.
import type { EntityType } from '../../shared/sync/model';
import type { SyncRow } from '../../shared/sync/protocol';
import { json, type Queryable } from '../db/types';

/** Who last wrote a field: the version, client and person. */
export interface FieldMeta {
  v: number;
  c: string | null;
  p: string | null;
}
/** Per field, plus `$deleted` for the delete that made the row a tombstone. */
export type FieldMetaMap = Record<string, FieldMeta>;
export const DELETED_META = '$deleted';

export interface StoredEntity {
  type: EntityType;
  id: string;
  committeeId: string;
  version: number;
  deleted: boolean;
  data: Record<string, unknown>;
  fieldMeta: FieldMetaMap;
  createdBy: string | null;
  updatedAt: string;
}

export interface EntityRecord {
  type: EntityType;
  id: string;
  committee_id: string;
  version: number;
  deleted: boolean;
  data: Record<string, unknown>;
  field_meta: FieldMetaMap;
  created_by: string | null;
  updated_at: Date | string;
}

const iso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

const toStored = (r: EntityRecord): StoredEntity => ({
  type: r.type,
  id: r.id,
  committeeId: r.committee_id,
  version: r.version,
  deleted: r.deleted,
  data: r.data,
  fieldMeta: r.field_meta,
  createdBy: r.created_by,
  updatedAt: iso(r.updated_at),
});

export const ENTITY_COLUMNS = 'type, id, committee_id, version, deleted, data, field_meta, created_by, updated_at';

export async function loadEntity(tx: Queryable, type: EntityType, id: string): Promise<StoredEntity | undefined> {
  const rows = await tx.query<EntityRecord>(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE type = $1 AND id = $2`, [type, id]);
  return rows[0] && toStored(rows[0]);
}

export async function nextVersion(tx: Queryable): Promise<number> {
  const rows = await tx.query<{ v: number }>(`SELECT nextval('sync_version') AS v`);
  return rows[0]!.v;
}

/** Inserts or replaces the row; entity.version must be a fresh nextVersion(). */
export async function saveEntity(tx: Queryable, e: StoredEntity): Promise<void> {
  await tx.query(
    `INSERT INTO entities (type, id, committee_id, version, deleted, data, field_meta, created_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8, now())
     ON CONFLICT (type, id) DO UPDATE SET
       version = EXCLUDED.version, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
       field_meta = EXCLUDED.field_meta, updated_at = now()`,
    [e.type, e.id, e.committeeId, e.version, e.deleted, json(e.data), json(e.fieldMeta), e.createdBy],
  );
}

export interface AuditWho {
  personId: string | null;
  deviceId: string | null;
  clientId: string | null;
  seq: number | null;
}

export const SERVER_WHO: AuditWho = { personId: null, deviceId: null, clientId: null, seq: null };

export interface AuditEntryDraft {
  version: number | null;
  committeeId: string | null;
  entityType: string;
  entityId: string;
  op: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export async function appendAudit(tx: Queryable, who: AuditWho, entry: AuditEntryDraft): Promise<void> {
  await tx.query(
    `INSERT INTO audit (version, committee_id, entity_type, entity_id, op, person_id, device_id, client_id, seq, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb, $11::text::jsonb)`,
    [
      entry.version,
      entry.committeeId,
      entry.entityType,
      entry.entityId,
      entry.op,
      who.personId,
      who.deviceId,
      who.clientId,
      who.seq,
      entry.before === null ? null : json(entry.before),
      entry.after === null ? null : json(entry.after),
    ],
  );
}

export interface ServerWrite {
  type: EntityType;
  id: string;
  committeeId: string;
  /** The complete field object (validated by the caller). */
  data: Record<string, unknown>;
  createdBy?: string | null;
}

/**
 * Creates or replaces an entity on the server's own authority (CLI, demo data, conflict
 * notices), with its audit entry. Returns the new version.
 */
export async function writeServerEntity(tx: Queryable, write: ServerWrite, who: AuditWho = SERVER_WHO): Promise<number> {
  const existing = await loadEntity(tx, write.type, write.id);
  const version = await nextVersion(tx);
  const meta: FieldMetaMap = { ...existing?.fieldMeta };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(write.data)) {
    if (existing && JSON.stringify(existing.data[field]) === JSON.stringify(value)) continue;
    meta[field] = { v: version, c: who.clientId, p: who.personId };
    if (existing) before[field] = existing.data[field];
    after[field] = value;
  }
  await saveEntity(tx, {
    type: write.type,
    id: write.id,
    committeeId: write.committeeId,
    version,
    deleted: false,
    data: { ...existing?.data, ...write.data },
    fieldMeta: meta,
    createdBy: existing ? existing.createdBy : (write.createdBy ?? null),
    updatedAt: new Date().toISOString(),
  });
  await appendAudit(tx, who, {
    version,
    committeeId: write.committeeId,
    entityType: write.type,
    entityId: write.id,
    op: existing ? 'patch' : 'create',
    before: existing ? before : null,
    after,
  });
  return version;
}

/** Tombstones an entity on the server's own authority (e.g. a membership ended). */
export async function deleteServerEntity(tx: Queryable, type: EntityType, id: string, who: AuditWho = SERVER_WHO): Promise<boolean> {
  const existing = await loadEntity(tx, type, id);
  if (!existing || existing.deleted) return false;
  const version = await nextVersion(tx);
  await saveEntity(tx, {
    ...existing,
    version,
    deleted: true,
    fieldMeta: { ...existing.fieldMeta, [DELETED_META]: { v: version, c: who.clientId, p: who.personId } },
  });
  await appendAudit(tx, who, {
    version,
    committeeId: existing.committeeId,
    entityType: type,
    entityId: id,
    op: 'delete',
    before: existing.data,
    after: null,
  });
  return true;
}

export const toSyncRow = (r: EntityRecord): SyncRow => ({
  type: r.type,
  id: r.id,
  committeeId: r.committee_id,
  version: r.version,
  deleted: r.deleted,
  createdBy: r.created_by,
  updatedAt: iso(r.updated_at),
  fields: r.data,
});

