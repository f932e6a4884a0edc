// One text for a whole document, built from its pages' lines, with the index between global character offsets and (page, offset in page).

/**
 * The convention, which quote offsets (QuoteSelector.start/end) depend on:
 *
 * - A page's text is its lines joined with LINE_SEPARATOR ('\n'), lines exactly as given
 *   (textLines in shared/pdf/textLines.ts, stored as PageText.lines), nothing trimmed,
 *   no trailing newline. A page without text is ''.
 * - The document text is the pages' texts in PDF page order joined with PAGE_SEPARATOR
 *   ('\n\f\n'), none before the first page or after the last.
 * - Offsets are UTF-16 code unit indexes into the document text (JavaScript string
 *   indexes), ranges half-open [start, end). An offset in a page is relative to that
 *   page's first character; the separator belongs to no page.
 *
 * The form feed makes page breaks visible in the text, and whitespace normalisation
 * (normalise.ts) reduces the whole separator to one space, so a quote or its context that
 * runs over a page break still matches when the break falls elsewhere in a new version.
 */
export const LINE_SEPARATOR = '\n';
export const PAGE_SEPARATOR = '\n\f\n';

export interface DocumentText {
  readonly text: string;
  /** pageStarts[i]: offset of the first character of PDF page i + 1. */
  readonly pageStarts: readonly number[];
  /** pageEnds[i]: offset just past its last character (where the separator starts). */
  readonly pageEnds: readonly number[];
}

/** A position on one page: 1-based PDF page and an offset into that page's text. */
export interface PagePosition {
  page: number;
  offset: number;
}

/** Builds the document text from pages of lines (element 0 is PDF page 1). */
export function buildDocumentText(pages: readonly (readonly string[])[]): DocumentText {
  const pageStarts: number[] = [];
  const pageEnds: number[] = [];
  const texts: string[] = [];
  let at = 0;
  for (const lines of pages) {
    const text = lines.join(LINE_SEPARATOR);
    pageStarts.push(at);
    pageEnds.push(at + text.length);
    texts.push(text);
    at += text.length + PAGE_SEPARATOR.length;
  }
  return { text: texts.join(PAGE_SEPARATOR), pageStarts, pageEnds };
}

/**
 * Builds the document text from stored page rows (PageText in the database), which may
 * be missing for pages that had no text: those pages count as empty.
 */
export function documentTextFromRows(rows: readonly { page: number; lines: readonly string[] }[], pageCount: number): DocumentText {
  const pages: (readonly string[])[] = Array.from({ length: pageCount }, () => []);
  for (const row of rows) if (row.page >= 1 && row.page <= pageCount) pages[row.page - 1] = row.lines;
  return buildDocumentText(pages);
}

export const pageCount = (doc: DocumentText): number => doc.pageStarts.length;

function checkPage(doc: DocumentText, page: number): void {
  if (!Number.isInteger(page) || page < 1 || page > pageCount(doc)) {
    throw new RangeError(`Page ${page} is not in this document (it has ${pageCount(doc)} pages).`);
  }
}

/** [start, end) of a page's text in the document text. */
export function pageRange(doc: DocumentText, page: number): { start: number; end: number } {
  checkPage(doc, page);
  return { start: doc.pageStarts[page - 1]!, end: doc.pageEnds[page - 1]! };
}

export function pageText(doc: DocumentText, page: number): string {
  const { start, end } = pageRange(doc, page);
  return doc.text.slice(start, end);
}

/** (page, offset in page) → global offset. The offset may equal the page's length (its end). */
export function toGlobalOffset(doc: DocumentText, page: number, offsetInPage: number): number {
  const { start, end } = pageRange(doc, page);
  if (!Number.isInteger(offsetInPage) || offsetInPage < 0 || start + offsetInPage > end) {
    throw new RangeError(`Offset ${offsetInPage} is outside page ${page} (${end - start} characters).`);
  }
  return start + offsetInPage;
}

/**
 * Global offset → (page, offset in page). An offset inside a page separator belongs to
 * the end of the page before it, so the end of a range that stops at a page break stays
 * on its page. Offsets outside the text are clamped to it.
 */
export function toPagePosition(doc: DocumentText, offset: number): PagePosition {
  const n = pageCount(doc);
  if (n === 0) return { page: 1, offset: 0 };
  // The last page whose start is at or before the offset.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const start = doc.pageStarts[lo]!;
  const end = doc.pageEnds[lo]!;
  return { page: lo + 1, offset: Math.max(0, Math.min(offset, end) - start) };
}

/** The page a global range is on: the page of its first non-whitespace character. */
export function pageOfRange(doc: DocumentText, start: number, end: number): number {
  let at = start;
  while (at < end && /\s/.test(doc.text[at]!)) at++;
  return toPagePosition(doc, at < end ? at : start).page;
}
