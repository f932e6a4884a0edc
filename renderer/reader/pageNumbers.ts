// Printed page numbers ("Page 39" stamped on the paper) and PDF page numbers, both ways.
import type { DocumentStructure } from '../db/types';

export interface PageNumbers {
  /** False until the document's structure has been read: whether pages are stamped is not known yet. */
  known: boolean;
  /** Whether labels come from the printed stamps or the PDF, or are just PDF page numbers. */
  printed: boolean;
  labelOf(pdfPage: number): string | undefined;
  /** The page's printed number was inferred (between two stamps, or a blank page ending a run), not read. */
  inferred(pdfPage: number): boolean;
  /** The PDF page a typed page number means: printed label first, then "PDF 41" or a plain PDF page number. */
  resolve(input: string, pageCount: number): number | undefined;
}

export function pageNumbers(structure: DocumentStructure | undefined): PageNumbers {
  const labels = structure && structure.numbering !== 'pdfPages' ? structure.pageLabels : [];
  const printed = labels.some((label) => label !== null);
  const firstPdfPage = new Map<string, number>();
  labels.forEach((label, index) => {
    if (label !== null && !firstPdfPage.has(label.toLowerCase())) firstPdfPage.set(label.toLowerCase(), index + 1);
  });
  const inferred = new Set(printed ? (structure?.inferredPages ?? []) : []);
  return {
    known: structure !== undefined,
    printed,
    inferred: (pdfPage) => inferred.has(pdfPage),
    labelOf: (pdfPage) => (printed ? (labels[pdfPage - 1] ?? undefined) : String(pdfPage)),
    resolve(input, pageCount) {
      const text = input.trim().replace(/^page\s+/i, '');
      const explicitPdf = /^pdf\s*(?:page\s*)?(\d+)$/i.exec(text);
      const wanted = explicitPdf ? Number(explicitPdf[1]) : undefined;
      if (wanted !== undefined) return wanted >= 1 && wanted <= pageCount ? wanted : undefined;
      const fromLabel = firstPdfPage.get(text.toLowerCase());
      if (fromLabel) return fromLabel;
      if (printed) return undefined;
      const number = /^\d+$/.test(text) ? Number(text) : NaN;
      return number >= 1 && number <= pageCount ? number : undefined;
    },
  };
}
