// An independent, deliberately naive model of docs/sync.md's merge rules: replays the
// processed mutations in the server's order and says what every entity and every conflict
// notice should be. The property test compares the real server with it.
import { parseCreateFields } from '../../../shared/sync/model';
import type { Mutation } from '../../../shared/sync/protocol';

export interface Processed {
  clientId: string;
  version: number;
  mutation: Mutation;
}

export interface ModelEntity {
  type: string;
  id: string;
  fields: Record<string, unknown>;
  deleted: boolean;
}

export interface ModelNotice {
  kind: string;
  entityId: string;
  field: string | null;
  keptValue: unknown;
  lostValue: unknown;
  keptClientId: string;
  lostClientId: string | null;
}

interface Stamp {
  v: number;
  c: string;
}

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function replayModel(processed: readonly Processed[]): { entities: Map<string, ModelEntity>; notices: ModelNotice[]; writes: Set<string> } {
  const entities = new Map<string, ModelEntity & { meta: Map<string, Stamp>; deletion?: Stamp }>();
  const notices: ModelNotice[] = [];
  /** `${clientId}:${seq}` of mutations that changed something (one audit entry each). */
  const writes = new Set<string>();
  const ordered = [...processed].sort((a, b) => a.version - b.version);
  for (const { clientId, version, mutation: m } of ordered) {
    const key = `${m.type}/${m.id}`;
    const e = entities.get(key);
    const stamp = { v: version, c: clientId };
    const wrote = () => writes.add(`${clientId}:${m.seq}`);
    switch (m.op) {
      case 'create': {
        if (e) throw new Error(`model: create of existing ${key}`);
        const parsed = parseCreateFields(m.type, m.fields);
        if (!parsed.ok) throw new Error('model: invalid create');
        entities.set(key, {
          type: m.type,
          id: m.id,
          fields: parsed.fields,
          deleted: false,
          meta: new Map(Object.keys(parsed.fields).map((f) => [f, stamp])),
        });
        wrote();
        break;
      }
      case 'patch': {
        if (!e) throw new Error(`model: patch of missing ${key}`);
        let changed = false;
        for (const [field, value] of Object.entries(m.fields)) {
          if (equal(e.fields[field], value)) continue;
          const last = e.meta.get(field);
          if (last && last.v > m.baseVersion && last.c !== clientId) {
            notices.push({ kind: 'overwritten', entityId: m.id, field, keptValue: value, lostValue: e.fields[field], keptClientId: clientId, lostClientId: last.c });
          }
          e.fields[field] = value;
          e.meta.set(field, stamp);
          changed = true;
        }
        if (e.deleted) {
          if (e.deletion && e.deletion.c !== clientId) {
            notices.push({ kind: 'edited_after_delete', entityId: m.id, field: null, keptValue: m.fields, lostValue: null, keptClientId: clientId, lostClientId: e.deletion.c });
          }
          e.deleted = false;
          delete e.deletion;
          changed = true;
        }
        if (changed) wrote();
        break;
      }
      case 'delete': {
        if (!e) throw new Error(`model: delete of missing ${key}`);
        if (e.deleted) break;
        const unseen = new Map<string, Record<string, unknown>>();
        for (const [field, last] of e.meta) {
          if (last.v > m.baseVersion && last.c !== clientId) {
            unseen.set(last.c, { ...unseen.get(last.c), [field]: e.fields[field] });
          }
        }
        for (const [lostClientId, fields] of unseen) {
          notices.push({ kind: 'deleted_while_editing', entityId: m.id, field: null, keptValue: null, lostValue: fields, keptClientId: clientId, lostClientId });
        }
        e.deleted = true;
        e.deletion = stamp;
        wrote();
        break;
      }
      case 'restore': {
        if (!e) throw new Error(`model: restore of missing ${key}`);
        if (!e.deleted) break;
        e.deleted = false;
        delete e.deletion;
        wrote();
        break;
      }
    }
  }
  const plain = new Map<string, ModelEntity>();
  for (const [key, { type, id, fields, deleted }] of entities) plain.set(key, { type, id, fields, deleted });
  return { entities: plain, notices, writes };
}
