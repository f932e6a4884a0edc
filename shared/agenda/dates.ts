// Finds UK-style dates and meeting times in a line: "Tuesday, 26th September, 2017", "26/09/2017", "2.00 pm", "14:00".

export interface DateMatch {
  /** yyyy-mm-dd */
  iso: string;
  index: number;
  end: number;
  /** A weekday name was printed with it ("Tuesday, 26 September 2017"). */
  weekday: boolean;
}

export interface TimeMatch {
  /** As printed: "2.00 pm", "10:00am", "14:00", "12 noon". */
  printed: string;
  /** "14:00" */
  h24: string;
  index: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+(?:the\\s+)?)?';
const ORD = '(?:st|nd|rd|th)?';

const DAY_MONTH_YEAR = new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'gi');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2199) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

/** All dates in a line, in order of appearance. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(m[3] ?? '');
    const date = month === undefined ? undefined : iso(Number(m[4]), month, Number(m[2]));
    if (date) found.push({ iso: date, index: m.index, end: m.index + m[0].length, weekday: m[1] !== undefined });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = monthNumber(m[2] ?? '');
    const date = month === undefined ? undefined : iso(Number(m[4]), month, Number(m[3]));
    if (date && !found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) {
      found.push({ iso: date, index: m.index, end: m.index + m[0].length, weekday: m[1] !== undefined });
    }
  }
  for (const m of text.matchAll(NUMERIC)) {
    // Dotted forms like "2.00" are times, not dates; require a separator-consistent day/month/year.
    if (m[0].includes('.') && m[0].includes('/')) continue;
    const rawYear = m[3] ?? '';
    const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
    const date = iso(year, Number(m[2]), Number(m[1]));
    if (date && !found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) {
      found.push({ iso: date, index: m.index, end: m.index + m[0].length, weekday: false });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const TIME_12 = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?![a-z])/gi;
const TIME_NOON = /\b(?:12(?:[.:]00)?\s*)?(noon|midday)\b/gi;
const TIME_24 = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:a\.?m|p\.?m|[/.]\d))/gi;

/** Meeting times in a line. 24-hour "14:00" is only trusted with `allow24h` (labelled or next to a date). */
export function findTimes(text: string, allow24h = false): TimeMatch[] {
  const found: TimeMatch[] = [];
  const overlaps = (index: number, end: number) => found.some((f) => index < f.end && f.index < end);
  for (const m of text.matchAll(TIME_12)) {
    let hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    if (hour < 1 || hour > 12 || minute > 59) continue;
    const pm = (m[3] ?? '').toLowerCase().startsWith('p');
    if (pm && hour !== 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    found.push({ printed: m[0], h24: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(TIME_NOON)) {
    if (!overlaps(m.index, m.index + m[0].length)) found.push({ printed: m[0], h24: '12:00', index: m.index, end: m.index + m[0].length });
  }
  if (allow24h) {
    for (const m of text.matchAll(TIME_24)) {
      // "2.00" without am/pm is ambiguous on a 12-hour clock; only a colon form or an hour >= 13 is clearly 24-hour.
      const hour = Number(m[1]);
      if (m[0].includes('.') && hour < 13) continue;
      if (!overlaps(m.index, m.index + m[0].length)) {
        found.push({ printed: m[0], h24: `${String(hour).padStart(2, '0')}:${m[2]}`, index: m.index, end: m.index + m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
