// Text folded for matching (whitespace runs to one space, curly quotes and dashes to plain ones), with a map back to the original offsets.

/**
 * Text as compared when re-anchoring. Line breaks move when a paragraph is edited and
 * page breaks move when pages are added, and revised reports often swap typographic
 * quotes and dashes: none of that should stop a quote from matching exactly.
 */
export interface NormalisedText {
  text: string;
  /**
   * map[i] is the offset in the original of normalised character i (for a collapsed
   * whitespace run, its first character); map[text.length] is the original's length.
   */
  map: Int32Array;
}

// One-for-one substitutions, so the offset map stays simple.
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ',
};

const isSpace = (c: string) => /\s/.test(c);

/**
 * The normalised text. With `dropWhitespace`, whitespace is removed altogether, for
 * comparing text whose spacing comes from different extractions (a browser selection in
 * pdf.js's text layer against the stored lines).
 */
export function normalise(source: string, dropWhitespace = false): NormalisedText {
  const out: string[] = [];
  const map = new Int32Array(source.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < source.length; i++) {
    const c = FOLD[source[i]!] ?? source[i]!;
    if (isSpace(c)) {
      if (inSpace || dropWhitespace) continue;
      inSpace = true;
      out.push(' ');
    } else {
      inSpace = false;
      out.push(c);
    }
    map[n++] = i;
  }
  map[n] = source.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/** The normalised form of a short string (a quote, prefix or suffix), without the map. */
export const normaliseString = (source: string): string => normalise(source).text;

/** The normalised offset of an original offset: the first normalised character at or after it. */
export function toNormalisedOffset(norm: NormalisedText, original: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original range a normalised range [start, end) covers, ending at the last character it covers. */
export function toOriginalRange(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.map[start]!;
    return { start: at, end: at };
  }
  return { start: norm.map[start]!, end: norm.map[end - 1]! + 1 };
}
