// The work programme as the screens read it: a committee's synced rows, typed as they leave
// the sync store (renderer/sync/syncData.ts), shaped for the screens. Rows are never copied
// into view state; components derive from these.
import { useMemo } from 'react';
import { ITEM_KINDS, rowsOf, type AnySyncRow, type Role, type SyncRowOf, type Unreadable } from '../../shared/sync';
import type { Connection } from '../sync/connection';
import { useCommitteeRows, useMembershipRows } from '../sync/syncData';
import { today } from './labels';

export type ItemRow = SyncRowOf<'item'>;
export type MeetingRow = SyncRowOf<'meeting'>;
export type SuggestionRow = SyncRowOf<'suggestion'>;
export type CommentRow = SyncRowOf<'comment'>;
export type ReviewRow = SyncRowOf<'review'>;
export type RecommendationRow = SyncRowOf<'recommendation'>;
export type ConflictRow = SyncRowOf<'conflict'>;

export interface Committee {
  id: string;
  name: string;
  council: string;
  municipalYear: string;
  /** This person's role on it. */
  role: Role;
}

/** The committees this person sits on, with their role: from the synced rows, else from pairing. */
export function useCommittees(connection: Connection | null | undefined): Committee[] | undefined {
  const read = useMembershipRows();
  return useMemo(() => {
    if (!connection || !read) return connection === null ? [] : undefined;
    const me = connection.person.id;
    const roles = new Map<string, Role>();
    for (const m of connection.memberships) roles.set(m.committeeId, m.role);
    for (const member of rowsOf(read.values, 'member')) if (member.fields.personId === me) roles.set(member.committeeId, member.fields.role);
    const names = new Map(connection.memberships.map((m) => [m.committeeId, m.committeeName]));
    const committeeRows = new Map(rowsOf(read.values, 'committee').map((r) => [r.id, r]));
    return [...roles.entries()]
      .map(([id, role]) => {
        const fields = committeeRows.get(id)?.fields;
        return {
          id,
          role,
          name: fields?.name ?? names.get(id) ?? id,
          council: fields?.council ?? '',
          municipalYear: fields?.municipalYear ?? '',
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [connection, read]);
}

export interface Person {
  name: string;
  role: Role | null;
}

export interface Recommendation {
  row: RecommendationRow;
  review: ReviewRow | undefined;
  /** The date it is measured against: the response due until there is one, then the follow-up date. */
  due: string | null;
  overdue: boolean;
  /** Work programme items that follow it up. */
  itemIds: string[];
}

export interface Programme {
  items: ItemRow[];
  meetingsByDate: Map<string, MeetingRow>;
  suggestions: SuggestionRow[];
  commentsByTarget: Map<string, CommentRow[]>;
  recommendations: Recommendation[];
  /** Recommendations each item follows up. */
  recommendationsByItem: Map<string, RecommendationRow[]>;
  people: Map<string, Person>;
  /** Unresolved conflict notices that concern this person. */
  notices: ConflictRow[];
}

const OPEN_RECOMMENDATION: ReadonlySet<RecommendationRow['fields']['status']> = new Set(['awaiting_response', 'in_progress']);

export function recommendationDue({ fields }: RecommendationRow): string | null {
  return fields.response !== null ? (fields.followUpDate ?? fields.responseDue) : fields.responseDue;
}

/** Overdue first (the longest overdue at the top), then by due date, undated last, then by number. */
export function sortRecommendations(list: Recommendation[]): Recommendation[] {
  const num = (r: Recommendation) => Number.parseFloat(r.row.fields.number) || Number.MAX_SAFE_INTEGER;
  return [...list].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      num(a) - num(b) ||
      a.row.fields.number.localeCompare(b.row.fields.number),
  );
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildProgramme(rows: readonly AnySyncRow[], personId: string, now = today()): Programme {
  const people = new Map<string, Person>();
  for (const { fields } of rowsOf(rows, 'member')) people.set(fields.personId, { name: fields.name, role: fields.role });

  const commentsByTarget = new Map<string, CommentRow[]>();
  for (const c of rowsOf(rows, 'comment').sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
    append(commentsByTarget, `${c.fields.targetType}/${c.fields.targetId}`, c);
  }

  const reviews = new Map(rowsOf(rows, 'review').map((r) => [r.id, r]));
  const recommendationRows = rowsOf(rows, 'recommendation');
  const recommendationsById = new Map(recommendationRows.map((r) => [r.id, r]));
  const recommendationsByItem = new Map<string, RecommendationRow[]>();
  const itemsByRecommendation = new Map<string, string[]>();
  for (const { fields } of rowsOf(rows, 'link')) {
    const rec = recommendationsById.get(fields.recommendationId);
    if (!rec) continue;
    append(recommendationsByItem, fields.itemId, rec);
    append(itemsByRecommendation, rec.id, fields.itemId);
  }
  const recommendations = sortRecommendations(
    recommendationRows.map((row) => {
      const due = recommendationDue(row);
      return {
        row,
        review: reviews.get(row.fields.reviewId),
        due,
        overdue: due !== null && due < now && OPEN_RECOMMENDATION.has(row.fields.status),
        itemIds: itemsByRecommendation.get(row.id) ?? [],
      };
    }),
  );

  return {
    items: rowsOf(rows, 'item'),
    meetingsByDate: new Map(rowsOf(rows, 'meeting').map((m) => [m.fields.date, m])),
    suggestions: rowsOf(rows, 'suggestion').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    commentsByTarget,
    recommendations,
    recommendationsByItem,
    people,
    notices: rowsOf(rows, 'conflict').filter(({ fields }) => !fields.resolved && (fields.keptBy === personId || fields.lostBy === personId)),
  };
}

export interface LiveProgramme extends Programme {
  /** This committee's rows on this device that do not fit the model: left out, to be reported. */
  unreadable: Unreadable[];
}

/** One committee's work programme, live. */
export function useProgramme(committeeId: string | null, personId: string | null): LiveProgramme | undefined {
  const read = useCommitteeRows(committeeId);
  return useMemo(() => (read && personId ? { ...buildProgramme(read.values, personId), unreadable: read.unreadable } : undefined), [read, personId]);
}

export interface ItemGroup {
  /** YYYY-MM-DD, or null for "To be scheduled". */
  date: string | null;
  meeting: MeetingRow | undefined;
  items: ItemRow[];
}

export interface ItemFilter {
  kind: string;
  status: string;
  text: string;
}

export function filterItems(items: readonly ItemRow[], filter: ItemFilter): ItemRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(({ fields }) => {
    if (filter.kind && fields.kind !== filter.kind) return false;
    if (filter.status && fields.status !== filter.status) return false;
    if (words.length === 0) return true;
    const haystack = [fields.title, fields.details, fields.outcome, fields.cabinetMember, fields.leadOfficer, fields.priorities, fields.dateNote]
      .join(' ')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Items by meeting date, earliest first, with those not yet given a date last ("To be scheduled"). */
export function groupItems(items: readonly ItemRow[], meetingsByDate: Map<string, MeetingRow>): ItemGroup[] {
  const groups = new Map<string | null, ItemRow[]>();
  for (const item of items) append(groups, item.fields.meetingDate, item);
  const kindOrder = (row: ItemRow) => ITEM_KINDS.indexOf(row.fields.kind);
  const byTitle = (a: ItemRow, b: ItemRow) => kindOrder(a) - kindOrder(b) || a.fields.title.localeCompare(b.fields.title);
  const dated = [...groups.entries()]
    .filter((entry): entry is [string, ItemRow[]] => entry[0] !== null)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, meeting: meetingsByDate.get(date), items: list.sort(byTitle) }));
  const undated = groups.get(null);
  return undated ? [...dated, { date: null, meeting: undefined, items: undated.sort(byTitle) }] : dated;
}
