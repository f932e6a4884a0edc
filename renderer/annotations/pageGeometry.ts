// Between the screen and PDF page space: selection rectangles to PDF rects, and the text
// nearest a point (so notes and drawings can follow their text to a revised version).
import type { PageViewport } from 'pdfjs-dist';
import { NOTE_ICON_SIZE, findOnPage, makeNearTextAnchor, pageRange, type DocumentText, type NearTextAnchor, type PdfPoint, type PdfRect } from '../../shared/annotations';

/**
 * Where a pdf.js page's drawing is on screen. The page element has a border (pdf.js's
 * page frame), so measurements start inside it, where the canvas and text layer sit.
 */
export function pageContentBox(pageElement: HTMLElement): DOMRect {
  const box = pageElement.getBoundingClientRect();
  return new DOMRect(box.left + pageElement.clientLeft, box.top + pageElement.clientTop, pageElement.clientWidth, pageElement.clientHeight);
}

/** A client rectangle (CSS pixels) on a page, in the page's PDF space; pageBox from pageContentBox. */
export function clientRectToPdf(rect: DOMRect, pageBox: DOMRect, viewport: PageViewport): PdfRect {
  const [x1, y1] = viewport.convertToPdfPoint(rect.left - pageBox.left, rect.top - pageBox.top) as [number, number];
  const [x2, y2] = viewport.convertToPdfPoint(rect.right - pageBox.left, rect.bottom - pageBox.top) as [number, number];
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}

export function clientPointToPdf(x: number, y: number, pageBox: DOMRect, viewport: PageViewport): PdfPoint {
  const [px, py] = viewport.convertToPdfPoint(x - pageBox.left, y - pageBox.top) as [number, number];
  return [px, py];
}

/**
 * Where a note's icon goes for a line of selected text: level with the line, in the page's
 * right margin beyond all its text, so the icon never covers words. A page whose text runs
 * to the edge gets the icon at the edge; a rotated page keeps it just after the selection.
 */
export function marginNotePoint(pageElement: HTMLElement, viewport: PageViewport, line: PdfRect): PdfPoint {
  const beside: PdfPoint = [line[2] + 4, line[3]];
  if (viewport.rotation % 360 !== 0) return beside;
  const pageBox = pageContentBox(pageElement);
  let textRight = line[2];
  for (const span of pageElement.querySelectorAll('.textLayer span')) {
    const rect = span.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) textRight = Math.max(textRight, clientRectToPdf(rect, pageBox, viewport)[2]);
  }
  // The page's right edge as drawn (a page's view box need not start at 0).
  const [pageRight] = clientPointToPdf(pageBox.right, pageBox.top, pageBox, viewport);
  return [Math.min(textRight + 6, pageRight - NOTE_ICON_SIZE - 2), line[3]];
}

/** One rect per line: the text layer gives one per span, often several per line. */
export function mergeLineRects(rects: PdfRect[]): PdfRect[] {
  const sorted = [...rects].filter(([x1, y1, x2, y2]) => x2 - x1 > 0.5 && y2 - y1 > 0.5).sort((a, b) => b[3] - a[3] || a[0] - b[0]);
  const lines: PdfRect[] = [];
  for (const rect of sorted) {
    const line = lines.find((candidate) => {
      const overlap = Math.min(candidate[3], rect[3]) - Math.max(candidate[1], rect[1]);
      return overlap > 0.5 * Math.min(candidate[3] - candidate[1], rect[3] - rect[1]);
    });
    if (line) {
      line[0] = Math.min(line[0], rect[0]);
      line[1] = Math.min(line[1], rect[1]);
      line[2] = Math.max(line[2], rect[2]);
      line[3] = Math.max(line[3], rect[3]);
    } else {
      lines.push([...rect]);
    }
  }
  return lines;
}

/** The text-layer span nearest a point on a page, with its PDF rect. */
function nearestSpan(pageElement: HTMLElement, viewport: PageViewport, point: PdfPoint): { text: string; rect: PdfRect } | null {
  const pageBox = pageContentBox(pageElement);
  let best: { text: string; rect: PdfRect; distance: number } | null = null;
  for (const span of pageElement.querySelectorAll<HTMLElement>('.textLayer span')) {
    const text = span.textContent?.trim() ?? '';
    if (text.length < 4) continue;
    const rect = clientRectToPdf(span.getBoundingClientRect(), pageBox, viewport);
    const dx = Math.max(rect[0] - point[0], 0, point[0] - rect[2]);
    const dy = Math.max(rect[1] - point[1], 0, point[1] - rect[3]);
    const distance = Math.hypot(dx, dy);
    if (!best || distance < best.distance) best = { text, rect, distance };
  }
  return best;
}

/** An anchor to the text beside a point, or undefined when the page has no text. */
export function nearTextAt(pageElement: HTMLElement, viewport: PageViewport, point: PdfPoint, doc: DocumentText | null | undefined, page: number): NearTextAnchor | undefined {
  if (!doc) return undefined;
  const span = nearestSpan(pageElement, viewport, point);
  if (!span) return undefined;
  const found = findOnPage(doc, page, span.text);
  if (!found) return undefined;
  const { start: pageStart } = pageRange(doc, page);
  return makeNearTextAnchor(doc, page, found.start - pageStart, found.end - pageStart, [point[0] - span.rect[0], point[1] - span.rect[3]]);
}

/** The text of a page's text layer under some PDF rects (for quoting adopted annotations). */
export function textUnderRects(pageElement: HTMLElement, viewport: PageViewport, rects: readonly PdfRect[]): string {
  const pageBox = pageContentBox(pageElement);
  const parts: string[] = [];
  for (const span of pageElement.querySelectorAll<HTMLElement>('.textLayer span')) {
    const box = clientRectToPdf(span.getBoundingClientRect(), pageBox, viewport);
    const hit = rects.some(([x1, y1, x2, y2]) => {
      const overlapY = Math.min(y2, box[3]) - Math.max(y1, box[1]);
      return overlapY > 0.5 * (box[3] - box[1]) && Math.min(x2, box[2]) > Math.max(x1, box[0]);
    });
    if (hit && span.textContent) parts.push(span.textContent);
  }
  return parts.join(' ').trim();
}
