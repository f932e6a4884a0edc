// Annotations carried to a revised version whose text moved get their rectangles again
// from the page's text layer the first time that page is drawn.
import { useEffect } from 'react';
import type { PageViewport } from 'pdfjs-dist';
import { offsetToFollowAnchor, translateAnnotation, type Annotation, type PdfRect } from '../../shared/annotations';
import type { ViewerHandle } from '../reader/PdfView';
import { updateAnnotation } from './annotationManager';
import { clientRectToPdf, mergeLineRects, pageContentBox } from './pageGeometry';

const squash = (text: string) => text.replace(/\s+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');

/** The client rects of `quote` in a page's text layer, matched ignoring spacing. */
export function findInTextLayer(pageElement: HTMLElement, quote: string): DOMRect[] {
  const nodes: { node: Text; start: number }[] = [];
  let joined = '';
  const walker = document.createTreeWalker(pageElement.querySelector('.textLayer') ?? pageElement, NodeFilter.SHOW_TEXT);
  // Positions in `joined` (text without spaces) map back to (text node, offset).
  const map: { node: Text; offset: number }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push({ node, start: joined.length });
    const text = node.data;
    for (let i = 0; i < text.length; i++) {
      const char = squash(text[i]!);
      if (!char) continue;
      joined += char;
      map.push({ node, offset: i });
    }
  }
  const target = squash(quote);
  if (!target) return [];
  const at = joined.indexOf(target);
  if (at < 0) return [];
  const first = map[at]!;
  const last = map[at + target.length - 1]!;
  const range = document.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return Array.from(range.getClientRects()).filter((rect) => rect.width > 0);
}

async function fix(annotation: Annotation, pageElement: HTMLElement, viewport: PageViewport) {
  const pageBox = pageContentBox(pageElement);
  const toPdf = (rects: DOMRect[]): PdfRect[] => mergeLineRects(rects.map((rect) => clientRectToPdf(rect, pageBox, viewport)));
  if (annotation.quote) {
    const rects = toPdf(findInTextLayer(pageElement, annotation.quote.exact));
    await updateAnnotation(annotation.id, rects.length ? { rects, pendingGeometry: false } : { pendingGeometry: false }, { record: false });
    return;
  }
  if (annotation.nearText) {
    const anchor = toPdf(findInTextLayer(pageElement, annotation.nearText.quote.exact))[0];
    const shift = anchor ? offsetToFollowAnchor(annotation, anchor) : null;
    const moved = shift ? translateAnnotation(annotation, shift[0], shift[1]) : annotation;
    await updateAnnotation(annotation.id, { rects: moved.rects, inkPaths: moved.inkPaths, ...(moved.point ? { point: moved.point } : {}), pendingGeometry: false }, { record: false });
    return;
  }
  await updateAnnotation(annotation.id, { pendingGeometry: false }, { record: false });
}

export function usePendingGeometry(handle: ViewerHandle | null, annotations: Annotation[] | undefined) {
  useEffect(() => {
    if (!handle || !annotations?.some((annotation) => annotation.pendingGeometry)) return;
    const { viewer, eventBus } = handle;
    const onText = ({ pageNumber }: { pageNumber: number }) => {
      const view = viewer.getPageView(pageNumber - 1) as { div: HTMLElement; viewport: PageViewport } | undefined;
      if (!view) return;
      for (const annotation of annotations) {
        if (annotation.pendingGeometry && annotation.page === pageNumber && !annotation.review) void fix(annotation, view.div, view.viewport);
      }
    };
    eventBus.on('textlayerrendered', onText);
    // Pages already drawn before the list arrived.
    for (let page = 1; page <= viewer.pagesCount; page++) {
      const view = viewer.getPageView(page - 1) as { div: HTMLElement } | undefined;
      if (view?.div.querySelector('.textLayer span')) onText({ pageNumber: page });
    }
    return () => eventBus.off('textlayerrendered', onText);
  }, [handle, annotations]);
}
