// Gives an annotation made before its document's text was stored (a pack still being read)
// the quote it would have had, once the text is known, so it can follow a revised version.
import type { DocumentText } from './documentText';
import { findOnPage } from './locate';
import { makeQuote } from './quote';
import type { Annotation } from './types';

/**
 * The annotation anchored by its selected words in `doc`: a quote for text markup, the text
 * it sits beside for a note. Unchanged when it has nothing waiting; null when the words are
 * not on its page (it keeps waiting, and a revision sends it to review as before).
 */
export function quoteWaiting(annotation: Annotation, doc: DocumentText): Annotation | null {
  const waiting = annotation.unquoted;
  if (!waiting) return annotation;
  const found = findOnPage(doc, annotation.page, waiting.text);
  if (!found) return null;
  const quote = makeQuote(doc, found.start, found.end);
  const { unquoted: _done, ...rest } = annotation;
  if (annotation.kind === 'note') return waiting.offset ? { ...rest, nearText: { quote, offset: waiting.offset } } : rest;
  return { ...rest, quote };
}
