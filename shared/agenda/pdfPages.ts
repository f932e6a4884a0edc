// Places agenda items in the PDF (printed ranges → PDF pages) and finds the item a given PDF page belongs to.

import type { AgendaItem, AgendaItemWithPdf } from './types';

/** Anything that can turn a printed label into a PDF page: a PrintedPageMap or PageNumbering. */
export interface PrintedLookup {
  printedToPdf(printed: string, fromPdfPage?: number): number | undefined;
}

/**
 * Adds `pdfFrom`/`pdfTo` (1-based PDF pages) to items that have printed `pages`, via the stamp map.
 * The end page is looked up at or after the start, so restarted numbering later in the file does not
 * confuse it. Items without a printed range, or whose pages are not in this PDF, get no PDF range.
 * `afterPdfPage` skips that many leading PDF pages when looking up starts (e.g. the front sheet).
 */
export function attachPdfPages(items: readonly AgendaItem[], lookup: PrintedLookup, afterPdfPage = 0): AgendaItemWithPdf[] {
  return items.map((item) => {
    const out: AgendaItemWithPdf = { ...item };
    if (!item.pages) return out;
    const from = lookup.printedToPdf(String(item.pages.from), afterPdfPage + 1);
    if (from === undefined) return out;
    out.pdfFrom = from;
    const to = lookup.printedToPdf(String(item.pages.to), from);
    if (to !== undefined) out.pdfTo = to;
    return out;
  });
}

function depth(item: AgendaItemWithPdf, byNumber: ReadonlyMap<string, AgendaItemWithPdf>): number {
  let d = 0;
  let parent = item.parent;
  const seen = new Set<string>();
  while (parent !== undefined && !seen.has(parent)) {
    seen.add(parent);
    d++;
    parent = byNumber.get(parent)?.parent;
  }
  return d;
}

/**
 * The item to highlight while PDF page `pdfPage` (1-based) is on screen: the deepest item whose
 * PDF range contains the page (a sub-item over its parent; then the narrowest range; then the later
 * item). An item with only `pdfFrom` covers that one page. Undefined when no item covers the page
 * (the front sheet, or pages no range mentions).
 */
export function currentItemAt<T extends AgendaItemWithPdf>(items: readonly T[], pdfPage: number): T | undefined {
  const byNumber = new Map<string, AgendaItemWithPdf>();
  for (const it of items) if (it.number && !byNumber.has(it.number)) byNumber.set(it.number, it);
  let best: { item: T; depth: number; span: number; index: number } | undefined;
  items.forEach((item, index) => {
    if (item.pdfFrom === undefined) return;
    const to = item.pdfTo ?? item.pdfFrom;
    if (pdfPage < item.pdfFrom || pdfPage > to) return;
    const candidate = { item, depth: depth(item, byNumber), span: to - item.pdfFrom, index };
    if (
      !best ||
      candidate.depth > best.depth ||
      (candidate.depth === best.depth && (candidate.span < best.span || (candidate.span === best.span && candidate.index > best.index)))
    ) {
      best = candidate;
    }
  });
  return best?.item;
}
