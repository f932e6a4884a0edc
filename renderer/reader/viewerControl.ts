// Commands the toolbar and keyboard send to the pdf.js viewer of the open document.
import type { EventBus, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

export interface ViewerControl {
  goToPage(page: number): void;
  nextPage(): void;
  previousPage(): void;
  firstPage(): void;
  lastPage(): void;
  zoomIn(): void;
  zoomOut(): void;
  fitWidth(): void;
  /** Scrolls so that a point of a page (PDF coordinates) is near the top of the view. */
  showPoint(page: number, x: number, y: number): void;
}

/**
 * Until pdf.js has laid out the pages it drops page changes. A place the user chose that early
 * (an agenda item pressed while a long pack is still opening) is kept and gone to once the pages
 * exist, after the place the document was left at, so the user's choice wins.
 */
function deferUntilPages(viewer: PDFViewer, eventBus: EventBus): (move: () => void) => void {
  let pending: (() => void) | null = null;
  const onInit = () => {
    const move = pending;
    pending = null;
    move?.();
  };
  eventBus.on('pagesinit', onInit);
  return (move) => {
    if (viewer.pagesCount > 0) move();
    else pending = move;
  };
}

export function controlFor(viewer: PDFViewer, eventBus: EventBus): ViewerControl {
  const navigate = deferUntilPages(viewer, eventBus);
  return {
    goToPage: (page) =>
      navigate(() => {
        viewer.currentPageNumber = page;
      }),
    nextPage: () => void viewer.nextPage(),
    previousPage: () => void viewer.previousPage(),
    firstPage: () =>
      navigate(() => {
        viewer.currentPageNumber = 1;
      }),
    lastPage: () =>
      navigate(() => {
        viewer.currentPageNumber = viewer.pagesCount;
      }),
    zoomIn: () => viewer.increaseScale(),
    zoomOut: () => viewer.decreaseScale(),
    fitWidth: () => {
      viewer.currentScaleValue = 'page-width';
    },
    showPoint: (page, x, y) =>
      navigate(() => {
        // Null zoom keeps the current scale; a little room above the point keeps it in view.
        viewer.scrollPageIntoView({ pageNumber: page, destArray: [null, { name: 'XYZ' }, Math.max(0, x - 40), y + 60, null], allowNegativeOffset: true });
      }),
  };
}
