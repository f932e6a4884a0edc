// What the Page field says and whether a typed page can be gone to yet: a printed number waits
// for the printed numbers, "PDF 41" only for the document to be open. Pure, for PageField.tsx.
import type { PageNumbers } from './pageNumbers';

/** "PDF 41", "PDF page 41": a PDF page, which needs no printed numbers. */
const EXPLICIT_PDF = /^(?:page\s+)?pdf\s*(?:page\s*)?\d+$/i;

/** Whether `typed` can be resolved now (`pageCount` 0: the document is still opening), or what it waits for. */
export function pageRequest(typed: string, pageCount: number, numbersKnown: boolean): { ready: true } | { ready: false; waitingFor: string } {
  const explicit = EXPLICIT_PDF.test(typed.trim());
  if (pageCount > 0 && (numbersKnown || explicit)) return { ready: true };
  return { ready: false, waitingFor: explicit ? `Going to ${typed} once the document is open` : `Going to page ${typed} once the printed page numbers are read` };
}

/** The text beside the field: what it waits for, or where the reader is. */
export function pagePosition(page: number, pageCount: number, numbers: PageNumbers, waitingFor: string | null): string {
  if (waitingFor !== null) return `${waitingFor}…`;
  // Not "1 of 0" while the document opens: it has no pages to count yet.
  if (pageCount === 0) return 'Opening…';
  if (!numbers.known) return `${page} of ${pageCount} (PDF numbers until the printed page numbers are read)`;
  if (!numbers.printed) return `of ${pageCount}`;
  const label = numbers.labelOf(page);
  return `${label ? `Page ${label}${numbers.inferred(page) ? ' (inferred: not stamped)' : ''} · ` : 'No printed number · '}PDF page ${page} of ${pageCount}`;
}
