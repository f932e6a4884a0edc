// One query's answer, the same in the app's worker and in the benchmark: the index's hits
// that pass the filters, quoted phrases checked word for word against text held in memory,
// then snippets and the words to highlight for the first `limit` hits only (building them
// costs far more per hit than finding it).
import { indexQuery, type Hit, type SearchIndex } from './engine';
import type { ParsedQuery } from './query';
import { isPlain, matchedWords, snippetOf, type SnippetPart } from './snippet';
import { holdsPhrase, phraseText, termOf } from './terms';

/** An entry's text as written (for snippets) and as phrases are looked for in it. */
export interface EntryText {
  text: string;
  searchable: string;
  /** Only ASCII letters and digits in its words: snippets can use the quick regexes. */
  plain: boolean;
}

export function entryText(text: string): EntryText {
  return { text, searchable: phraseText(text), plain: isPlain(text) };
}

export interface ShownHit {
  hit: Hit;
  snippet: SnippetPart[];
  /** Phrases and the page's matched words as written: what the reader highlights. */
  highlight: string[];
}

export interface Answer {
  total: number;
  shown: ShownHit[];
}

/** The index's hits for a query, best first, before phrases are checked. */
export function candidatesOf(index: SearchIndex, query: ParsedQuery, accept?: (hit: Hit) => boolean): Hit[] {
  const expression = indexQuery(query);
  if (!expression) return [];
  return index.search(expression, { filter: accept ? (result) => accept(result as Hit) : undefined }) as Hit[];
}

/** The entries whose text an answer needs: every candidate's for phrases, else the first `limit`. */
export function neededFor(candidates: Hit[], query: ParsedQuery, limit: number): Hit[] {
  return query.phrases.length > 0 ? candidates : candidates.slice(0, limit);
}

/** Checks phrases and builds the shown hits; an entry whose text is unknown is left out. */
export function answerFrom(candidates: Hit[], query: ParsedQuery, textOf: (id: string) => EntryText | undefined, limit: number): Answer {
  const phraseTerms = new Set(query.phrases.flatMap((phrase) => phrase.split(' ').map((word) => termOf(word) ?? '')));
  const shown: ShownHit[] = [];
  const phrases = query.phrases.length > 0;
  let withPhrases = 0;
  for (const hit of candidates) {
    // Without phrases every candidate counts, so the rest need not be looked at.
    if (!phrases && shown.length >= limit) break;
    const text = textOf(String(hit.id));
    if (phrases) {
      if (!text || !query.phrases.every((phrase) => holdsPhrase(text.searchable, phrase))) continue;
      withPhrases++;
    }
    if (shown.length >= limit || !text) continue;
    const freeTerms = new Set(hit.terms.filter((term) => !phraseTerms.has(term)));
    shown.push({
      hit,
      snippet: snippetOf(text.text, new Set(hit.terms), query.phrases, 12, text.plain),
      highlight: [...query.phrases, ...matchedWords(text.text, freeTerms, text.plain)],
    });
  }
  return { total: phrases ? withPhrases : candidates.length, shown };
}
