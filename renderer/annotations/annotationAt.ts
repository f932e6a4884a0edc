// Which annotation is at a point of a page (PDF coordinates): the one a click or Enter at the
// keyboard caret opens. Later annotations are drawn on top, so they win.
import { NOTE_ICON_SIZE, type Annotation, type PdfPoint } from '../../shared/annotations';

const SLACK = 2;

function hits(annotation: Annotation, [x, y]: PdfPoint): boolean {
  if (annotation.kind === 'note') {
    if (!annotation.point) return false;
    const [px, py] = annotation.point;
    return x >= px - SLACK && x <= px + NOTE_ICON_SIZE + SLACK && y <= py + SLACK && y >= py - NOTE_ICON_SIZE - SLACK;
  }
  if (annotation.kind === 'ink') {
    const reach = (annotation.strokeWidth ?? 2) / 2 + 4;
    return annotation.inkPaths.some((path) => path.some(([px, py]) => Math.hypot(px - x, py - y) <= reach));
  }
  return annotation.rects.some(([x1, y1, x2, y2]) => x >= x1 - SLACK && x <= x2 + SLACK && y >= y1 - SLACK && y <= y2 + SLACK);
}

export function annotationAt(annotations: Annotation[], page: number, point: PdfPoint): Annotation | null {
  const onPage = annotations.filter((annotation) => annotation.page === page && !annotation.review);
  for (let index = onPage.length - 1; index >= 0; index--) if (hits(onPage[index]!, point)) return onPage[index]!;
  return null;
}
