// How text becomes search terms, the same for the index and the query: case and accents
// folded, English word endings stemmed ("recommendations" and "recommend" meet), and the
// commonest words left out (they would only grow the index).
import { stemmer } from 'stemmer';

/** Lower case without accents: "Café" and "cafe" are one word. */
export function fold(text: string): string {
  // Most council text is plain ASCII, which has no accents to take off.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const NOT_ASCII = /\P{ASCII}/u;

/** Splits text into words; hyphens and apostrophes split too ("Multi-Agency" is two words). */
export const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have he her his i if in into is it its of on or our she so than that the their them then there these they this to was we were which will with you your'.split(' '),
);

/**
 * Terms already worked out, by word as written: a library repeats the same few tens of
 * thousands of words, and stemming each occurrence afresh was most of the indexing time.
 */
const known = new Map<string, string | null>();
const KNOWN_MAX = 200_000;

/** The index term of one word, or null for a word too common to index. */
export function termOf(word: string): string | null {
  const found = known.get(word);
  if (found !== undefined) return found;
  if (known.size >= KNOWN_MAX) known.clear();
  const term = computeTerm(word);
  known.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const folded = fold(word);
  if (!folded || STOP_WORDS.has(folded)) return null;
  // Numbers and codes are kept as written; the stemmer is for English words.
  return /\p{L}{3,}/u.test(folded) && !/\p{N}/u.test(folded) ? stemmer(folded) : folded;
}

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  return text.split(WORD_SPLIT).filter(Boolean);
}

/** The index terms of a text, in order. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of wordsOf(text)) {
    const term = termOf(word);
    if (term) terms.push(term);
  }
  return terms;
}

/** A phrase as folded words with single spaces, for finding it in folded text. */
export function phraseKey(text: string): string {
  return wordsOf(fold(text)).join(' ');
}

/**
 * A text as phrases are looked for in it: folded words between single spaces, with a space
 * at each end so a phrase is found only as whole words. Worked out once per text.
 */
export function phraseText(text: string): string {
  return ` ${phraseKey(text)} `;
}

/** Whether a text (as phraseText gives it) holds a phrase (folded words) word for word. */
export function holdsPhrase(searchable: string, phrase: string): boolean {
  const key = phraseKey(phrase);
  return key !== '' && searchable.includes(` ${key} `);
}

/** Whether a text holds a phrase word for word (case, accents and punctuation between words ignored). */
export function containsPhrase(text: string, phrase: string): boolean {
  return holdsPhrase(phraseText(text), phrase);
}
