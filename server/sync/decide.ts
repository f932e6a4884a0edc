// The server's merge rules (docs/sync.md, "Conflicts"), as a pure function: given the
// stored row, a validated mutation and who sent it, what to write and which conflict
// notices to raise. No I/O, so the rules can be read and tested on their own.
import type { EntityType, Role } from '../../shared/sync/model';
import { ENTITY_SPECS, parseCreateFields } from '../../shared/sync/model';
import { canCreate, canDelete, canPatch, canRestore } from '../../shared/sync/permissions';
import type { Mutation, RejectionCode } from '../../shared/sync/protocol';
import { DELETED_META, type FieldMeta, type StoredEntity } from './entity-store';

export interface Writer {
  personId: string;
  clientId: string;
  /** The writer's role on the entity's committee; undefined if not a member. */
  role: Role | undefined;
}

/** A conflict notice to raise; the writer of the mutation is the side whose value was kept. */
export interface NoticeDraft {
  kind: 'overwritten' | 'edited_after_delete' | 'deleted_while_editing';
  field: string | null;
  keptValue: unknown;
  lostValue: unknown;
  lostBy: string | null;
  lostClientId: string | null;
  lostVersion: number;
}

export interface Write {
  kind: 'write';
  committeeId: string;
  deleted: boolean;
  data: Record<string, unknown>;
  /** Fields whose meta becomes this write's (version, client, person). */
  touched: string[];
  /** Sets, clears or keeps the tombstone's meta. */
  deletedMeta: 'set' | 'clear' | 'keep';
  createdBy: string | null;
  auditOp: Mutation['op'];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  notices: NoticeDraft[];
}

export type Outcome = { kind: 'reject'; code: RejectionCode; message: string } | { kind: 'noop' } | Write;

const reject = (code: RejectionCode, message: string): Outcome => ({ kind: 'reject', code, message });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const notFound = (m: Mutation) => reject('not_found', `No ${m.type} ${m.id} on your committees`);

/** Whether the last write of a field is one this mutation had not seen, from another client. */
const unseen = (meta: FieldMeta | undefined, baseVersion: number, clientId: string): meta is FieldMeta =>
  meta !== undefined && meta.v > baseVersion && meta.c !== clientId;

/**
 * @param existing the stored row, if any (any committee)
 * @param referenceError why a referenced entity is unusable, if it is (checked by the caller)
 */
export function decide(m: Mutation, existing: StoredEntity | undefined, writer: Writer, referenceError?: string): Outcome {
  if (m.op === 'create') return decideCreate(m, existing, writer, referenceError);
  // Entities of other committees are reported as missing, not forbidden: no probing.
  if (!existing || writer.role === undefined) return notFound(m);
  const actor = { personId: writer.personId, role: writer.role };
  const owned = { createdBy: existing.createdBy, fields: existing.data };
  switch (m.op) {
    case 'patch': {
      const allowed = canPatch(actor, m.type, owned, m.fields);
      if (!allowed.ok) return reject('forbidden', allowed.reason);
      if (referenceError) return reject('invalid', referenceError);
      return decidePatch(m, existing, writer);
    }
    case 'delete': {
      const allowed = canDelete(actor, m.type, owned);
      if (!allowed.ok) return reject('forbidden', allowed.reason);
      return decideDelete(m, existing, writer);
    }
    case 'restore': {
      const allowed = canRestore(actor, m.type, owned, existing.fieldMeta[DELETED_META]?.p ?? null);
      if (!allowed.ok) return reject('forbidden', allowed.reason);
      if (!existing.deleted) return { kind: 'noop' };
      return write(existing, { deleted: false, deletedMeta: 'clear', auditOp: 'restore', before: null, after: existing.data });
    }
  }
}

function decideCreate(
  m: Extract<Mutation, { op: 'create' }>,
  existing: StoredEntity | undefined,
  writer: Writer,
  referenceError: string | undefined,
): Outcome {
  if (writer.role === undefined) return reject('forbidden', 'You are not on this committee');
  const allowed = canCreate({ personId: writer.personId, role: writer.role }, m.type);
  if (!allowed.ok) return reject('forbidden', allowed.reason);
  // Ids are client-made UUIDs: a clash is a client bug or a replay under a new seq.
  if (existing) return reject('exists', `A ${m.type} with id ${m.id} already exists`);
  if (referenceError) return reject('invalid', referenceError);
  const parsed = parseCreateFields(m.type, m.fields);
  if (!parsed.ok) return reject('invalid', parsed.issues.map((i) => i.message).join('; '));
  return {
    kind: 'write',
    committeeId: m.committeeId,
    deleted: false,
    data: parsed.fields,
    touched: Object.keys(parsed.fields),
    deletedMeta: 'keep',
    createdBy: writer.personId,
    auditOp: 'create',
    before: null,
    after: parsed.fields,
    notices: [],
  };
}

function decidePatch(m: Extract<Mutation, { op: 'patch' }>, existing: StoredEntity, writer: Writer): Outcome {
  const notices: NoticeDraft[] = [];
  const data = { ...existing.data };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const touched: string[] = [];
  const raisesNotices = m.type !== 'conflict';
  for (const [field, value] of Object.entries(m.fields)) {
    const old = existing.data[field];
    if (same(old, value)) continue;
    const meta = existing.fieldMeta[field];
    if (raisesNotices && unseen(meta, m.baseVersion, writer.clientId)) {
      notices.push({
        kind: 'overwritten',
        field,
        keptValue: value,
        lostValue: old,
        lostBy: meta.p,
        lostClientId: meta.c,
        lostVersion: meta.v,
      });
    }
    data[field] = value;
    before[field] = old;
    after[field] = value;
    touched.push(field);
  }
  if (m.type === 'conflict' && 'resolved' in after) {
    data['resolvedBy'] = after['resolved'] === true ? writer.personId : null;
    touched.push('resolvedBy');
  }
  if (existing.deleted) {
    // An edit the editor made without seeing the delete brings the entity back (docs/sync.md).
    const deletion = existing.fieldMeta[DELETED_META];
    if (raisesNotices && deletion && deletion.c !== writer.clientId) {
      notices.push({
        kind: 'edited_after_delete',
        field: null,
        keptValue: m.fields,
        lostValue: null,
        lostBy: deletion.p,
        lostClientId: deletion.c,
        lostVersion: deletion.v,
      });
    }
    before['$deleted'] = true;
    after['$deleted'] = false;
  } else if (touched.length === 0) {
    return { kind: 'noop' };
  }
  return write(existing, { data, touched, deleted: false, deletedMeta: existing.deleted ? 'clear' : 'keep', auditOp: 'patch', before, after, notices });
}

function decideDelete(m: Extract<Mutation, { op: 'delete' }>, existing: StoredEntity, writer: Writer): Outcome {
  if (existing.deleted) return { kind: 'noop' };
  // Edits the deleter had not seen are hidden by the tombstone: tell each editor.
  const unseenByClient = new Map<string, { meta: FieldMeta; fields: Record<string, unknown> }>();
  if (m.type !== 'conflict') {
    for (const [field, meta] of Object.entries(existing.fieldMeta)) {
      if (field.startsWith('$') || !unseen(meta, m.baseVersion, writer.clientId)) continue;
      const key = meta.c ?? '';
      const entry = unseenByClient.get(key) ?? { meta, fields: {} };
      entry.fields[field] = existing.data[field];
      if (meta.v > entry.meta.v) entry.meta = meta;
      unseenByClient.set(key, entry);
    }
  }
  const notices: NoticeDraft[] = [...unseenByClient.values()].map(({ meta, fields }) => ({
    kind: 'deleted_while_editing',
    field: null,
    keptValue: null,
    lostValue: fields,
    lostBy: meta.p,
    lostClientId: meta.c,
    lostVersion: meta.v,
  }));
  return write(existing, { deleted: true, deletedMeta: 'set', auditOp: 'delete', before: existing.data, after: null, notices });
}

/** A write to an existing row: unchanged unless `change` says otherwise. */
function write(existing: StoredEntity, change: Partial<Write> & Pick<Write, 'deleted' | 'deletedMeta' | 'auditOp' | 'before' | 'after'>): Outcome {
  return {
    kind: 'write',
    committeeId: existing.committeeId,
    data: existing.data,
    touched: [],
    createdBy: existing.createdBy,
    notices: [],
    ...change,
  };
}

/** The fields of a mutation that name other entities, with the types each may name. */
export interface Reference {
  field: string;
  id: string;
  types: readonly EntityType[];
}

export function referencesOf(type: EntityType, fields: Record<string, unknown>, current?: Record<string, unknown>): Reference[] {
  const refs = ENTITY_SPECS[type].refs;
  const out: Reference[] = [];
  for (const [field, types] of Object.entries(refs)) {
    const id = fields[field];
    if (typeof id !== 'string') continue;
    // A comment's target type is its own field: the reference must be of exactly that type.
    const targetType = type === 'comment' ? ((fields['targetType'] ?? current?.['targetType']) as EntityType) : undefined;
    out.push({ field, id, types: targetType ? [targetType] : types });
  }
  return out;
}
