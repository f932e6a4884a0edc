// Turns a document's page texts into the structure the app stores: kind, meeting
// details, agenda items located in the PDF, and printed page labels.
import { parseFrontSheet } from '../../shared/agenda/frontSheet';
import { choosePageNumbering, mapPrintedPages } from '../../shared/agenda/printedPages';
import type { AgendaItem, DocumentPages, OutlineNode, PageNumbering } from '../../shared/agenda/types';
import type { AgendaEntry, DocumentStructure } from '../db/types';

export type AnalysedStructure = Omit<DocumentStructure, 'hash' | 'extractedAt' | 'durationMs'>;

interface Extras {
  pdfLabels?: readonly (string | null)[] | null;
  outline?: OutlineNode[];
}

function locate(items: AgendaItem[], numbering: PageNumbering, pageCount: number): AgendaEntry[] {
  let searchFrom = 1;
  return items.map((item) => {
    const entry: AgendaEntry = {
      number: item.number,
      title: item.title,
      exempt: item.exempt,
      ...(item.reportOf ? { reportOf: item.reportOf } : {}),
      ...(item.parent ? { parent: item.parent } : {}),
      ...(item.supplement ? { supplement: true } : {}),
    };
    if (!item.pages) return entry;
    entry.printedFrom = item.pages.from;
    entry.printedTo = item.pages.to;
    // Items come in page order, so a restarted numbering (a supplement) is found after
    // the previous item rather than at its first occurrence.
    const from = numbering.printedToPdf(String(item.pages.from), searchFrom) ?? numbering.printedToPdf(String(item.pages.from));
    if (from !== undefined) {
      entry.pdfFrom = from;
      const to = numbering.printedToPdf(String(item.pages.to), from);
      entry.pdfTo = to !== undefined && to >= from ? to : Math.min(pageCount, from + (item.pages.to - item.pages.from));
      searchFrom = from;
    }
    return entry;
  });
}

function outlineEntries(outline: OutlineNode[], pageCount: number): AgendaEntry[] {
  const flat: AgendaEntry[] = [];
  const walk = (nodes: readonly OutlineNode[], parent?: string) => {
    for (const node of nodes) {
      const number = String(flat.length + 1);
      flat.push({ number: '', title: node.title.trim(), exempt: false, ...(node.pdfPage ? { pdfFrom: node.pdfPage } : {}), ...(parent ? { parent } : {}) });
      walk(node.children, number);
    }
  };
  walk(outline);
  // Each bookmark runs until the next one starts.
  const starts = flat.map((entry) => entry.pdfFrom);
  flat.forEach((entry, index) => {
    if (entry.pdfFrom === undefined) return;
    const next = starts.slice(index + 1).find((start) => start !== undefined && start > entry.pdfFrom!);
    entry.pdfTo = next !== undefined ? next - 1 : pageCount;
  });
  return flat.filter((entry) => entry.title);
}

export function analyseDocument(pages: DocumentPages, { pdfLabels, outline = [] }: Extras = {}): AnalysedStructure {
  const stamps = mapPrintedPages(pages);
  const numbering = choosePageNumbering(stamps, pdfLabels);
  const front = parseFrontSheet(pages, stamps);
  const frontItems = locate(front.items, numbering, pages.length);
  const useOutline = frontItems.length === 0 && outline.length > 0;
  const items = useOutline ? outlineEntries(outline, pages.length) : frontItems;
  return {
    kind: front.kind,
    ...(front.committee ? { committee: front.committee } : {}),
    ...(front.date ? { date: front.date } : {}),
    ...(front.time ? { time: front.time } : {}),
    ...(front.venue ? { venue: front.venue } : {}),
    items,
    pageLabels: numbering.labels.map((label) => label ?? null),
    numbering: numbering.source,
    agendaSource: items.length === 0 ? 'none' : useOutline ? 'outline' : 'front-sheet',
  };
}
