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
    case 'sectioned':
      return { number: `${marker.section}${marker.major}`, title: marker.rest.replace(/^[-–—:]\s*/, '') };
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

/** A report's own section bookmarks: "1. Background", "9. Background Documents", "Recommendations". */
const REPORT_SECTION = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:background(?: documents| papers| information)?|introduction|purpose(?: of (?:the |this )?report)?|(?:executive )?summary|recommendations?|conclusions?|(?:financial|legal|equalit(?:y|ies)|policy|resource|staffing|risk|climate|environmental|data protection|human rights)[\w\s,&-]*implications|implications|options(?: considered)?|risks?(?: management)?|consultation|governance|next steps|contact (?:details|officers?)|report author|relevant director|glossary|annex(?:es)?\b.*|appendi(?:x|ces)\b.*)$/i;
const APPENDIX = /^(?:appendix|appendices|annex|enclosure)\b/i;

/**
 * The bookmarks that are agenda items: a report's section bookmarks are dropped, and an appendix
 * bookmark stays under its item (no number of its own) rather than becoming a second item.
 */
export function agendaFromOutline(outline: readonly OutlineNode[], pageCount?: number): AgendaItemWithPdf[] {
  const items = itemsFromOutline(outline, pageCount).filter((item) => item.title);
  const out: AgendaItemWithPdf[] = [];
  for (const item of items) {
    if (APPENDIX.test(item.title)) {
      const owner = [...out].reverse().find((it) => it.number && it.parent === undefined);
      if (!owner) continue;
      out.push({ ...item, number: '', parent: owner.number });
      continue;
    }
    if (REPORT_SECTION.test(item.title)) continue;
    out.push(item);
  }
  // Only bookmarks that a reader would take for agenda items: numbered ones, or several of them.
  return out.filter((it) => it.number || it.parent).length > 0 || out.length >= 3 ? out : [];
}
