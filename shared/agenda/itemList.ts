// The agenda-list state machine: turns front-sheet (or minutes) lines into numbered items with titles, ranges and flags.

import { columnWidths, continuation } from './continuation';
import { finishItems, type Draft } from './itemDraft';
import { parseItemMarker } from './itemNumbers';
import { accept, newSequence, type ListMode } from './itemSequence';
import { findPageRef, isSupplementLine, stripSupplementTail, type PageRefMatch } from './pageRefs';
import { EXCLUSION_TITLE, ITEM_EXEMPT_NOTE, ITEM_REF, NEW_DOCUMENT, PART_ONE, PART_TWO, REPORT_OF, SECTION_HEADING, SECTION_NOTE, STOP_HEADING } from './patterns';
import { endsDangling, type Line } from './text';
import type { AgendaItem } from './types';

export type { ListMode } from './itemSequence';

export interface ParsedList {
  items: AgendaItem[];
  /** Index (in the input lines) of the first item's header line. */
  firstItemLine?: number;
  /** 0-based PDF page of the last line that belonged to the list (items, ranges, Part Two, stop heading). */
  lastPage?: number;
  /** How many items carry a page range. */
  withRanges: number;
}

/**
 * Parse an agenda list (or minute headings) from lines in reading order. Lines before the first
 * numbered item are ignored. Continuation lines join the current title only on evidence: the title
 * so far ends mid-phrase, the line starts lower-case, a date was split, the title's range is still
 * to come, or the previous line is as wide as the page's text (a wrap).
 */
export function parseItemList(lines: readonly Line[], mode: ListMode): ParsedList {
  const drafts: Draft[] = [];
  const seq = newSequence();
  const widths = columnWidths(lines);
  // Several range lines in a row mean the page-number column came out as one block after the
  // titles: which range belongs to which item is unknowable, so none is assigned.
  const rangeOnly = lines.map((l) => mode === 'agenda' && findPageRef(l.text)?.rest === '');
  const columnDump = rangeOnly.map((r, k) => r && (rangeOnly[k - 1] === true || rangeOnly[k + 1] === true));

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
    if (cur && ITEM_EXEMPT_NOTE.test(text)) {
      cur.exempt = true;
      cur.lastField = 'other';
      continue;
    }
    // Part headings are short lines; before the first item only a bare heading counts, not a
    // header note such as "Confidential items are marked with an asterisk."
    const heading = cur ? text.length <= 90 && !/[a-z]\.$/.test(text) : text.length <= 30;
    if (heading && PART_TWO.test(text)) {
      exemptMode = true;
      if (cur) cur.lastField = 'other';
      if (cur) lastPage = line.page;
      continue;
    }
    if (heading && PART_ONE.test(text) && !parseItemMarker(text)) {
      exemptMode = false;
      if (cur) cur.lastField = 'other';
      continue;
    }
    // "B - Key decisions": the heading of a lettered section, neither an item nor part of the title above it.
    if (cur && SECTION_HEADING.test(text) && !parseItemMarker(text)) {
      cur.lastField = 'other';
      continue;
    }
    const itemRef = ITEM_REF.exec(text);
    if (itemRef) {
      if (cur && cur.agendaItem === undefined) cur.agendaItem = itemRef[1];
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
      if (columnDump[i]) {
        pendingRange = undefined;
        continue;
      }
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
        titleLines: titleText ? [titleText] : [],
        lastRawLength: text.length,
        reportRawLength: 0,
        bareRange: false,
        exempt: exemptMode,
        supplement,
        lastField: 'title',
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

  const items = finishItems(drafts, mode);
  return { items, firstItemLine, lastPage, withRanges: items.filter((it) => it.pages).length };
}
