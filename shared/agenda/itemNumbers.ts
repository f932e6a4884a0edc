// Recognises an agenda item number at the start of a line: "1.", "4", "4a", "4 (a)", "(a)", "a.", "12.1", "Item 5", "B1".

export type ItemMarker =
  /** "4. Title", "4 Title" (loose: no punctuation after the number), "Item 4 Title". */
  | { kind: 'top'; major: number; rest: string; loose: boolean }
  /** "12.1 Title" */
  | { kind: 'decimal'; major: number; minor: number; rest: string }
  /** "4a Title", "4 (a) Title", "Item 4a" */
  | { kind: 'lettered'; major: number; letter: string; rest: string }
  /** "(a) Title", "a. Title", "(ii) Title": a sub-item of whatever item is current. */
  | { kind: 'sub'; token: string; rest: string }
  /** "B1 Title": item 1 of section B, in agendas divided into lettered sections ("B - Decisions for Recommendation"). */
  | { kind: 'sectioned'; section: string; major: number; rest: string };

const MONTH_START = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?,?\s*(\d{1,4}\b|$)/i;

/** A decision or report reference: "23/00456", "CAB/2023/14". The source of a pattern, for the patterns below and elsewhere. */
export const REFERENCE = String.raw`(?:[A-Z]{1,6}[/-]?)?\d{2,4}\/\d{2,6}(?:\/\d{1,6})?|[A-Z]{1,6}\/\d{2,4}\/\d{1,6}`;
/** A decision or report reference opening a title: "23/00456 - Treasury Management", "CAB/2023/14 ...", "EX123 -". */
export const DECISION_REFERENCE = new RegExp(`^(${REFERENCE})\\s*(?:[-–—:]\\s*|\\s+(?=[A-Z‘'"“(]))`);

/** The text after a number must look like a title, not the rest of a date, time, amount or sentence fragment. */
function titleLike(rest: string, loose: boolean): boolean {
  if (rest === '') return true;
  // "5. 23/00456 - Treasury Management Update": the title proper follows the reference.
  const ref = DECISION_REFERENCE.exec(rest);
  if (ref) return titleLike(rest.slice(ref[0].length), loose) && rest.length > ref[0].length;
  if (MONTH_START.test(rest)) return false;
  if (/^(a\.?m\.?|p\.?m\.?|noon|hrs|hours|mins?|minutes past)\b/i.test(rest)) return false;
  if (/^\d/.test(rest) && !/^\d{4}\b/.test(rest)) return false;
  if (loose) return /^[A-Z‘'"“([]/.test(rest) && !/^(st|nd|rd|th)\b/.test(rest);
  return /^[A-Za-z0-9‘'"“([£]/.test(rest);
}

const ITEM_PREFIX = /^(?:(?:Agenda|AGENDA)\s+)?(?:Item|ITEM)\s+(?:[Nn]o\.?\s*)?(\d{1,3})(?:\.(\d{1,2})|\s?\(([a-z])\)|([a-z]))?(?=[\s.:)\-–—]|$)[\s.:)\-–—]*(.*)$/;
const DECIMAL = /^(\d{1,3})\.([1-9]\d?)\.?(?:\s+|$)(.*)$/;
const LETTERED_PAREN = /^(\d{1,3})\s?\(([a-z])\)[.:]?(?:\s+|$)(.*)$/;
const LETTERED = /^(\d{1,3})([a-z])[.):]?(?:\s+|$)(.*)$/;
const TOP = /^(\d{1,3})(?:\s?([.):])\s*|\s+|$)(.*)$/;
const SECTIONED = /^([A-H])(\d{1,2})[.):]?\s+(.+)$/;
const SUB_PAREN = /^\(([a-z]|[ivx]{1,4})\)[.:]?(?:\s+|$)(.*)$/;
const SUB_DOT = /^([a-z]|[ivx]{1,4})[.)](?:\s+|$)(.*)$/;

/** A timed agenda prints the expected start time before the number: "10.15 am 4. Budget". */
const TIMING = /^\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(?=(?:\d{1,3}[a-z]?(?:[.):]|\s)|(?:Agenda\s+)?Item\s))/i;

export function parseItemMarker(line: string): ItemMarker | undefined {
  const text = line.replace(TIMING, '');
  let m = ITEM_PREFIX.exec(text);
  if (m) {
    const major = Number(m[1]);
    const rest = m[5] ?? '';
    if (!titleLike(rest, false)) return undefined;
    if (m[2] !== undefined) return { kind: 'decimal', major, minor: Number(m[2]), rest };
    const letter = m[3] ?? m[4];
    if (letter !== undefined) return { kind: 'lettered', major, letter, rest };
    return { kind: 'top', major, rest, loose: false };
  }
  m = DECIMAL.exec(text);
  if (m) {
    const rest = m[3] ?? '';
    return titleLike(rest, false) ? { kind: 'decimal', major: Number(m[1]), minor: Number(m[2]), rest } : undefined;
  }
  m = LETTERED_PAREN.exec(text) ?? LETTERED.exec(text);
  if (m) {
    const rest = m[3] ?? '';
    return titleLike(rest, false) ? { kind: 'lettered', major: Number(m[1]), letter: m[2] ?? '', rest } : undefined;
  }
  m = TOP.exec(text);
  if (m) {
    const loose = m[2] === undefined;
    const rest = m[3] ?? '';
    if (m[2] === ')' && rest === '') return undefined;
    return titleLike(rest, loose) ? { kind: 'top', major: Number(m[1]), rest, loose } : undefined;
  }
  m = SECTIONED.exec(text);
  if (m) {
    const rest = m[3] ?? '';
    return titleLike(rest, true) ? { kind: 'sectioned', section: m[1] ?? '', major: Number(m[2]), rest } : undefined;
  }
  m = SUB_PAREN.exec(text) ?? SUB_DOT.exec(text);
  if (m) {
    const rest = m[2] ?? '';
    return titleLike(rest, false) && rest !== '' ? { kind: 'sub', token: m[1] ?? '', rest } : undefined;
  }
  return undefined;
}

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** 1-based position of a lower-case roman numeral, or 0. */
export function romanValue(token: string): number {
  return ROMANS.indexOf(token) + 1;
}

/** 1-based position of a single letter, or 0. */
export function letterValue(token: string): number {
  return /^[a-z]$/.test(token) ? token.charCodeAt(0) - 96 : 0;
}
