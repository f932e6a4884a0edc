// Carries a quoted passage (a question's or a note's) to a revised version with the same matching as annotations: found again with its printed page and agenda item updated, or left where it was with "Needs review".

import { currentItemAt, type AgendaItemWithPdf } from '../agenda';
import { contextChanged } from '../annotations/carryOver';
import { pageCount, toPagePosition, type DocumentText } from '../annotations/documentText';
import { makeQuote } from '../annotations/quote';
import { reanchor } from '../annotations/reanchor';
import type { PassageLink } from '../questions/types';

/** The revised version as passages refer to it. */
export interface RevisedVersion {
  documentId: string;
  title: string;
  /** Printed page label per PDF page (index 0 is PDF page 1). */
  pageLabels: readonly (string | null)[];
  items: readonly AgendaItemWithPdf[];
}

export interface CarriedPassage {
  outcome: 'stayed' | 'moved' | 'needsReview';
  after: PassageLink;
}

/**
 * Passages keep only their quote (whitespace collapsed) and page, so the quote is first
 * found on the earlier version, nearest its page, to recover the text around it; then it is
 * re-anchored in the revised version exactly as an annotation's quote would be, and a match
 * whose surrounding text changed is not trusted either.
 */
export function carryPassage(passage: PassageLink, earlier: DocumentText, revised: DocumentText, target: RevisedVersion, now = Date.now()): CarriedPassage {
  const review = (reason: 'text-not-found' | 'context-changed'): CarriedPassage => ({
    outcome: 'needsReview',
    after: { ...passage, review: passage.review ?? { reason, revisedDocumentId: target.documentId, since: now } },
  });
  const bare = { exact: passage.quote, prefix: '', suffix: '', start: 0, end: 0 };
  const inEarlier = pageCount(earlier) > 0 ? reanchor(bare, passage.pdfPage, earlier) : null;
  const selector = inEarlier && inEarlier.status !== 'orphan' ? makeQuote(earlier, inEarlier.start, inEarlier.end) : bare;
  const oldOffsetInPage = inEarlier && inEarlier.status !== 'orphan' ? toPagePosition(earlier, inEarlier.start).offset : undefined;
  const match = reanchor(selector, passage.pdfPage, revised, oldOffsetInPage === undefined ? {} : { oldOffsetInPage });
  if (match.status === 'orphan') return review('text-not-found');
  // Without the earlier text there is no context to check; the quote alone placed it.
  if (selector !== bare && contextChanged(match) && !(match.page === passage.pdfPage && toPagePosition(revised, match.start).offset === oldOffsetInPage)) {
    return review('context-changed');
  }
  const printed = target.pageLabels[match.page - 1] ?? undefined;
  const item = currentItemAt(target.items, match.page);
  const after: PassageLink = {
    documentId: target.documentId,
    documentTitle: target.title,
    pdfPage: match.page,
    ...(printed ? { printedPage: printed } : {}),
    ...(item ? { itemNumber: item.number, itemTitle: item.title } : {}),
    // No annotationId: the annotation it came from belongs to the earlier version.
    quote: passage.quote,
  };
  const stayed = match.page === passage.pdfPage && after.printedPage === passage.printedPage;
  return { outcome: stayed ? 'stayed' : 'moved', after };
}
