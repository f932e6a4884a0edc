// Turns a document's page texts into the structure the app stores: kind, meeting
// details, agenda items located in the PDF, and printed page labels.
import { agendaFromOutline, attachPdfPages, choosePageNumbering, mapPrintedPages, parseFrontSheet, type DocumentPages, type OutlineNode } from '../../shared/agenda';
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
  // A report's own bookmarks ("1. Background") are its sections, not an agenda.
  const outlineItems = frontItems.length === 0 && front.kind !== 'minutes' && !front.reportTitle ? agendaFromOutline(outline, pages.length) : [];
  const useOutline = outlineItems.length > 0;
  const items = useOutline ? outlineItems : frontItems;
  const inferredPages = numbering.source === 'stamps' ? stamps.sources.flatMap((source, index) => (source === 'gap' || source === 'end' ? [index + 1] : [])) : [];
  return {
    kind: front.kind,
    ...(front.role ? { role: front.role } : {}),
    ...(front.reportTitle ? { reportTitle: front.reportTitle } : {}),
    ...(front.reportReference ? { reportReference: front.reportReference } : {}),
    ...(front.documentDate ? { documentDate: front.documentDate } : {}),
    ...(inferredPages.length > 0 ? { inferredPages } : {}),
    bookmarks: flattenOutline(outline),
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

/** Every bookmark with its depth, for matching appendices published on their own to the pack that holds them. */
function flattenOutline(nodes: readonly OutlineNode[], depth = 0): { title: string; pdfPage?: number; depth: number }[] {
  return nodes.flatMap((node) => [{ title: node.title, ...(node.pdfPage ? { pdfPage: node.pdfPage } : {}), depth }, ...flattenOutline(node.children, depth + 1)]);
}
