// Commands the toolbar and keyboard send to the pdf.js viewer of the open document.
import type { PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

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

export function controlFor(viewer: PDFViewer): ViewerControl {
  return {
    goToPage: (page) => {
      viewer.currentPageNumber = page;
    },
    nextPage: () => void viewer.nextPage(),
    previousPage: () => void viewer.previousPage(),
    firstPage: () => {
      viewer.currentPageNumber = 1;
    },
    lastPage: () => {
      viewer.currentPageNumber = viewer.pagesCount;
    },
    zoomIn: () => viewer.increaseScale(),
    zoomOut: () => viewer.decreaseScale(),
    fitWidth: () => {
      viewer.currentScaleValue = 'page-width';
    },
    showPoint: (page, x, y) => {
      // Null zoom keeps the current scale; a little room above the point keeps it in view.
      viewer.scrollPageIntoView({ pageNumber: page, destArray: [null, { name: 'XYZ' }, Math.max(0, x - 40), y + 60, null], allowNegativeOffset: true });
    },
  };
}
