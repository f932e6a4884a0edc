// Makes the quote selector (exact text, ~32 characters either side, offsets) for a range of the document text.

import { pageRange, toGlobalOffset, type DocumentText } from './documentText';
import type { NearTextAnchor, PdfPoint, QuoteSelector } from './types';

/** Characters of context kept either side: Hypothesis's choice, enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/**
 * The quote of document text [start, end). Prefix and suffix are the exact neighbouring
 * characters, fewer at the ends of the document; they may run over page breaks, which is
 * harmless because matching compares them whitespace-normalised.
 */
export function makeQuote(doc: DocumentText, start: number, end: number, contextLength = CONTEXT_LENGTH): QuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > doc.text.length) {
    throw new RangeError(`[${start}, ${end}) is not a range of the document text (${doc.text.length} characters).`);
  }
  return {
    exact: doc.text.slice(start, end),
    prefix: doc.text.slice(Math.max(0, start - contextLength), start),
    suffix: doc.text.slice(end, end + contextLength),
    start,
    end,
  };
}

/** The quote of [startInPage, endInPage) of one page's text, as a selection on the page gives it. */
export function makeQuoteOnPage(doc: DocumentText, page: number, startInPage: number, endInPage: number): QuoteSelector {
  return makeQuote(doc, toGlobalOffset(doc, page, startInPage), toGlobalOffset(doc, page, endInPage));
}

/**
 * The anchor for a note, ink drawing or text box: the app picks the text nearest to it on
 * the page (a line, or a few words) and measures `offset` (see NearTextAnchor).
 */
export function makeNearTextAnchor(doc: DocumentText, page: number, startInPage: number, endInPage: number, offset: PdfPoint): NearTextAnchor {
  return { quote: makeQuoteOnPage(doc, page, startInPage, endInPage), offset };
}

/** Does the selector still describe the document text at its offsets? */
export function quoteMatchesAt(doc: DocumentText, quote: QuoteSelector): boolean {
  return quote.end <= doc.text.length && doc.text.slice(quote.start, quote.end) === quote.exact;
}

/** The whole text of a line of a page, as a default anchor for something placed beside it. */
export function lineRange(doc: DocumentText, page: number, lineIndex: number): { start: number; end: number } | null {
  const { start, end } = pageRange(doc, page);
  let at = start;
  for (let i = 0; i < lineIndex; i++) {
    const next = doc.text.indexOf('\n', at);
    if (next < 0 || next >= end) return null;
    at = next + 1;
  }
  const stop = doc.text.indexOf('\n', at);
  return { start: at, end: stop < 0 || stop > end ? end : stop };
}
