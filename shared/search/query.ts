// What the user typed, read as a search: "exact phrases" in quotes, other words in any order,
// the last word a prefix while it is being typed, one typo allowed in longer words.
import { fold, termOf, wordsOf } from './terms';

export interface ParsedQuery {
  /** Words outside quotes, as typed (folded). */
  words: string[];
  /** Quoted phrases, folded. */
  phrases: string[];
  /** The last word is still being typed: match it as a prefix. */
  prefixLast: boolean;
}

export function parseQuery(input: string): ParsedQuery {
  const phrases: string[] = [];
  // An unclosed quote is a phrase still being typed: read it as a phrase anyway.
  const rest = fold(input).replace(/"([^"]*)("|$)/g, (_, phrase: string) => {
    if (phrase.trim()) phrases.push(wordsOf(phrase).join(' '));
    return ' ';
  });
  const words = wordsOf(rest).filter((word) => termOf(word) !== null);
  const prefixLast = words.length > 0 && !/[\s"]$/.test(input) && !/"[^"]*$/.test(input) && /[\p{L}\p{N}]$/u.test(input);
  return { words, phrases, prefixLast };
}

/** Whether a query asks for anything at all. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.every((phrase) => phrase.split(' ').every((word) => termOf(word) === null));
}

/** One typo in words of five letters or more; shorter words must match exactly. */
export const typosAllowed = (term: string): number => (term.length >= 5 ? 1 : 0);

/**
 * A word being typed is matched as the start of longer words from its third letter: "s" or
 * "co" would be the start of most words in the library, a slow and useless answer, so until
 * then it matches whole words only.
 */
export const MIN_PREFIX = 3;

/**
 * Shorter beginnings of a word being typed that may be the stem it is heading for: the index
 * holds stems ("recommend"), and "recommendat" is the start of no stem. English endings take
 * off at most four letters more than the stem keeps ("evaluation" is "evalu"), and stems
 * shorter than five letters would bring in unrelated short words.
 */
export function stemsOnTheWay(word: string): string[] {
  const stems: string[] = [];
  for (let length = Math.max(5, word.length - 4); length < word.length; length++) stems.push(word.slice(0, length));
  return stems;
}

/** Each word as the index should match it: exact for phrase words, else fuzzy and maybe prefix. */
export interface TermQuery {
  word: string;
  prefix: boolean;
  fuzzy: number;
}

export function termQueries(query: ParsedQuery): TermQuery[] {
  const free = query.words.map((word, index) => ({
    word,
    prefix: query.prefixLast && index === query.words.length - 1 && word.length >= MIN_PREFIX,
    fuzzy: typosAllowed(word),
  }));
  const exact = query.phrases.flatMap((phrase) => phrase.split(' ').filter((word) => termOf(word) !== null).map((word) => ({ word, prefix: false, fuzzy: 0 })));
  return [...free, ...exact];
}
