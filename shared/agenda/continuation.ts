// Decides whether a plain line continues a title (or "Report of" line), finishes the previous item's title, or is to be skipped.

import type { Draft } from './itemDraft';
import { parseItemMarker } from './itemNumbers';
import type { ListMode } from './itemSequence';
import { findPageRef, isSupplementLine } from './pageRefs';
import { ITEM_REF, PART_TWO, REPORT_OF, STOP_HEADING } from './patterns';
import { endsDangling, hasUnclosedPair, isDescription, isLabelledSideInfo, isSplitDate, startsLowercase, type Line } from './text';

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

/** An "(Item 5)" line comes next, or after one more short line: everything before it is the heading. */
function itemRefFollows(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 3); k++) {
    const text = lines[k]?.text ?? '';
    if (ITEM_REF.test(text)) return true;
    if (text.length > 80 || isDescription(text) || parseItemMarker(text)) return false;
  }
  return false;
}

export interface Widths {
  /** Longest line on the page. */
  page: number;
  /** Longest numbered-item line on the page, when there are enough of them to tell the title column's width. */
  items: number;
}

export function columnWidths(lines: readonly Line[]): Map<number, Widths> {
  const out = new Map<number, Widths>();
  const itemLines = new Map<number, number[]>();
  for (const l of lines) {
    const w = out.get(l.page) ?? { page: 0, items: 0 };
    w.page = Math.max(w.page, l.text.length);
    out.set(l.page, w);
    if (parseItemMarker(findPageRef(l.text)?.rest ?? l.text)) itemLines.set(l.page, [...(itemLines.get(l.page) ?? []), l.text.length]);
  }
  // A page with only one or two items takes the title column's width from the whole list.
  const all = [...itemLines.values()].flat();
  const listWidth = all.length >= 3 ? Math.max(...all) : 0;
  for (const [page, w] of out) {
    const lengths = itemLines.get(page) ?? [];
    w.items = lengths.length >= 3 ? Math.max(...lengths) : listWidth;
  }
  return out;
}

/** The previous line ran (nearly) the full width of the page's text or of the item-title column: it wrapped. */
export function wrapped(rawLength: number, lastText: string, widths: Widths | undefined): boolean {
  if (!widths || /[.!?]$/.test(lastText)) return false;
  if (widths.page >= 60 && rawLength >= 0.85 * widths.page) return true;
  return widths.items >= 50 && rawLength >= 0.92 * widths.items;
}

/** Where a plain line goes: this item's title, the previous item's title, the "Report of" text, or nowhere. */
export type Join = 'title' | 'previous' | 'reportOf' | 'none';

/**
 * Where a plain line goes. Evidence only: the title so far ends mid-phrase or has an open bracket,
 * the line starts lower-case, a date was split, the item's range is still to come, or the previous
 * line filled the page's (or title column's) width. 'previous' finishes the item before, whose
 * title was left hanging ("... Children in") when the new item's title is already complete.
 */
export function continuation(cur: Draft, prev: Draft | undefined, text: string, lines: readonly Line[], i: number, widths: Widths | undefined, mode: ListMode): Join {
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
  // A minute's heading runs on until its "(Item 5)" line.
  if (cur.lastField === 'title' && !isDescription(text) && itemRefFollows(lines, i)) return 'title';
  if (cur.lastField === 'range' || mode === 'minutes') return 'none';
  if (!cur.pages && rangeFollows(lines, i)) return 'title';
  if (wrapped(cur.lastRawLength, last, widths)) return 'title';
  return 'none';
}

