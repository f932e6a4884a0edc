// Fallback when there is no front sheet: agenda items from the PDF's bookmarks (outline).

import { parseItemMarker } from './itemNumbers';
import { EXEMPT_TITLE, EXCLUSION_TITLE } from './patterns';
import { normaliseLine } from './text';
import type { AgendaItemWithPdf, OutlineNode } from './types';

interface Flat {
  node: OutlineNode;
  depth: number;
  parentIndex?: number;
}

function flatten(nodes: readonly OutlineNode[], depth: number, parentIndex: number | undefined, out: Flat[]): void {
  for (const node of nodes) {
    const index = out.length;
    out.push({ node, depth, parentIndex });
    flatten(node.children, depth + 1, index, out);
  }
}

/** "5. Budget", "Item 5 - Budget", "Agenda Item 5a: Budget", "(a) Appendix" → number (or sub-item letter) and title. */
function splitNumber(title: string): { number: string; title: string; sub?: string } {
  const text = normaliseLine(title);
  const marker = parseItemMarker(text);
  if (!marker || marker.rest === '') return { number: '', title: text };
  switch (marker.kind) {
    case 'top':
      return marker.loose && marker.major > 99 ? { number: '', title: text } : { number: String(marker.major), title: marker.rest.replace(/^[-–—:]\s*/, '') };
    case 'decimal':
      return { number: `${marker.major}.${marker.minor}`, title: marker.rest };
    case 'lettered':
      return { number: `${marker.major}${marker.letter}`, title: marker.rest.replace(/^[-–—:]\s*/, '') };
    case 'sub':
      return { number: '', title: marker.rest, sub: marker.token };
  }
}

/**
 * Items from the PDF outline when the document has no recognisable front sheet. Each bookmark
 * becomes an item starting at its page and running to the page before the next bookmark at the
 * same or a higher level (the last one to `pageCount`, when given). Numbers are taken from the
 * bookmark titles when they start with one ("5. Budget", "Item 5"), otherwise left empty — never
 * invented. Bookmarks without a page are kept (no PDF range). Printed `pages` are not known.
 */
export function itemsFromOutline(outline: readonly OutlineNode[], pageCount?: number): AgendaItemWithPdf[] {
  const flat: Flat[] = [];
  flatten(outline, 0, undefined, flat);
  const numbers = flat.map((f) => splitNumber(f.node.title));
  // "(a) ..." under a numbered bookmark is that item's sub-item: "4" + "a".
  flat.forEach((f, i) => {
    const n = numbers[i];
    const parentNumber = f.parentIndex === undefined ? undefined : numbers[f.parentIndex]?.number;
    if (n?.sub !== undefined) numbers[i] = parentNumber ? { number: `${parentNumber}${n.sub}`, title: n.title } : { number: '', title: normaliseLine(f.node.title) };
  });
  return flat.map((f, i) => {
    const { number, title } = numbers[i] ?? { number: '', title: f.node.title };
    const item: AgendaItemWithPdf = { number, title, exempt: EXEMPT_TITLE.test(title) && !EXCLUSION_TITLE.test(title) };
    if (f.parentIndex !== undefined) {
      const parentNumber = numbers[f.parentIndex]?.number;
      if (parentNumber) item.parent = parentNumber;
    }
    const start = f.node.pdfPage;
    if (start !== undefined && Number.isInteger(start) && start >= 1) {
      item.pdfFrom = start;
      let end: number | undefined = pageCount;
      for (let k = i + 1; k < flat.length; k++) {
        const next = flat[k];
        const nextStart = next?.node.pdfPage;
        if (next && next.depth <= f.depth && nextStart !== undefined) {
          end = Math.max(start, nextStart - 1);
          break;
        }
      }
      if (end !== undefined) item.pdfTo = Math.max(start, end);
    }
    return item;
  });
}
