// Carries a document's annotations over to its revised version: re-anchors each one, never drops any, and counts what moved, stayed and needs review.

import { pageCount, pageText, toPagePosition, type DocumentText } from './documentText';
import { quoteMatchesAt } from './quote';
import { reanchor, type ReanchorOptions, type ReanchorResult } from './reanchor';
import { sortKeyOf } from './sortKey';
import type { Annotation, QuoteSelector } from './types';
import { quoteWaiting } from './unquoted';

export type CarryOverOutcome = 'stayed' | 'moved' | 'needsReview';

export interface CarryOverItem {
  /** The annotation as it was on the old version, untouched. */
  before: Annotation;
  outcome: CarryOverOutcome;
  /**
   * What placed it: its quote (text markup), the text beside it (nearText: notes, ink,
   * text boxes), a page laid out the same (no text to go by, see identicalPage), or nothing.
   */
  anchoredBy: 'quote' | 'nearText' | 'samePage' | 'none';
  /** The re-anchoring of its quote or nearText quote; null when it had neither. */
  match: ReanchorResult | null;
  /**
   * True when its old rects, ink and point are still right on the new page: the text of
   * the page up to the end of its anchor is unchanged and at the same offsets (always
   * true for 'samePage'). When false and the outcome is 'moved', the app recomputes the
   * geometry from match.start/end on match.page (text markup: the rects of that text;
   * nearText: the anchor's first rect plus nearText.offset, see offsetToFollowAnchor).
   */
  geometryValid: boolean;
  /**
   * The annotation for the new version: page, quote or nearText and sortKey updated;
   * geometry as before (see geometryValid). For 'needsReview' it keeps its old quote and
   * page (clamped to the new page count) and has `review` set.
   */
  after: Annotation;
}

export interface CarryOverSummary {
  total: number;
  /** Same page, same place in the page's text, text unchanged. */
  stayed: number;
  /** Found on another page or at another place on its page, or found with its text edited. */
  moved: number;
  /** Text removed or changed beyond recognition, or nothing to place it by: listed for the user. */
  needsReview: number;
}

export interface CarryOverOptions extends Pick<ReanchorOptions, 'maxErrorRate'> {
  /** The new version's document id (default: unchanged). */
  newDocumentId?: string;
  /** Ids for the new version's copies (default: unchanged). */
  newId?: (before: Annotation) => string;
  /** Milliseconds since the epoch, for modifiedAt and review.since (default Date.now()). */
  now?: number;
}

export interface CarryOverResult {
  /** One item per input annotation, in input order. */
  items: CarryOverItem[];
  summary: CarryOverSummary;
}

export function carryOver(annotations: readonly Annotation[], oldDoc: DocumentText, newDoc: DocumentText, options: CarryOverOptions = {}): CarryOverResult {
  const now = options.now ?? Date.now();
  const items = annotations.map((annotation) => carryOne(annotation, oldDoc, newDoc, options, now));
  const summary: CarryOverSummary = { total: items.length, stayed: 0, moved: 0, needsReview: 0 };
  for (const item of items) summary[item.outcome]++;
  return { items, summary };
}

function carryOne(made: Annotation, oldDoc: DocumentText, newDoc: DocumentText, options: CarryOverOptions, now: number): CarryOverItem {
  // Made while the earlier version was still being read: its words are found in that text now.
  const anchored = quoteWaiting(made, oldDoc);
  if (!anchored || anchored === made) return carryAnchored(made, oldDoc, newDoc, options, now);
  return { ...carryAnchored(anchored, oldDoc, newDoc, options, now), before: made };
}

function carryAnchored(before: Annotation, oldDoc: DocumentText, newDoc: DocumentText, options: CarryOverOptions, now: number): CarryOverItem {
  const base: Annotation = {
    ...before,
    id: options.newId ? options.newId(before) : before.id,
    documentId: options.newDocumentId ?? before.documentId,
    modifiedAt: now,
  };
  const needsReview = (anchoredBy: CarryOverItem['anchoredBy'], match: ReanchorResult | null, oldQuote: string, contextChanged = false): CarryOverItem => {
    const page = Math.max(1, Math.min(before.page, pageCount(newDoc)));
    const reason = anchoredBy === 'none' ? 'no-anchor' : contextChanged ? 'context-changed' : 'text-not-found';
    const after: Annotation = {
      ...base,
      page,
      sortKey: sortKeyOf({ ...before, page }),
      // An annotation already waiting for review keeps the place and text it was first lost from.
      review: before.review ?? { reason, oldPage: before.page, oldQuote, fromDocumentId: before.documentId, since: now },
    };
    return { before, outcome: 'needsReview', anchoredBy, match, geometryValid: false, after };
  };

  const selector = before.quote ?? before.nearText?.quote;
  if (selector) {
    const anchoredBy = before.quote ? 'quote' : 'nearText';
    const old = oldRange(selector, before.page, oldDoc, options);
    const match = reanchor(selector, before.page, newDoc, {
      maxErrorRate: options.maxErrorRate,
      ...(old ? { oldOffsetInPage: old.start - oldDoc.pageStarts[old.page - 1]! } : {}),
    });
    if (match.status === 'orphan') return needsReview(anchoredBy, match, selector.exact);
    const startAt = toPagePosition(newDoc, match.start);
    const endAt = toPagePosition(newDoc, match.end);
    const samePlace =
      old !== null &&
      match.status === 'exact' &&
      old.page === before.page &&
      startAt.page === before.page &&
      startAt.offset === old.start - oldDoc.pageStarts[old.page - 1]! &&
      endAt.offset === old.end - oldDoc.pageStarts[old.page - 1]!;
    // Same text from the top of the page to the end of the anchor: everything up to it is laid out as before.
    const geometryValid =
      old !== null &&
      match.status === 'exact' &&
      startAt.offset === old.start - oldDoc.pageStarts[old.page - 1]! &&
      pageText(newDoc, startAt.page).slice(0, endAt.offset) === oldDoc.text.slice(oldDoc.pageStarts[old.page - 1], old.end);
    // Moving it on the strength of its words alone, with the text around them gone, could
    // pin it to the same phrase in a new sentence: the user decides.
    if (!samePlace && contextChanged(match)) return needsReview(anchoredBy, match, selector.exact, true);
    const page = match.page;
    const after: Annotation = {
      ...base,
      page,
      ...(before.quote ? { quote: match.quote } : {}),
      ...(before.nearText ? { nearText: { ...before.nearText, quote: before.quote ? before.nearText.quote : match.quote } } : {}),
      sortKey: sortKeyOf({ ...before, page }),
    };
    delete after.review;
    return { before, outcome: samePlace && page === before.page ? 'stayed' : 'moved', anchoredBy, match, geometryValid, after };
  }

  // Nothing to re-find by text: it can only follow its page if that page is unchanged but for numbers.
  const page = identicalPage(before.page, oldDoc, newDoc);
  if (page === null) return needsReview('none', null, '');
  const after: Annotation = { ...base, page, sortKey: sortKeyOf({ ...before, page }) };
  delete after.review;
  return { before, outcome: page === before.page ? 'stayed' : 'moved', anchoredBy: 'samePage', match: null, geometryValid: true, after };
}

/** Below this agreement of the text either side, a match elsewhere is the same words in another passage. */
export const MIN_MOVED_CONTEXT = 0.5;

/** A match that would move a quote although the text either side of it changed. */
export function contextChanged(match: { context: number }): boolean {
  return match.context < MIN_MOVED_CONTEXT;
}

/**
 * Where the quote was in the old version, trimmed of surrounding whitespace as re-anchored
 * ranges are. Offsets saved with the annotation are used when they still fit the old text
 * (they should); otherwise it is looked for there, as the new version would be.
 */
function oldRange(selector: QuoteSelector, page: number, oldDoc: DocumentText, options: CarryOverOptions): { start: number; end: number; page: number } | null {
  if (page < 1 || page > pageCount(oldDoc)) return null;
  let start: number;
  let end: number;
  if (quoteMatchesAt(oldDoc, selector)) {
    ({ start, end } = selector);
    while (start < end && /\s/.test(oldDoc.text[start]!)) start++;
    while (end > start && /\s/.test(oldDoc.text[end - 1]!)) end--;
  } else {
    const found = reanchor(selector, page, oldDoc, { maxErrorRate: options.maxErrorRate });
    if (found.status === 'orphan') return null;
    ({ start, end } = found);
  }
  return { start, end, page: toPagePosition(oldDoc, start).page };
}

/**
 * The page of the new version laid out like the old page, nearest to it: the same lines,
 * allowing numbers to differ (page stamps and "(Pages 7 - 39)" change when pages are
 * inserted earlier in the pack). Null for a page without text, which cannot be recognised.
 */
function identicalPage(page: number, oldDoc: DocumentText, newDoc: DocumentText): number | null {
  if (page < 1 || page > pageCount(oldDoc)) return null;
  const shape = (text: string) => text.replace(/\d+/g, '0');
  const text = shape(pageText(oldDoc, page));
  if (text.trim() === '') return null;
  const n = pageCount(newDoc);
  for (let distance = 0; distance < Math.max(page, n); distance++) {
    for (const candidate of distance === 0 ? [page] : [page - distance, page + distance]) {
      if (candidate < 1 || candidate > n) continue;
      if (shape(pageText(newDoc, candidate)) === text) return candidate;
    }
  }
  return null;
}
