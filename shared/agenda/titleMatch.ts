// Compares titles across documents: a report's "Subject:" line, an agenda item, a bookmark, a file name.

import { DECISION_REFERENCE } from './itemNumbers';

const FILLER = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'on', 'in', 'report', 'final', 'draft', 'v', 'version', 'pdf', 'docx']);

/** Lower case, without item numbers, decision references, punctuation, dates in file names or filler words. */
export function normaliseTitle(title: string): string[] {
  let t = title
    .replace(/\.pdf$/i, '')
    .replace(/^\s*(?:agenda\s+)?(?:item\s+)?\d{1,3}[a-z]?[.):]?\s+/i, '')
    // "Appendix A - Treasury Strategy": the appendix's subject is what matches an item.
    .replace(/^(?:appendix|annex|enclosure)\s+[a-z0-9]{1,3}\b\s*[-–—:.]?\s*/i, '')
    .trim();
  t = t.replace(DECISION_REFERENCE, '');
  return t
    .toLowerCase()
    .replace(/[‘’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !FILLER.has(w) && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(w));
}

/**
 * How well two titles agree, 0 to 1: the share of the shorter title's words found in the longer,
 * counted only when the shorter has at least two words. "English Devolution White Paper" and
 * "Devolution White Paper - County Council Report - FINAL" agree at 1.
 */
export function matchTitle(a: string, b: string): number {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2) return 0;
  const words = new Set(long);
  return short.filter((w) => words.has(w)).length / short.length;
}
