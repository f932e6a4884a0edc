// How a page of a version is named in the revision views: its printed number when it has one.
import type { DocumentStructure } from '../db/types';

export function pageName(structure: DocumentStructure | undefined, pdfPage: number): string {
  const printed = structure?.pageLabels[pdfPage - 1];
  return printed ? `page ${printed}` : `PDF page ${pdfPage}`;
}

export function pagesName(structure: DocumentStructure | undefined, first: number, last: number): string {
  if (first === last) return pageName(structure, first);
  const a = structure?.pageLabels[first - 1];
  const b = structure?.pageLabels[last - 1];
  return a && b ? `pages ${a} to ${b}` : `PDF pages ${first} to ${last}`;
}
