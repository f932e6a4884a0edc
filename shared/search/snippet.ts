// A result's snippet: the words around the first match with the matched words marked, and
// the page's matched words as written (what the reader highlights). Built for up to a
// hundred hits on every keystroke, so only the words that could match are looked at.
import { fold, termOf } from './terms';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const TOKENS = /([\p{L}\p{N}]+)|([^\p{L}\p{N}]+)/gu;
const NON_ASCII = /\P{ASCII}/u;
/** A letter, mark or digit beyond ASCII: folding could change it, or it is part of a word the quick regexes do not see. */
const FOREIGN = /\P{ASCII}(?<=[\p{L}\p{M}\p{N}])/u;
const ALNUM = /[A-Za-z0-9]/;
const MAX_CACHED = 64;
const finders = new Map<string, RegExp>();
const phraseFinders = new Map<string, RegExp>();

/** Whether every word of a text is plain ASCII letters and digits (most council text is). */
export function isPlain(text: string): boolean {
  return !NON_ASCII.test(text) || !FOREIGN.test(text);
}

function cached(cache: Map<string, RegExp>, key: string, make: () => RegExp): RegExp {
  let found = cache.get(key);
  if (!found) {
    if (cache.size >= MAX_CACHED) cache.clear();
    found = make();
    cache.set(key, found);
  }
  return found;
}

/** Matches of a regex that start a word (checked here: a lookbehind at every position is slow). */
function* wordStarts(text: string, pattern: RegExp): Generator<RegExpExecArray, void, undefined> {
  for (const match of text.matchAll(pattern)) {
    if (match.index === 0 || !ALNUM.test(text[match.index - 1] ?? '')) yield match;
  }
}

/**
 * A regex for the words that could have one of `terms` as their term. English stemming only
 * changes a word's ending (the stem's last letter at most differs from the word: "policy" is
 * "polici"), so a word whose term is the stem starts with the stem less its last letter.
 */
function finderOf(terms: ReadonlySet<string>): RegExp {
  const starts = [...new Set([...terms].map((term) => (/\p{N}/u.test(term) || term.length < 3 ? term : term.slice(0, -1))))].sort();
  const key = starts.join('|');
  return cached(finders, key, () => new RegExp(`(?:${key})[A-Za-z0-9]*`, 'gi'));
}

/** Each word of a text whose term is one of `terms`, with where it starts, in order. */
function* matchesOf(text: string, terms: ReadonlySet<string>, plain = isPlain(text)): Generator<{ word: string; at: number }, void, undefined> {
  if (terms.size === 0) return;
  if (!plain) {
    // Accented or non-Latin letters: look at every word, as folding it gives.
    for (const match of text.matchAll(TOKENS)) {
      if (match[1] && terms.has(termOf(match[1]) ?? '')) yield { word: match[1], at: match.index };
    }
    return;
  }
  for (const match of wordStarts(text, finderOf(terms))) {
    if (terms.has(termOf(match[0]) ?? '')) yield { word: match[0], at: match.index };
  }
}

/** The distinct words of a text whose index term is one of `terms`, as written. */
export function matchedWords(text: string, terms: ReadonlySet<string>, plain = isPlain(text)): string[] {
  const found = new Set<string>();
  for (const { word } of matchesOf(text, terms, plain)) found.add(word);
  return [...found];
}

/** Where a phrase (folded words) first starts in a text, or -1. */
function phraseStart(text: string, phrase: string, plain: boolean): number {
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0) return -1;
  if (plain && words.every((word) => /^[a-z0-9]+$/.test(word))) {
    const pattern = cached(phraseFinders, phrase, () => new RegExp(`${words.join('[^A-Za-z0-9]+')}(?![A-Za-z0-9])`, 'gi'));
    return wordStarts(text, pattern).next().value?.index ?? -1;
  }
  const tokens = [...text.matchAll(TOKENS)].filter((match) => match[1]);
  for (let start = 0; start + words.length <= tokens.length; start++) {
    if (words.every((word, n) => fold(tokens[start + n]?.[0] ?? '') === word)) return tokens[start]?.index ?? -1;
  }
  return -1;
}

/** Characters either side of the match read for the snippet: far more than `radius` words need. */
const WINDOW = 200;

/**
 * About `radius` words either side of the first quoted phrase, else the first matched word;
 * matched words marked. `plain`: what isPlain(text) says, when the caller knows it already.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>, phrases: readonly string[] = [], radius = 12, plain = isPlain(text)): SnippetPart[] {
  const atPhrase = phrases.length ? phraseStart(text, phrases[0] ?? '', plain) : -1;
  const anchor = atPhrase >= 0 ? atPhrase : (matchesOf(text, terms, plain).next().value?.at ?? 0);
  const sliceFrom = Math.max(0, anchor - WINDOW);
  const sliceTo = Math.min(text.length, anchor + WINDOW);
  const tokens = [...text.slice(sliceFrom, sliceTo).matchAll(TOKENS)].map((match) => ({ text: match[0].replace(/\s+/g, ' '), word: Boolean(match[1]), end: sliceFrom + match.index + match[0].length }));
  // A word cut by the window's edge is not shown.
  if (sliceFrom > 0) tokens.shift();
  if (sliceTo < text.length) tokens.pop();
  const first = Math.max(0, tokens.findIndex((token) => token.end > anchor));
  const from = Math.max(0, first - radius * 2);
  const to = Math.min(tokens.length, first + radius * 2 + 1);
  const parts: SnippetPart[] = [];
  if (from > 0 || (sliceFrom > 0 && tokens.length > 0)) parts.push({ text: '…', mark: false });
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!token) continue;
    const mark = token.word && terms.has(termOf(token.text) ?? '');
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += token.text;
    else parts.push({ text: token.text, mark });
  }
  if (to < tokens.length || sliceTo < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
