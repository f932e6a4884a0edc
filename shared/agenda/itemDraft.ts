// The item being built while reading an agenda list, and how its title lines are joined.

import type { ListMode } from './itemSequence';
import { DECISION_REFERENCE } from './itemNumbers';
import { stripSupplementTail } from './pageRefs';
import { EXCLUSION_TITLE, EXEMPT_TITLE } from './patterns';
import type { AgendaItem, PageRange } from './types';

export interface Draft {
  number: string;
  parent?: string;
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
  /** Minutes: "(Item 5)". */
  agendaItem?: string;
}

/** The title from its lines: hyphenated breaks ("multi-" + "agency") rejoined, trailing separators dropped. */
export function titleOf(d: Draft): string {
  let title = '';
  for (const part of d.titleLines) {
    if (!title) title = part;
    else if (/[A-Za-z]-$/.test(title) && /^[a-z]/.test(part)) title += part;
    else title += ` ${part}`;
  }
  return title.replace(/\s+/g, ' ').replace(/[\s,;:\-–—]+$/, '').trim();
}


/**
 * The finished items. Bare "5 - 12" page columns are kept only when several items use them in
 * increasing order; items with neither title nor range are dropped; minutes get no page ranges.
 */
export function finishItems(drafts: readonly Draft[], mode: ListMode): AgendaItem[] {
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
    const reference = DECISION_REFERENCE.exec(cleanTitle)?.[1];
    if (reference) item.reference = reference;
    if (d.agendaItem) item.agendaItem = d.agendaItem;
    items.push(item);
  }
  return items;
}
