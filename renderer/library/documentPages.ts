// The text of a document's pages with their printed numbers, for showing an agenda item's
// papers beside the questions and for reading a scoping report.
import { useLiveQuery } from 'dexie-react-hooks';
import { pageLines } from '../meetings/pageTextsData';
import { structureOf } from '../meetings/structuresData';
import { getDocument } from './libraryData';

export interface DocumentPage {
  pdfPage: number;
  printed: string | null;
  lines: string[];
}

/** Lines of the given PDF pages of a document. */
export async function pagesOf(documentId: string, from: number, to: number): Promise<DocumentPage[]> {
  const document = await getDocument(documentId);
  if (!document) return [];
  const [structure, pages] = await Promise.all([structureOf(document.hash), pageLines(document.hash, from, to)]);
  return pages.map(({ page, lines }) => ({ pdfPage: page, printed: structure?.pageLabels[page - 1] ?? null, lines }));
}

export function usePagesOf(documentId: string | null | undefined, from: number, to: number): DocumentPage[] | undefined {
  return useLiveQuery(async () => (documentId ? pagesOf(documentId, from, to) : []), [documentId, from, to]);
}
