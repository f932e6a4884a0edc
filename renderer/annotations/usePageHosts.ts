// Keeps one overlay element inside each drawn pdf.js page, so annotations can be drawn
// over the page by React. pdf.js empties a page's element when it redraws or releases
// it, so the overlay is put back after every render.
import { useEffect, useState } from 'react';
import type { PageViewport } from 'pdfjs-dist';
import type { ViewerHandle } from '../reader/PdfView';

export interface PageHost {
  page: number;
  element: HTMLElement;
  /** The page's viewport at scale 1: the overlay's SVG coordinates. */
  base: PageViewport;
}

interface PageViewLike {
  div: HTMLDivElement;
  pdfPage: { getViewport(options: { scale: number; rotation: number }): PageViewport } | null;
  viewport: PageViewport;
}

export function usePageHosts(handle: ViewerHandle | null): Map<number, PageHost> {
  const [hosts, setHosts] = useState<Map<number, PageHost>>(() => new Map());
  useEffect(() => {
    if (!handle) return;
    const { viewer, eventBus } = handle;
    const attach = ({ pageNumber }: { pageNumber: number }) => {
      const view = viewer.getPageView(pageNumber - 1) as PageViewLike | undefined;
      if (!view?.pdfPage) return;
      let element = view.div.querySelector<HTMLElement>(':scope > .annotation-host');
      if (!element) {
        element = document.createElement('div');
        element.className = 'annotation-host';
        view.div.append(element);
      }
      const base = view.pdfPage.getViewport({ scale: 1, rotation: view.viewport.rotation });
      const found = element;
      setHosts((current) => {
        const existing = current.get(pageNumber);
        if (existing?.element === found && existing.base.rotation === base.rotation) return current;
        const next = new Map(current);
        next.set(pageNumber, { page: pageNumber, element: found, base });
        return next;
      });
    };
    eventBus.on('pagerendered', attach);
    eventBus.on('textlayerrendered', attach);
    return () => {
      eventBus.off('pagerendered', attach);
      eventBus.off('textlayerrendered', attach);
      setHosts(new Map());
    };
  }, [handle]);
  return hosts;
}
