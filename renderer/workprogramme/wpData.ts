// The work programme as the screens read it: live queries over the synced view (syncRows),
// shaped per committee. Rows are never copied into view state; components derive from these.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { ITEM_KINDS, type Role, type SyncRow } from '../../shared/sync';
import { db } from '../db/database';
import type { Connection } from '../sync/connection';
import { today } from './labels';

export interface Committee {
  id: string;
  name: string;
  council: string;
  municipalYear: string;
  /** This person's role on it. */
  role: Role;
}

const str = (row: SyncRow, field: string): string => {
  const value = row.fields[field];
  return typeof value === 'string' ? value : '';
};
const strOrNull = (row: SyncRow, field: string): string | null => {
  const value = row.fields[field];
  return typeof value === 'string' ? value : null;
};
export { str as fieldText, strOrNull as fieldTextOrNull };

/** The committees this person sits on, with their role: from the synced rows, else from pairing. */
export function useCommittees(connection: Connection | null | undefined): Committee[] | undefined {
  const rows = useLiveQuery(() => db.syncRows.where('type').anyOf('committee', 'member').toArray(), []);
  return useMemo(() => {
    if (!connection || !rows) return connection === null ? [] : undefined;
    const me = connection.person.id;
    const roles = new Map<string, Role>();
    for (const m of connection.memberships) roles.set(m.committeeId, m.role);
    for (const row of rows) if (row.type === 'member' && row.fields['personId'] === me) roles.set(row.committeeId, row.fields['role'] as Role);
    const names = new Map(connection.memberships.map((m) => [m.committeeId, m.committeeName]));
    const committeeRows = new Map(rows.filter((r) => r.type === 'committee').map((r) => [r.id, r]));
    return [...roles.entries()]
      .map(([id, role]) => {
        const row = committeeRows.get(id);
        return {
          id,
          role,
          name: row ? str(row, 'name') : (names.get(id) ?? id),
          council: row ? str(row, 'council') : '',
          municipalYear: row ? str(row, 'municipalYear') : '',
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [connection, rows]);
}

export interface Person {
  name: string;
  role: Role | null;
}

export interface Recommendation {
  row: SyncRow;
  review: SyncRow | undefined;
  /** The date it is measured against: the response due until there is one, then the follow-up date. */
  due: string | null;
  overdue: boolean;
  /** Work programme items that follow it up. */
  itemIds: string[];
}

export interface Programme {
  items: SyncRow[];
  meetingsByDate: Map<string, SyncRow>;
  suggestions: SyncRow[];
  commentsByTarget: Map<string, SyncRow[]>;
  recommendations: Recommendation[];
  /** Recommendations each item follows up. */
  recommendationsByItem: Map<string, SyncRow[]>;
  people: Map<string, Person>;
  /** Unresolved conflict notices that concern this person. */
  notices: SyncRow[];
}

const OPEN_RECOMMENDATION = new Set(['awaiting_response', 'in_progress']);

export function recommendationDue(row: SyncRow): string | null {
  const responded = row.fields['response'] !== null && row.fields['response'] !== undefined;
  return responded ? (strOrNull(row, 'followUpDate') ?? strOrNull(row, 'responseDue')) : strOrNull(row, 'responseDue');
}

/** Overdue first (the longest overdue at the top), then by due date, undated last, then by number. */
export function sortRecommendations(list: Recommendation[]): Recommendation[] {
  const num = (r: Recommendation) => Number.parseFloat(str(r.row, 'number')) || Number.MAX_SAFE_INTEGER;
  return [...list].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      num(a) - num(b) ||
      str(a.row, 'number').localeCompare(str(b.row, 'number')),
  );
}

export function buildProgramme(rows: readonly SyncRow[], personId: string, now = today()): Programme {
  const byType = (type: SyncRow['type']) => rows.filter((r) => r.type === type);
  const people = new Map<string, Person>();
  for (const m of byType('member')) people.set(str(m, 'personId'), { name: str(m, 'name'), role: (m.fields['role'] as Role) ?? null });

  const commentsByTarget = new Map<string, SyncRow[]>();
  for (const c of byType('comment').sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
    const key = `${str(c, 'targetType')}/${str(c, 'targetId')}`;
    commentsByTarget.set(key, [...(commentsByTarget.get(key) ?? []), c]);
  }

  const reviews = new Map(byType('review').map((r) => [r.id, r]));
  const links = byType('link');
  const recommendationRows = byType('recommendation');
  const recommendationsById = new Map(recommendationRows.map((r) => [r.id, r]));
  const recommendationsByItem = new Map<string, SyncRow[]>();
  const itemsByRecommendation = new Map<string, string[]>();
  for (const link of links) {
    const rec = recommendationsById.get(str(link, 'recommendationId'));
    const itemId = str(link, 'itemId');
    if (!rec) continue;
    recommendationsByItem.set(itemId, [...(recommendationsByItem.get(itemId) ?? []), rec]);
    itemsByRecommendation.set(rec.id, [...(itemsByRecommendation.get(rec.id) ?? []), itemId]);
  }
  const recommendations = sortRecommendations(
    recommendationRows.map((row) => {
      const due = recommendationDue(row);
      return {
        row,
        review: reviews.get(str(row, 'reviewId')),
        due,
        overdue: due !== null && due < now && OPEN_RECOMMENDATION.has(str(row, 'status')),
        itemIds: itemsByRecommendation.get(row.id) ?? [],
      };
    }),
  );

  return {
    items: byType('item'),
    meetingsByDate: new Map(byType('meeting').map((m) => [str(m, 'date'), m])),
    suggestions: byType('suggestion').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    commentsByTarget,
    recommendations,
    recommendationsByItem,
    people,
    notices: byType('conflict').filter(
      (c) => c.fields['resolved'] !== true && (c.fields['keptBy'] === personId || c.fields['lostBy'] === personId),
    ),
  };
}

/** One committee's work programme, live. */
export function useProgramme(committeeId: string | null, personId: string | null): Programme | undefined {
  const rows = useLiveQuery(
    async (): Promise<SyncRow[]> => (committeeId ? db.syncRows.where('committeeId').equals(committeeId).toArray() : []),
    [committeeId],
  );
  return useMemo(() => (rows && personId ? buildProgramme(rows, personId) : undefined), [rows, personId]);
}

/** `${type}/${id}` of every entity with changes not yet acknowledged by the server. */
export function usePendingKeys(): Set<string> {
  const outbox = useLiveQuery(() => db.syncOutbox.toArray(), []);
  return useMemo(() => new Set((outbox ?? []).map((m) => `${m.type}/${m.id}`)), [outbox]);
}

/** This device's sync client id (to tell this device's changes from the same person's others). */
export function useClientId(): string | null {
  return useLiveQuery(async () => (await db.syncMeta.get('meta'))?.clientId ?? null, []) ?? null;
}

export interface ItemGroup {
  /** YYYY-MM-DD, or null for "To be scheduled". */
  date: string | null;
  meeting: SyncRow | undefined;
  items: SyncRow[];
}

export interface ItemFilter {
  kind: string;
  status: string;
  text: string;
}

export function filterItems(items: readonly SyncRow[], filter: ItemFilter): SyncRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filter.kind && item.fields['kind'] !== filter.kind) return false;
    if (filter.status && item.fields['status'] !== filter.status) return false;
    if (words.length === 0) return true;
    const haystack = ['title', 'details', 'outcome', 'cabinetMember', 'leadOfficer', 'priorities', 'dateNote']
      .map((f) => str(item, f))
      .join(' ')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Items by meeting date, earliest first, with those not yet given a date last ("To be scheduled"). */
export function groupItems(items: readonly SyncRow[], meetingsByDate: Map<string, SyncRow>): ItemGroup[] {
  const groups = new Map<string | null, SyncRow[]>();
  for (const item of items) {
    const date = strOrNull(item, 'meetingDate');
    groups.set(date, [...(groups.get(date) ?? []), item]);
  }
  const kindOrder = (row: SyncRow) => ITEM_KINDS.indexOf(row.fields['kind'] as (typeof ITEM_KINDS)[number]);
  const byTitle = (a: SyncRow, b: SyncRow) => kindOrder(a) - kindOrder(b) || str(a, 'title').localeCompare(str(b, 'title'));
  const dated = [...groups.entries()]
    .filter((entry): entry is [string, SyncRow[]] => entry[0] !== null)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, meeting: meetingsByDate.get(date), items: list.sort(byTitle) }));
  const undated = groups.get(null);
  return undated ? [...dated, { date: null, meeting: undefined, items: undated.sort(byTitle) }] : dated;
}
