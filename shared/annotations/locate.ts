// Finds the text of a selection made in the viewer within a page's stored text, to make its quote.

import { pageRange, type DocumentText } from './documentText';
import { normalise } from './normalise';

/**
 * The global range of `selected` (e.g. window.getSelection().toString() over pdf.js's text
 * layer) in the text of `page`. Spacing is ignored altogether, because the text layer and
 * the stored lines put spaces and line breaks in different places. When the text occurs
 * more than once on the page, the occurrence starting nearest `nearOffsetInPage` wins
 * (the first one without it). Null when it is not on the page.
 */
export function findOnPage(doc: DocumentText, page: number, selected: string, nearOffsetInPage?: number): { start: number; end: number } | null {
  const needle = normalise(selected, true).text;
  if (!needle) return null;
  const { start: pageStart, end: pageEnd } = pageRange(doc, page);
  const hay = normalise(doc.text.slice(pageStart, pageEnd), true);
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
    const start = hay.map[at]!;
    const end = hay.map[at + needle.length - 1]! + 1;
    const distance = nearOffsetInPage === undefined ? 0 : Math.abs(start - nearOffsetInPage);
    if (distance < bestDistance) {
      best = { start: pageStart + start, end: pageStart + end };
      bestDistance = distance;
      if (nearOffsetInPage === undefined) break;
    }
  }
  return best;
}
