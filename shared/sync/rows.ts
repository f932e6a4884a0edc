// Synced rows and pending mutations as the app reads them back from storage: checked once
// against the entity model, so a row's fields are typed by its entity type. Storage keeps
// what the wire carried (the engine replays and prunes those untouched); these readers are
// for code that shows or acts on the rows. A stored row that does not fit the model (a
// newer server's value, a damaged database) is reported, never guessed at or thrown on.
import type { z } from 'zod';
import { ENTITY_SPECS, toIssues, type EntityFieldsByType, type EntityType, type FieldIssue } from './model';
import { mutationSchema, rowSchema, type Mutation, type SyncRow } from './protocol';

/** A synced entity of type T, its fields as the model defines them. */
export type SyncRowOf<T extends EntityType> = Omit<SyncRow, 'type' | 'fields'> & { type: T; fields: EntityFieldsByType[T] };

/** Any synced entity; narrow it by `type` (or `isRowOf`, `rowsOf`). */
export type AnySyncRow = { [T in EntityType]: SyncRowOf<T> }[EntityType];

/** What could be said about a stored row or mutation that did not fit the model. */
export interface Unreadable {
  /** The entity type and id, as far as they could be read ('' when not). */
  type: string;
  id: string;
  /** The outbox position of a mutation; null for rows (and mutations without a seq). */
  seq: number | null;
  issues: FieldIssue[];
}

export type Reading<T> = { ok: true; value: T } | { ok: false; unreadable: Unreadable };

const textAt = (value: unknown, key: string): string => {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof found === 'string' ? found : '';
};

function unreadable(stored: unknown, error: z.ZodError, seq: number | null = null): { ok: false; unreadable: Unreadable } {
  return { ok: false, unreadable: { type: textAt(stored, 'type'), id: textAt(stored, 'id'), seq, issues: toIssues(error) } };
}

/** One stored row, checked: its envelope by the protocol, its fields by its entity type. */
export function readSyncRow(stored: unknown): Reading<AnySyncRow> {
  const envelope = rowSchema.safeParse(stored);
  if (!envelope.success) return unreadable(stored, envelope.error);
  const row = envelope.data;
  const fields = ENTITY_SPECS[row.type].fields.safeParse(row.fields);
  if (!fields.success) {
    const failed = unreadable(stored, fields.error);
    for (const issue of failed.unreadable.issues) issue.path.unshift('fields');
    return failed;
  }
  // The spec's schema for row.type is the one EntityFieldsByType names for it.
  return { ok: true, value: { ...row, fields: fields.data } as AnySyncRow };
}

/** One stored outbox entry, checked as the server would check it. */
export function readMutation(stored: unknown): Reading<Mutation> {
  const parsed = mutationSchema.safeParse(stored);
  if (parsed.success) return { ok: true, value: parsed.data };
  const seq = typeof stored === 'object' && stored !== null && 'seq' in stored && typeof stored.seq === 'number' ? stored.seq : null;
  return unreadable(stored, parsed.error, seq);
}

export interface Readings<T> {
  /** In the order stored. */
  values: T[];
  unreadable: Unreadable[];
}

/** Reads every stored entry, keeping those that fit and reporting the rest. */
export function readAll<T>(stored: readonly unknown[], read: (entry: unknown) => Reading<T>): Readings<T> {
  const values: T[] = [];
  const failed: Unreadable[] = [];
  for (const entry of stored) {
    const reading = read(entry);
    if (reading.ok) values.push(reading.value);
    else failed.push(reading.unreadable);
  }
  return { values, unreadable: failed };
}

/** AnySyncRow narrowed to one type: SyncRowOf<T> for a known T. */
type Narrowed<T extends EntityType> = Extract<AnySyncRow, { type: T }>;

export function isRowOf<T extends EntityType>(row: AnySyncRow, type: T): row is Narrowed<T> {
  return row.type === type;
}

/** The rows of one type, typed as such. */
export function rowsOf<T extends EntityType>(rows: readonly AnySyncRow[], type: T): Narrowed<T>[] {
  return rows.filter((row): row is Narrowed<T> => isRowOf(row, type));
}
