// Geometry helpers on annotations in PDF user space: bounding boxes, the point an annotation is placed by, moving it.

import type { Annotation, PdfPoint, PdfRect } from './types';

/** Icon size of a sticky note, in PDF units: Acrobat and pdf.js draw notes about this big. */
export const NOTE_ICON_SIZE = 20;

export const DEFAULT_STROKE_WIDTH = 2;
export const DEFAULT_FONT_SIZE = 12;

/** The fields that say where an annotation is drawn. */
export type AnnotationGeometry = Pick<Annotation, 'kind' | 'rects' | 'inkPaths' | 'point' | 'strokeWidth'>;

/** The smallest rect around some rects, or null for none. */
export function unionRects(rects: readonly PdfRect[]): PdfRect | null {
  if (rects.length === 0) return null;
  let [x1, y1, x2, y2] = rects[0]!;
  for (const [a, b, c, d] of rects) {
    x1 = Math.min(x1, a, c);
    y1 = Math.min(y1, b, d);
    x2 = Math.max(x2, a, c);
    y2 = Math.max(y2, b, d);
  }
  return [x1, y1, x2, y2];
}

/** Puts a rect's corners in order (x1 <= x2, y1 <= y2): a drag can go in any direction. */
export const normaliseRect = ([a, b, c, d]: PdfRect): PdfRect => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];

/** The rect around what an annotation draws on the page, or null when it has no geometry. */
export function boundingBox(annotation: AnnotationGeometry): PdfRect | null {
  switch (annotation.kind) {
    case 'note': {
      if (!annotation.point) return null;
      const [x, y] = annotation.point;
      return [x, y - NOTE_ICON_SIZE, x + NOTE_ICON_SIZE, y];
    }
    case 'ink': {
      const points = annotation.inkPaths.flat();
      if (points.length === 0) return null;
      // Half the stroke sticks out beyond the path on every side.
      const half = (annotation.strokeWidth ?? DEFAULT_STROKE_WIDTH) / 2;
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return [Math.min(...xs) - half, Math.min(...ys) - half, Math.max(...xs) + half, Math.max(...ys) + half];
    }
    default:
      return unionRects(annotation.rects.map(normaliseRect));
  }
}

/**
 * The point an annotation is placed by: the top-left corner of what it draws (a note's
 * `point` is already that). NearTextAnchor.offset is measured from the anchor text to here.
 */
export function referencePoint(annotation: AnnotationGeometry): PdfPoint | null {
  const box = boundingBox(annotation);
  return box ? [box[0], box[3]] : null;
}

/** A copy with all geometry moved by (dx, dy), as when a note follows its text to a new place. */
export function translateAnnotation<T extends AnnotationGeometry>(annotation: T, dx: number, dy: number): T {
  const move = ([x, y]: PdfPoint): PdfPoint => [x + dx, y + dy];
  return {
    ...annotation,
    rects: annotation.rects.map(([x1, y1, x2, y2]): PdfRect => [x1 + dx, y1 + dy, x2 + dx, y2 + dy]),
    inkPaths: annotation.inkPaths.map((path) => path.map(move)),
    ...(annotation.point ? { point: move(annotation.point) } : {}),
  };
}

/**
 * Where to put an annotation anchored by nearText once the app has found the anchor
 * text's first rect on the new page: the (dx, dy) to pass to translateAnnotation.
 */
export function offsetToFollowAnchor(annotation: Annotation, anchorRect: PdfRect): PdfPoint | null {
  const from = referencePoint(annotation);
  if (!from || !annotation.nearText) return null;
  const [ox, oy] = annotation.nearText.offset;
  const [x1, , , y2] = normaliseRect(anchorRect);
  return [x1 + ox - from[0], y2 + oy - from[1]];
}
