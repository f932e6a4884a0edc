// Dates both ways in the service's own form, dd/mm/yyyy. It silently ignores ISO dates and
// answers with everything (capped), so an ISO date must never be sent.

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-02-10 (ISO, as the app stores dates) to 10/02/2026 (as the service reads them). */
export function toServiceDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: “${iso}”.`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** 10/02/2026 to 2026-02-10; '' when the text is not a dd/mm/yyyy date. */
export function fromServiceDate(text: string): string {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return '';
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return '';
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The ISO date of a moment, in UTC (meetings are whole days; the window is weeks wide). */
export function isoDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const DAY_MS = 86_400_000;

export interface DateWindow {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
}

/** The meetings looked at: from `weeksBack` weeks before today to `weeksAhead` after. */
export function meetingWindow(nowMs: number, weeksBack: number, weeksAhead: number): DateWindow {
  return { from: isoDay(nowMs - weeksBack * 7 * DAY_MS), to: isoDay(nowMs + weeksAhead * 7 * DAY_MS) };
}

export const inWindow = (isoDate: string, window: DateWindow): boolean => isoDate >= window.from && isoDate <= window.to;
