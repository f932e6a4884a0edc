// The sort key that lists annotations in reading order: page, then top to bottom, then left to right.

import { referencePoint, type AnnotationGeometry } from './geometry';
import type { Annotation } from './types';

// A string so that IndexedDB (Dexie) can index and order by it directly: every field is
// zero-padded to a fixed width, so comparing strings compares the numbers.
// PDF coordinates stay within ±14,400 units (200 inches, the largest page PDF allows);
// positions are kept to a tenth of a unit, offset so they are never negative.
const RANGE = 20_000;
const pad = (n: number, width: number) => String(Math.max(0, Math.min(n, 10 ** width - 1))).padStart(width, '0');

/**
 * "ppppp:yyyyyy:xxxxxx": the page, then the distance down from the top (PDF y grows
 * upwards, so higher y sorts first), then x. Position-less annotations sort first on their page.
 */
export function makeSortKey(page: number, top: number, left: number): string {
  return `${pad(page, 5)}:${pad(Math.round((RANGE - top) * 10), 6)}:${pad(Math.round((left + RANGE) * 10), 6)}`;
}

/** The sort key of an annotation from its page and geometry. */
export function sortKeyOf(annotation: AnnotationGeometry & Pick<Annotation, 'page'>): string {
  const point = referencePoint(annotation);
  return point ? makeSortKey(annotation.page, point[1], point[0]) : makeSortKey(annotation.page, RANGE, -RANGE);
}

/** For Array.prototype.sort: reading order, then oldest first. */
export const compareAnnotations = (a: Annotation, b: Annotation): number =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.createdAt - b.createdAt;
