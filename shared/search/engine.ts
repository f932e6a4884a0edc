// The search engine (MiniSearch, chosen by measuring: BENCHMARKS.md) set up the one way the
// app and the benchmark use it: one searchable text field, our terms, AND between words.
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { containsPhrase, termOf, wordsOf } from './terms';
import { stemsOnTheWay, termQueries, type ParsedQuery } from './query';

/** One searchable unit: a page of a document, a note, a question, an annotation... */
export interface IndexEntry {
  /** "page:<documentId>:<page>", "note:<id>"... */
  id: string;
  /** The source it belongs to ("doc:<id>", "note:<id>"), for removing and filtering. */
  source: string;
  text: string;
}

export type SearchIndex = MiniSearch<IndexEntry>;

export const INDEX_OPTIONS = {
  fields: ['text'],
  storeFields: ['source'],
  tokenize: (text: string) => wordsOf(text),
  processTerm: (word: string) => termOf(word),
  // Vacuuming after removals happens in the background: a removal never blocks a query.
  autoVacuum: { minDirtCount: 50, minDirtFactor: 0.05, batchSize: 2000, batchWait: 5 },
};

export function createIndex(): SearchIndex {
  return new MiniSearch<IndexEntry>(INDEX_OPTIONS);
}

export function loadIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON<IndexEntry>(json, INDEX_OPTIONS);
}

/** An index from the object its toJSON() gave (already parsed, as part of a larger JSON). */
export function loadIndexObject(js: unknown): SearchIndex {
  return MiniSearch.loadJS<IndexEntry>(js as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
}

/** MiniSearch's query for a parsed query: every word must match (in any order). */
export function indexQuery(query: ParsedQuery): Query | null {
  const terms = termQueries(query);
  if (terms.length === 0) return null;
  return {
    combineWith: 'AND',
    queries: terms.map((term): Query => {
      const typed: Query = { queries: [term.word], prefix: term.prefix, fuzzy: term.fuzzy, maxFuzzy: 1, combineWith: 'OR' };
      const stems = term.prefix ? stemsOnTheWay(term.word) : [];
      // While a word is typed, the stem it is heading for matches too, so results do not vanish mid-word.
      return stems.length ? { combineWith: 'OR', queries: [typed, { queries: stems, prefix: false, fuzzy: false, combineWith: 'OR' }] } : typed;
    }),
  };
}

export type Hit = SearchResult & { source: string };

/**
 * Runs a query; phrases are checked word for word against the text (`textOf` gives it),
 * since the index knows words, not their order.
 */
export function runQuery(index: SearchIndex, query: ParsedQuery, filter?: (hit: Hit) => boolean, textOf?: (id: string) => string | undefined): Hit[] {
  const expression = indexQuery(query);
  if (!expression) return [];
  const hits = index.search(expression, { filter: filter ? (result) => filter(result as Hit) : undefined }) as Hit[];
  if (query.phrases.length === 0 || !textOf) return hits;
  return hits.filter((hit) => {
    const text = textOf(String(hit.id));
    return text !== undefined && query.phrases.every((phrase) => containsPhrase(text, phrase));
  });
}

/** Whether a text holds every quoted phrase of a query. */
export function hasPhrases(text: string, query: ParsedQuery): boolean {
  return query.phrases.every((phrase) => containsPhrase(text, phrase));
}
