// The agenda-list state machine: turns front-sheet (or minutes) lines into numbered items with titles, ranges and flags.

import { letterValue, parseItemMarker, romanValue, type ItemMarker } from './itemNumbers';
import { findPageRef, isSupplementLine, stripSupplementTail, type PageRefMatch } from './pageRefs';
import {
  EXCLUSION_TITLE,
  EXEMPT_TITLE,
  NEW_DOCUMENT,
  PART_ONE,
  PART_TWO,
  REPORT_OF,
  SECTION_NOTE,
  STOP_HEADING,
} from './patterns';
import {
  endsDangling,
  hasUnclosedPair,
  isDescription,
  isLabelledSideInfo,
  isSplitDate,
  startsLowercase,
  type Line,
} from './text';
import type { AgendaItem, PageRange } from './types';

export type ListMode = 'agenda' | 'minutes';

export interface ParsedList {
  items: AgendaItem[];
  /** Index (in the input lines) of the first item's header line. */
  firstItemLine?: number;
  /** 0-based PDF page of the last line that belonged to the list (items, ranges, Part Two, stop heading). */
  lastPage?: number;
  /** How many items carry a page range. */
  withRanges: number;
}

interface Draft {
  number: string;
  parent?: string;
  major: number;
  titleLines: string[];
  /** Length of the raw line the title's last part came from (for the wrapped-line test). */
  lastRawLength: number;
  pages?: PageRange;
  bareRange: boolean;
  reportOf?: string;
  /** Length of the raw line the "Report of" text last came from. */
  reportRawLength: number;
  exempt: boolean;
  supplement: boolean;
  lastField: 'title' | 'range' | 'reportOf' | 'other';
  line: number;
}

interface Sequence {
  major?: number;
  /** Highest decimal minor / letter / roman seen under the current major (and current letter). */
  minor: number;
  letter: number;
  roman: number;
  letterNumber?: string;
}

interface Accepted {
  number: string;
  parent?: string;
  major: number;
}

function accept(marker: ItemMarker, seq: Sequence, mode: ListMode): Accepted | undefined {
  const last = seq.major;
  switch (marker.kind) {
    case 'top': {
      const bareLine = marker.loose && marker.rest === '';
      if (last === undefined) {
        if (bareLine && marker.major !== 1) return undefined;
        if (marker.loose && marker.major > 20) return undefined;
        if (marker.major > 300) return undefined;
      } else {
        const gap = marker.major - last;
        const maxGap = mode === 'minutes' || bareLine ? (bareLine ? 1 : 2) : marker.loose ? 2 : 5;
        if (gap < 1 || gap > maxGap) return undefined;
      }
      if (mode === 'minutes' && isDescription(marker.rest)) return undefined;
      seq.major = marker.major;
      seq.minor = 0;
      seq.letter = 0;
      seq.roman = 0;
      seq.letterNumber = undefined;
      return { number: String(marker.major), major: marker.major };
    }
    case 'decimal': {
      if (mode === 'minutes') return undefined;
      if (last === marker.major) {
        if (marker.minor <= seq.minor || marker.minor > seq.minor + 3) return undefined;
      } else {
        if (last !== undefined && (marker.major < last || marker.major - last > 5)) return undefined;
        if (marker.minor > 2) return undefined;
        seq.major = marker.major;
        seq.letter = 0;
        seq.roman = 0;
        seq.letterNumber = undefined;
      }
      seq.minor = marker.minor;
      return { number: `${marker.major}.${marker.minor}`, parent: String(marker.major), major: marker.major };
    }
    case 'lettered': {
      if (mode === 'minutes') return undefined;
      const pos = letterValue(marker.letter);
      if (last === marker.major) {
        if (pos <= seq.letter || pos > seq.letter + 3) return undefined;
      } else {
        if (last !== undefined && (marker.major < last || marker.major - last > 5)) return undefined;
        if (pos > 2) return undefined;
        seq.major = marker.major;
        seq.minor = 0;
      }
      seq.letter = pos;
      seq.roman = 0;
      const number = `${marker.major}${marker.letter}`;
      seq.letterNumber = number;
      return { number, parent: String(marker.major), major: marker.major };
    }
    case 'sub': {
      if (mode === 'minutes' || last === undefined) return undefined;
      const lv = letterValue(marker.token);
      const rv = romanValue(marker.token);
      if (lv > 0 && lv === seq.letter + 1) {
        seq.letter = lv;
        seq.roman = 0;
        const number = `${last}${marker.token}`;
        seq.letterNumber = number;
        return { number, parent: String(last), major: last };
      }
      if (rv > 0 && rv === seq.roman + 1) {
        seq.roman = rv;
        const parent = seq.letterNumber ?? String(last);
        return { number: `${parent}(${marker.token})`, parent, major: last };
      }
      return undefined;
    }
  }
}

function titleOf(d: Draft): string {
  let title = '';
  for (const part of d.titleLines) {
    if (!title) title = part;
    else if (/[A-Za-z]-$/.test(title) && /^[a-z]/.test(part)) title += part;
    else title += ` ${part}`;
  }
  return title.replace(/\s+/g, ' ').replace(/[\s,;:\-–—]+$/, '').trim();
}

/** Does a "(Pages a - b)" line come within the next few lines, before anything else claims them? */
function rangeFollows(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
    const text = lines[k]?.text ?? '';
    const ref = findPageRef(text);
    if (ref && !ref.bare && (ref.rest === '' || REPORT_OF.test(ref.rest))) return true;
    if (ref && !ref.bare) return false;
    if (parseItemMarker(text) || STOP_HEADING.test(text) || PART_TWO.test(text) || REPORT_OF.test(text) || isSupplementLine(text)) return false;
    if (isDescription(text) || isLabelledSideInfo(text)) return false;
  }
  return false;
}

/**
 * Parse an agenda list (or minute headings) from lines in reading order. Lines before the first
 * numbered item are ignored. Continuation lines join the current title only on evidence: the title
 * so far ends mid-phrase, the line starts lower-case, a date was split, the title's range is still
 * to come, or the previous line is as wide as the page's text (a wrap).
 */
export function parseItemList(lines: readonly Line[], mode: ListMode): ParsedList {
  const drafts: Draft[] = [];
  const seq: Sequence = { minor: 0, letter: 0, roman: 0 };
  const widths = columnWidths(lines);

  let exemptMode = false;
  let pendingRange: PageRefMatch | undefined;
  let rangesBefore = false;
  let lastPage: number | undefined;
  let firstItemLine: number | undefined;
  let previousPage = lines[0]?.page;

  const current = () => drafts.at(-1);

  const setRange = (d: Draft, ref: PageRefMatch) => {
    d.pages = ref.range;
    d.bareRange = ref.bare;
    d.lastField = 'range';
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text;
    const cur = current();

    if (line.page !== previousPage) {
      previousPage = line.page;
      if (mode === 'agenda' && cur) {
        // A page that opens like a report is the end of the front sheet.
        const head = lines.filter((l) => l.page === line.page).slice(0, 3);
        if (head.some((l) => NEW_DOCUMENT.test(l.text))) break;
      }
      if (cur && cur.lastField === 'title' && !endsDangling(cur.titleLines.at(-1) ?? '')) cur.lastField = 'other';
    }

    if (cur && STOP_HEADING.test(text)) {
      lastPage = line.page;
      break;
    }
    if (PART_TWO.test(text) && text.length <= 90) {
      exemptMode = true;
      if (cur) cur.lastField = 'other';
      if (cur) lastPage = line.page;
      continue;
    }
    if (PART_ONE.test(text) && text.length <= 90 && !parseItemMarker(text)) {
      exemptMode = false;
      if (cur) cur.lastField = 'other';
      continue;
    }
    if (SECTION_NOTE.test(text)) {
      if (cur) cur.lastField = 'other';
      continue;
    }

    const ref = mode === 'agenda' ? findPageRef(text) : undefined;
    const body = ref ? ref.rest : text;

    // A range on a line of its own: it belongs to the item just read, unless this front sheet
    // prints ranges before their items (the first range came before any item).
    if (ref && body === '') {
      if (!cur && !ref.bare) rangesBefore = true;
      if (cur && !cur.pages && !rangesBefore) {
        setRange(cur, ref);
        lastPage = line.page;
      } else pendingRange = ref;
      continue;
    }

    const marker = parseItemMarker(body);
    const accepted = marker ? accept(marker, seq, mode) : undefined;
    if (marker && accepted) {
      const { title: titleText, supplement } = stripSupplementTail(marker.rest);
      const draft: Draft = {
        number: accepted.number,
        parent: accepted.parent,
        major: accepted.major,
        titleLines: titleText ? [titleText] : [],
        lastRawLength: text.length,
        reportRawLength: 0,
        bareRange: false,
        exempt: exemptMode,
        supplement,
        lastField: 'title',
        line: i,
      };
      const range = ref ?? pendingRange;
      if (range) {
        setRange(draft, range);
        if (draft.titleLines.length > 0) draft.lastField = 'title';
      }
      pendingRange = undefined;
      drafts.push(draft);
      firstItemLine ??= i;
      lastPage = line.page;
      if (EXCLUSION_TITLE.test(titleText)) exemptMode = true;
      continue;
    }
    pendingRange = undefined;
    if (!cur) continue;

    if (isSupplementLine(body)) {
      cur.supplement = true;
      cur.lastField = 'other';
      if (ref && !cur.pages) setRange(cur, ref);
      continue;
    }

    if (mode === 'agenda' && REPORT_OF.test(body)) {
      if (cur.reportOf === undefined) {
        cur.reportOf = body;
        cur.reportRawLength = text.length;
        cur.lastField = 'reportOf';
      } else cur.lastField = 'other';
      if (ref && !cur.pages) setRange(cur, ref);
      continue;
    }

    // Not an item, range or known line: a continuation of something, or description to skip.
    const joined = continuation(cur, drafts.at(-2), body, lines, i, widths.get(line.page), mode);
    if (joined === 'previous') {
      const prev = drafts.at(-2);
      if (prev) prev.titleLines.push(body);
    } else if (joined === 'title') {
      if (cur.titleLines.length === 0 && EXCLUSION_TITLE.test(body)) exemptMode = true;
      cur.titleLines.push(body);
      cur.lastRawLength = text.length;
      cur.lastField = 'title';
    } else if (joined === 'reportOf') {
      cur.reportOf = `${cur.reportOf ?? ''} ${body}`.trim();
      cur.reportRawLength = text.length;
    } else {
      cur.lastField = 'other';
    }
    if (ref && !cur.pages && joined !== 'none') {
      setRange(cur, ref);
      if (joined === 'title') cur.lastField = 'title';
    }
    if (joined !== 'none') lastPage = line.page;
  }

  // Bare "5 - 12" columns are trusted only when several items use them in increasing order.
  const bare = drafts.filter((d) => d.pages && d.bareRange);
  let ok = bare.length >= 2;
  for (let k = 1; k < bare.length && ok; k++) {
    const a = bare[k - 1]?.pages;
    const b = bare[k]?.pages;
    if (!a || !b || b.from <= a.to) ok = false;
  }
  if (!ok) for (const d of bare) d.pages = undefined;

  const items: AgendaItem[] = [];
  for (const d of drafts) {
    const title = titleOf(d);
    if (!title && !d.pages) continue;
    const { title: cleanTitle, supplement } = stripSupplementTail(title);
    const item: AgendaItem = {
      number: d.number,
      title: cleanTitle,
      exempt: d.exempt || (EXEMPT_TITLE.test(cleanTitle) && !EXCLUSION_TITLE.test(cleanTitle)),
    };
    if (d.parent !== undefined) item.parent = d.parent;
    if (d.pages && mode === 'agenda') item.pages = d.pages;
    if (d.reportOf) item.reportOf = d.reportOf.replace(/[\s,;:.]+$/, '');
    if (d.supplement || supplement) item.supplement = true;
    items.push(item);
  }
  return { items, firstItemLine, lastPage, withRanges: items.filter((it) => it.pages).length };
}

type Join = 'title' | 'previous' | 'reportOf' | 'none';

interface Widths {
  /** Longest line on the page. */
  page: number;
  /** Longest numbered-item line on the page, when there are enough of them to tell the title column's width. */
  items: number;
}

function columnWidths(lines: readonly Line[]): Map<number, Widths> {
  const out = new Map<number, Widths>();
  const itemLines = new Map<number, number[]>();
  for (const l of lines) {
    const w = out.get(l.page) ?? { page: 0, items: 0 };
    w.page = Math.max(w.page, l.text.length);
    out.set(l.page, w);
    if (parseItemMarker(findPageRef(l.text)?.rest ?? l.text)) itemLines.set(l.page, [...(itemLines.get(l.page) ?? []), l.text.length]);
  }
  for (const [page, lengths] of itemLines) {
    const w = out.get(page);
    if (w && lengths.length >= 3) w.items = Math.max(...lengths);
  }
  return out;
}

/** The previous line ran (nearly) the full width of the page's text or of the item-title column: it wrapped. */
function wrapped(rawLength: number, lastText: string, widths: Widths | undefined): boolean {
  if (!widths || /[.!?]$/.test(lastText)) return false;
  if (widths.page >= 60 && rawLength >= 0.85 * widths.page) return true;
  return widths.items >= 50 && rawLength >= 0.92 * widths.items;
}

function continuation(cur: Draft, prev: Draft | undefined, text: string, lines: readonly Line[], i: number, widths: Widths | undefined, mode: ListMode): Join {
  const last = cur.titleLines.at(-1) ?? '';
  const title = cur.titleLines.join(' ');

  // "5. ... Neglect of Children in" / "(Pages 39 - 77)" / "6. Work Programme" / "Staffordshire'":
  // the fragment finishes the earlier, unfinished title rather than the complete new one.
  if (
    prev &&
    cur.titleLines.length === 1 &&
    cur.lastField === 'title' &&
    endsDangling(prev.titleLines.at(-1) ?? '') &&
    !endsDangling(last) &&
    text.length <= 60 &&
    !isDescription(text)
  ) {
    return 'previous';
  }

  if (cur.lastField === 'reportOf') {
    const report = cur.reportOf ?? '';
    if (endsDangling(report) || startsLowercase(text) || hasUnclosedPair(report)) return 'reportOf';
    if (!isDescription(text) && !isLabelledSideInfo(text) && wrapped(cur.reportRawLength, report, widths)) return 'reportOf';
    return 'none';
  }

  if (cur.titleLines.length === 0 && cur.lastField !== 'other') {
    // "4." alone on its line: the title is the next line.
    return isDescription(text) || isLabelledSideInfo(text) ? 'none' : 'title';
  }

  if (cur.lastField !== 'title' && cur.lastField !== 'range') return 'none';
  if (isLabelledSideInfo(text)) return 'none';
  const dangling = endsDangling(last) || hasUnclosedPair(title);
  if (isDescription(text) && !startsLowercase(text) && !dangling) return 'none';
  if (dangling || startsLowercase(text) || isSplitDate(last, text)) return 'title';
  if (cur.lastField === 'range' || mode === 'minutes') return 'none';
  if (!cur.pages && rangeFollows(lines, i)) return 'title';
  if (wrapped(cur.lastRawLength, last, widths)) return 'title';
  return 'none';
}

/** True when the line could only begin a new document (used to stop reading front-sheet pages). */
export function opensNewDocument(text: string): boolean {
  return NEW_DOCUMENT.test(text);
}
