// Turns a document's page texts into the structure the app stores: kind, meeting
// details, agenda items located in the PDF, and printed page labels.
import { attachPdfPages, choosePageNumbering, itemsFromOutline, mapPrintedPages, parseFrontSheet, type DocumentPages, type OutlineNode } from '../../shared/agenda';
import type { DocumentStructure } from '../db/types';

export type AnalysedStructure = Omit<DocumentStructure, 'hash' | 'extractedAt' | 'durationMs'>;

interface Extras {
  pdfLabels?: readonly (string | null)[] | null;
  outline?: OutlineNode[];
}

export function analyseDocument(pages: DocumentPages, { pdfLabels, outline = [] }: Extras = {}): AnalysedStructure {
  const stamps = mapPrintedPages(pages);
  const numbering = choosePageNumbering(stamps, pdfLabels);
  const front = parseFrontSheet(pages, stamps);
  const frontItems = attachPdfPages(front.items, numbering, front.frontSheetPages);
  const useOutline = frontItems.length === 0 && outline.length > 0;
  const items = useOutline ? itemsFromOutline(outline, pages.length).filter((item) => item.title) : frontItems;
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
