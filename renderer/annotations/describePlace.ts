// Where an annotation is, in the words of the meeting: "Item 4 · Page 12".
import { currentItemAt } from '../../shared/agenda';
import type { DocumentStructure } from '../db/types';
import type { PageNumbers } from '../reader/pageNumbers';

export interface Place {
  item?: { number: string; title: string };
  /** "Page 12" for a printed number, else "PDF page 3". */
  page: string;
  /** "Item 4 · Page 12". */
  label: string;
}

export function placeOf(pdfPage: number, structure: DocumentStructure | undefined, numbers: PageNumbers): Place {
  const found = structure ? currentItemAt(structure.items, pdfPage) : undefined;
  const printed = numbers.printed ? numbers.labelOf(pdfPage) : undefined;
  const page = printed ? `Page ${printed}` : `PDF page ${pdfPage}`;
  const item = found ? { number: found.number, title: found.title } : undefined;
  const itemLabel = item ? (item.number ? `Item ${item.number}` : item.title) : undefined;
  return { ...(item ? { item } : {}), page, label: itemLabel ? `${itemLabel} · ${page}` : page };
}
