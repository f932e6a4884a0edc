// A passage link for text on a PDF page of a document: its title, the printed page number
// and the agenda item that page belongs to.
import { currentItemAt } from '../../shared/agenda';
import type { PassageLink } from '../../shared/questions/types';
import { getDocument } from '../library/libraryData';
import { structureOf } from '../meetings/structuresData';

export async function resolvePassage(input: { documentId: string; pdfPage: number; quote: string; annotationId?: string }): Promise<PassageLink> {
  const document = await getDocument(input.documentId);
  if (!document) throw new Error('That document is no longer in the library.');
  const structure = await structureOf(document.hash);
  const printed = structure?.pageLabels[input.pdfPage - 1] ?? undefined;
  const item = structure ? currentItemAt(structure.items, input.pdfPage) : undefined;
  return {
    documentId: document.id,
    documentTitle: document.title,
    pdfPage: input.pdfPage,
    ...(printed ? { printedPage: printed } : {}),
    ...(item ? { itemNumber: item.number, itemTitle: item.title } : {}),
    quote: input.quote.replace(/\s+/g, ' ').trim(),
    ...(input.annotationId ? { annotationId: input.annotationId } : {}),
  };
}
