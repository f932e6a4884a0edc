// Maps PDF pages to printed page labels from their stamps, with gap filling and a stamps → /PageLabels → PDF-number fallback.

import { stampCandidates, type StampCandidate } from './stamps';
import { blankish } from './text';
import type { DocumentPages, PageLabelSource, PageNumbering, PrintedPageMap } from './types';

/** How far (in PDF pages) to look for a neighbour that confirms a weak stamp. */
const CONFIRM_WINDOW = 3;

const numeric = (label: string | undefined): number | undefined => (label !== undefined && /^\d+$/.test(label) ? Number(label) : undefined);

function canonical(label: string): string {
  const t = label.trim().replace(/^(?:agenda\s+)?(?:page|p\.?)\s*/i, '').toLowerCase();
  return /^\d+$/.test(t) ? String(Number(t)) : t;
}

/** Is `value` on page `i` exactly in step with some candidate on a nearby page (value + distance)? */
function confirmed(all: StampCandidate[][], i: number, value: number): boolean {
  for (let d = 1; d <= CONFIRM_WINDOW; d++) {
    for (const j of [i - d, i + d]) {
      if (all[j]?.some((c) => numeric(c.label) === value + (j - i))) return true;
    }
  }
  return false;
}

/**
 * Does a strong stamp contradict every nearby strong stamp? In order means increasing by at most
 * the page distance (unnumbered inserts make labels lag, never jump ahead or go back).
 * "Page 79" printed as an item's page reference on a front sheet, followed by "Page 1", "Page 2"...
 * is contradicted; the first "Page 1" of a restart is in order with the "Page 2" after it.
 */
function contradicted(all: StampCandidate[][], i: number, value: number): boolean {
  let neighbours = 0;
  for (let d = 1; d <= CONFIRM_WINDOW; d++) {
    for (const j of [i - d, i + d]) {
      for (const c of all[j] ?? []) {
        const w = numeric(c.label);
        if (c.strength !== 'strong' || w === undefined) continue;
        neighbours++;
        const step = j > i ? w - value : value - w;
        if (step >= 1 && step <= d) return false;
      }
    }
  }
  return neighbours > 0;
}

function pickStamp(all: StampCandidate[][], i: number): StampCandidate | undefined {
  const here = all[i] ?? [];
  const strong = here.filter((c) => {
    const n = numeric(c.label);
    return c.strength === 'strong' && (n === undefined || !contradicted(all, i, n));
  });
  if (strong.length > 0) {
    // Several strong stamps (a header "Page 3" and a footer "Page 5"?): prefer one in step with its neighbours.
    const inStep = strong.find((c) => {
      const n = numeric(c.label);
      return n !== undefined && confirmed(all, i, n);
    });
    return inStep ?? strong[0];
  }
  for (const c of here) {
    const n = numeric(c.label);
    if (c.strength === 'weak' && n !== undefined && confirmed(all, i, n)) return c;
  }
  return undefined;
}

/** The stamp chosen on each page: its label and which of the page's non-empty lines carried it. */
export function readStamps(pages: DocumentPages): ({ label: string; line: number } | undefined)[] {
  const all = pages.map((p) => stampCandidates(p));
  return all.map((_, i) => {
    const c = pickStamp(all, i);
    return c ? { label: canonical(c.label), line: c.line } : undefined;
  });
}

function makeMap(labels: (string | undefined)[], sources: (PageLabelSource | undefined)[]): PrintedPageMap {
  return {
    labels,
    sources,
    printedToPdf(printed: string, fromPdfPage = 1): number | undefined {
      const want = canonical(printed);
      for (let i = Math.max(0, Math.floor(fromPdfPage) - 1); i < labels.length; i++) if (labels[i] === want) return i + 1;
      return undefined;
    },
    pdfToPrinted(pdfPage: number): string | undefined {
      return Number.isInteger(pdfPage) && pdfPage >= 1 ? labels[pdfPage - 1] : undefined;
    },
  };
}

/**
 * Printed page labels of every PDF page, read from "Page N" stamps in each page's first or last
 * three lines. Bare numbers count only in a run consistent with nearby pages. A page with no stamp
 * is filled only when it sits in a gap whose size matches the stamps either side exactly
 * ("Page 4", ?, "Page 6"; source 'gap') or is the blank page that ends a stamped run (source
 * 'end'); unnumbered inserts and restarts are left alone. Both are inferred, not printed.
 */
export function mapPrintedPages(pages: DocumentPages): PrintedPageMap {
  const labels = readStamps(pages).map((s) => s?.label);
  const sources: (PageLabelSource | undefined)[] = labels.map((l) => (l === undefined ? undefined : 'stamp'));

  let previous = -1;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === undefined) continue;
    const before = numeric(labels[previous]);
    const after = numeric(labels[i]);
    if (previous >= 0 && i - previous > 1 && before !== undefined && after !== undefined && after - before === i - previous) {
      for (let k = previous + 1; k < i; k++) {
        labels[k] = String(before + (k - previous));
        sources[k] = 'gap';
      }
    }
    previous = i;
  }
  inferRunEnds(pages, labels, sources);
  return makeMap(labels, sources);
}

/**
 * The unstamped page that ends a stamped run takes the next number: packs are printed in whole
 * sheets, so the last page of a run is often "intentionally left blank" and unstamped, yet the
 * front sheet's ranges count it. Only a blank page (or a near-empty last page) is numbered this way.
 */
function inferRunEnds(pages: DocumentPages, labels: (string | undefined)[], sources: (PageLabelSource | undefined)[]): void {
  for (let i = 0; i + 1 < labels.length; i++) {
    const last = numeric(labels[i]);
    if (last === undefined || labels[i + 1] !== undefined || sources[i] === 'end') continue;
    const page = pages[i + 1];
    const isLast = i + 2 === labels.length;
    const nearlyEmpty = (page ?? []).filter((l) => l.trim() !== '').length <= 2;
    if (!blankish(page) && !(isLast && nearlyEmpty)) continue;
    // A label already used later (a restart or a stamped page) is not invented twice.
    const label = String(last + 1);
    if (labels.includes(label)) continue;
    labels[i + 1] = label;
    sources[i + 1] = 'end';
  }
}

/**
 * The numbering to show and navigate by. Stamps win when any page has one; otherwise the PDF's own
 * /PageLabels (pdf.js `getPageLabels()`, null when absent) when they say something other than
 * 1, 2, 3...; otherwise plain PDF page numbers.
 */
export function choosePageNumbering(stamps: PrintedPageMap, pdfPageLabels?: readonly (string | null | undefined)[] | null): PageNumbering {
  const count = stamps.labels.length;
  if (stamps.labels.some((l) => l !== undefined)) return { ...stamps, source: 'stamps' };
  if (pdfPageLabels && pdfPageLabels.length > 0) {
    const labels = Array.from({ length: count }, (_, i) => {
      const l = pdfPageLabels[i]?.trim();
      return l ? canonical(l) : undefined;
    });
    if (labels.some((l, i) => l !== undefined && l !== String(i + 1))) {
      return { ...makeMap(labels, labels.map(() => undefined)), source: 'pdfLabels' };
    }
  }
  const labels = Array.from({ length: count }, (_, i) => String(i + 1));
  return { ...makeMap(labels, labels.map(() => undefined)), source: 'pdfPages' };
}
