// Finds a quote again in another version of a document: exact match first, then approximate, searching outward from its old page, refusing weak matches.

import search from 'approx-string-match';
import { pageCount, pageOfRange, type DocumentText } from './documentText';
import { normalise, normaliseString, toNormalisedOffset, toOriginalRange, type NormalisedText } from './normalise';
import { makeQuote } from './quote';
import { prefixSimilarity, suffixSimilarity } from './similarity';
import type { QuoteSelector } from './types';

export interface ReanchorOptions {
  /** Largest share of the quote's characters that may differ in an approximate match (default 0.2). */
  maxErrorRate?: number;
  /** Where on the old page the quote started, to choose between otherwise equal matches. */
  oldOffsetInPage?: number;
}

export type ReanchorMatch = {
  /** 'exact': the quote's text is unchanged (ignoring whitespace, curly quotes and dashes). */
  status: 'exact' | 'fuzzy';
  /** Range in the new document text, without leading or trailing whitespace. */
  start: number;
  end: number;
  /** 1-based PDF page in the new document (of the range's first character). */
  page: number;
  /** The quote selector for the new document. */
  quote: QuoteSelector;
  /** Characters that differ from the old quote (after normalisation). */
  errors: number;
  /** 0..1: how well the text either side agrees with the quote's prefix and suffix. */
  context: number;
};

export type ReanchorResult =
  | ReanchorMatch
  | {
      status: 'orphan';
      /** 'empty-quote': nothing to search for; 'not-found': no candidate at all; 'weak-match': candidates, none convincing. */
      reason: 'empty-quote' | 'not-found' | 'weak-match';
    };

const DEFAULT_MAX_ERROR_RATE = 0.2;
/** Below this many characters an approximate match is as likely to be a different phrase as an edited one. */
const MIN_FUZZY_LENGTH = 10;
/** Exact quotes this long are specific enough to trust with their context gone. */
const LONG_QUOTE = 32;
/** Too many exact occurrences (a quote like "the"): only the nearest are scored. */
const MAX_EXACT_CANDIDATES = 500;
/** Pages either side of the old page searched approximately, widening until something convincing is found. */
const FUZZY_WINDOWS = [1, 4, Infinity];

// Weights as in Hypothesis's anchoring: the quote counts most, then its context; distance
// from the old position only breaks near-ties.
const W_QUOTE = 50;
const W_CONTEXT = 20;
const W_PAGE = 0.25;
const W_IN_PAGE = 0.5;
const MAX_PAGE_PENALTY = 20;

interface Candidate {
  /** Normalised range. */
  start: number;
  end: number;
  errors: number;
  page: number;
  context: number;
  score: number;
}

// Normalising a 100-page document takes a few milliseconds; carryOver re-anchors
// hundreds of annotations against the same document text.
const normCache = new WeakMap<DocumentText, { norm: NormalisedText; pageStarts: number[] }>();

function normalisedDoc(doc: DocumentText) {
  let cached = normCache.get(doc);
  if (!cached) {
    const norm = normalise(doc.text);
    cached = { norm, pageStarts: doc.pageStarts.map((start) => toNormalisedOffset(norm, start)) };
    normCache.set(doc, cached);
  }
  return cached;
}

/**
 * Finds `selector` in `newDoc`, preferring (in order of weight) an unchanged quote, its
 * surrounding text, its old page and its old place on that page. Exact occurrences are
 * looked for everywhere; approximate ones in widening windows around `oldPage`, so a
 * nearby edited passage wins over a distant look-alike. A match is accepted only when the
 * evidence is strong (see `convincing`); otherwise the result is an orphan, because a
 * note attached to the wrong paragraph is worse than one the user is asked to place.
 */
export function reanchor(selector: QuoteSelector, oldPage: number, newDoc: DocumentText, options: ReanchorOptions = {}): ReanchorResult {
  const quote = normaliseString(selector.exact);
  const trimmed = quote.trim();
  if (trimmed.length === 0 || pageCount(newDoc) === 0) return { status: 'orphan', reason: 'empty-quote' };
  const prefix = normaliseString(selector.prefix);
  const suffix = normaliseString(selector.suffix);
  const { norm, pageStarts } = normalisedDoc(newDoc);
  const maxErrorRate = options.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE;

  const pageOfNorm = (at: number) => {
    let lo = 0;
    let hi = pageStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pageStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const score = (start: number, end: number, errors: number): Candidate => {
    // Leading whitespace of the quote may sit in a page separator: place it by its first character.
    const page = pageOfNorm(norm.text[start] === ' ' && start + 1 < end ? start + 1 : start);
    const before = norm.text.slice(Math.max(0, start - 2 * prefix.length), start);
    const after = norm.text.slice(end, end + 2 * suffix.length);
    const pre = prefixSimilarity(prefix, before);
    const post = suffixSimilarity(suffix, after);
    const distance = Math.min(Math.abs(page - oldPage), MAX_PAGE_PENALTY);
    let inPage = 0;
    if (options.oldOffsetInPage !== undefined) {
      const pageStart = pageStarts[page - 1]!;
      const pageEnd = pageStarts[page] ?? norm.text.length;
      inPage = Math.min(1, Math.abs(start - pageStart - options.oldOffsetInPage) / Math.max(1, pageEnd - pageStart));
    }
    const quoteSimilarity = 1 - errors / quote.length;
    return {
      start,
      end,
      errors,
      page,
      context: (pre + post) / 2,
      score: W_QUOTE * quoteSimilarity + W_CONTEXT * (pre + post) - W_PAGE * distance - W_IN_PAGE * inPage,
    };
  };

  // Exact occurrences anywhere; the nearest first, in case there are too many to score.
  const exactStarts: number[] = [];
  for (let at = norm.text.indexOf(quote); at >= 0; at = norm.text.indexOf(quote, at + 1)) exactStarts.push(at);
  const nearestFirst = exactStarts
    .map((start) => ({ start, distance: Math.abs(pageOfNorm(start) - oldPage) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_EXACT_CANDIDATES);
  const exact = nearestFirst.map(({ start }) => score(start, start + quote.length, 0));
  const unique = exactStarts.length === 1;

  /**
   * Enough evidence to move an annotation here. An unchanged quote needs its context to
   * agree at least half-way, unless it is long, or unique and not tiny. An edited one must
   * be long enough to be specific, within the error budget, and either keep its context or
   * be long and nearly unchanged.
   */
  const convincing = (c: Candidate): boolean => {
    if (c.errors === 0) return c.context >= 0.5 || trimmed.length >= LONG_QUOTE || (unique && trimmed.length >= 8);
    if (trimmed.length < MIN_FUZZY_LENGTH || c.errors > Math.floor(quote.length * maxErrorRate)) return false;
    return c.context >= 0.5 || (trimmed.length >= LONG_QUOTE && c.errors <= quote.length * 0.1);
  };

  const best = (cs: Candidate[]) => cs.filter(convincing).reduce<Candidate | null>((b, c) => (!b || c.score > b.score ? c : b), null);

  let chosen = best(exact);
  // An exact match whose context also agrees cannot be beaten by an approximate one.
  const settled = chosen !== null && chosen.context >= 0.75;
  if (!settled && trimmed.length >= MIN_FUZZY_LENGTH) {
    const budget = Math.floor(quote.length * maxErrorRate);
    let searched = '';
    for (const reach of FUZZY_WINDOWS) {
      const first = Math.max(1, oldPage - reach);
      const last = Math.min(pageStarts.length, oldPage + reach);
      // A window no wider than the last one (a short document) has nothing new to offer.
      if (first > last || `${first}-${last}` === searched) continue;
      searched = `${first}-${last}`;
      const from = pageStarts[first - 1]!;
      const to = pageStarts[last] ?? norm.text.length;
      const fuzzy = approximateMatches(norm.text.slice(from, to), quote, budget).map((m) => score(from + m.start, from + m.end, m.errors));
      const found = best([...(chosen ? [chosen] : []), ...fuzzy]);
      if (found && found !== chosen) {
        chosen = found;
        break;
      }
      if (chosen) break;
    }
  }
  if (!chosen) return { status: 'orphan', reason: exactStarts.length > 0 ? 'weak-match' : 'not-found' };

  let { start, end } = toOriginalRange(norm, chosen.start, chosen.end);
  // Selections start and end on characters, not on the line break beside them.
  while (start < end && /\s/.test(newDoc.text[start]!)) start++;
  while (end > start && /\s/.test(newDoc.text[end - 1]!)) end--;
  return {
    status: chosen.errors === 0 ? 'exact' : 'fuzzy',
    start,
    end,
    page: pageOfRange(newDoc, start, end),
    quote: makeQuote(newDoc, start, end),
    errors: chosen.errors,
    context: chosen.context,
  };
}

/**
 * Approximate occurrences of `pattern` in `text`. The matcher reports every end position
 * within the budget, so one edited passage comes back as a cluster of overlapping
 * matches: keep the one with fewest errors (then the longest) per cluster.
 */
function approximateMatches(text: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const matches = search(text, pattern, maxErrors).sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: { start: number; end: number; errors: number }[] = [];
  for (const m of matches) {
    const last = kept.at(-1);
    if (last && m.start < last.end) {
      if (m.errors < last.errors || (m.errors === last.errors && m.end - m.start > last.end - last.start)) kept[kept.length - 1] = m;
    } else {
      kept.push(m);
    }
  }
  return kept;
}
