// Words for the work programme's codes, dates and field names, as the scrutiny office writes them.
import type { EntityType } from '../../shared/sync';
import { formatMeetingDate } from '../meetings/format';

export const KIND_LABELS: Record<string, string> = {
  committee_item: 'Committee item',
  briefing_note: 'Briefing note',
  visit: 'Visit',
  working_group: 'Working group',
  inquiry_day: 'Inquiry day',
};

export const STATUS_LABELS: Record<string, string> = {
  proposed: 'Proposed',
  scheduled: 'Scheduled',
  completed: 'Completed',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
};

export const SUGGESTION_STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const RESPONSE_LABELS: Record<string, string> = {
  accepted: 'Accepted',
  partly: 'Partly accepted',
  rejected: 'Rejected',
};

export const RECOMMENDATION_STATUS_LABELS: Record<string, string> = {
  awaiting_response: 'Awaiting response',
  in_progress: 'In progress',
  implemented: 'Implemented',
  not_implemented: 'Not implemented',
  closed: 'Closed',
};

export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  details: 'Details',
  outcome: 'Action/outcome',
  status: 'Status',
  kind: 'Kind',
  meetingDate: 'Meeting date',
  dateNote: 'Date note',
  cabinetMember: 'Cabinet member',
  leadOfficer: 'Lead officer',
  priorities: 'Link to priorities',
  followUpDue: 'Follow-up due',
  followsUpItemId: 'Follows up',
  reason: 'Reason',
  response: 'Reply',
  itemId: 'Item',
  body: 'Comment',
  resolved: 'Resolved',
};

export const TYPE_LABELS: Record<EntityType, string> = {
  committee: 'committee',
  member: 'member',
  meeting: 'meeting',
  item: 'item',
  suggestion: 'proposal',
  comment: 'comment',
  review: 'review',
  recommendation: 'recommendation',
  link: 'link',
  conflict: 'notice',
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

/** "Tuesday 26 September 2017". */
export const longDate = (iso: string) => formatMeetingDate(iso);

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "26 Sept 2017". */
export const mediumDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? shortDate.format(new Date(`${iso}T00:00:00Z`)) : iso);

const stamp = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** "26 Sept 2017, 14:02" in local time. */
export const dateTime = (iso: string | number) => stamp.format(new Date(iso));

/** "2.00 pm" from "14:00". */
export function clockTime(hhmm: string | null | undefined): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm ?? '');
  if (!match) return '';
  const hours = Number(match[1]);
  return `${hours % 12 === 0 ? 12 : hours % 12}.${match[2]} ${hours < 12 ? 'am' : 'pm'}`;
}

/** A field value as one line of text for history and notices. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return mediumDate(value);
    return STATUS_LABELS[value] ?? KIND_LABELS[value] ?? value;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return JSON.stringify(value);
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
