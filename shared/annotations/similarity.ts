// How well the text around a candidate match agrees with a quote's prefix and suffix (edit distance on short strings).

/**
 * Fewest single-character edits that turn `pattern` into some prefix of `text` (what
 * follows that prefix in `text` is free). Anchoring only one end lets an insertion or
 * deletion next to the match shift the context without counting twice.
 */
export function editsToPrefix(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  // One row of the dynamic-programming table at a time: row[j] = edits turning the
  // pattern so far into text[0, j).
  let row = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next.push(Math.min(row[j - 1]! + cost, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return Math.min(...row);
}

const reverse = (s: string) => [...s].reverse().join('');

/**
 * 0..1: how closely the text just after a match (`following`) begins with the expected
 * suffix. An empty expectation (the quote ended the document) agrees only with an empty
 * text, and is otherwise neutral evidence (0.5).
 */
export function suffixSimilarity(expected: string, following: string): number {
  if (expected.length === 0) return following.trim().length === 0 ? 1 : 0.5;
  return 1 - Math.min(1, editsToPrefix(expected, following) / expected.length);
}

/** 0..1: how closely the text just before a match (`preceding`) ends with the expected prefix. */
export function prefixSimilarity(expected: string, preceding: string): number {
  if (expected.length === 0) return preceding.trim().length === 0 ? 1 : 0.5;
  return 1 - Math.min(1, editsToPrefix(reverse(expected), reverse(preceding)) / expected.length);
}
