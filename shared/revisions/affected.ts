// Which of the user's annotations, questions and note quotes a change between versions touches: their quote overlaps the changed text on the changed pages.

import { normaliseString } from '../annotations/normalise';
import type { VersionChange } from './compare';

/** Something of the user's quoting a version: an annotation, a question's passage, a note's quote. */
export interface QuotingItem {
  key: string;
  /** Which version it is on: the earlier or the later of the two compared. */
  version: 'earlier' | 'later';
  page: number;
  quote: string;
}

/** Lines shorter than this are too common ("Recommendation") to say a quote contains the change. */
const MIN_LINE = 12;

const fold = (text: string) => normaliseString(text).trim().toLowerCase();

/** For each change (same order), the keys of the items it touches. */
export function affectedBy(changes: readonly VersionChange[], items: readonly QuotingItem[]): string[][] {
  const folded = items.map((item) => ({ ...item, quote: fold(item.quote) })).filter((item) => item.quote.length > 0);
  return changes.map((change) => {
    const lines = [...change.removed, ...change.added].map(fold);
    const text = lines.join(' ');
    return folded
      .filter((item) => {
        const span = item.version === 'earlier' ? change.before : change.after;
        if (item.page < span.first || item.page > span.last) return false;
        return text.includes(item.quote) || lines.some((line) => line.length >= MIN_LINE && item.quote.includes(line));
      })
      .map((item) => item.key);
  });
}
