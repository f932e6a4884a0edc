// Draws an open PDF with pdf.js's viewer: pages render lazily as they scroll into view
// and far-away pages release their canvases, so long packs stay light.
import 'pdfjs-dist/web/pdf_viewer.css';
import './caret.css';
import { useEffect, useRef, useState } from 'react';
import { AnnotationMode, type PDFDocumentProxy } from 'pdfjs-dist';
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { useReader } from './readerStore';
import { controlFor, type ViewerControl } from './viewerControl';
import { keepTabOnCurrentPage } from './pageTabStops';
import { useTextCaret } from './useTextCaret';

interface Props {
  pdf: PDFDocumentProxy;
  initialPage: number;
  initialScale: string;
  onControl(control: ViewerControl | null): void;
  onFirstPaint(): void;
  /** The pdf.js viewer and its events, for layers drawn over the pages (annotations). */
  onViewer(handle: ViewerHandle | null): void;
}

export interface ViewerHandle {
  viewer: PDFViewer;
  eventBus: EventBus;
  /** pdf.js's find: marks matches in the text layer and walks them across pages (search, Ctrl+F). */
  findController: PDFFindController;
}

export function PdfView({ pdf, initialPage, initialScale, onControl, onFirstPaint, onViewer }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<HTMLDivElement>(null);
  // The first values only: later changes come from the viewer itself.
  const initial = useRef({ initialPage, initialScale, onFirstPaint, onControl, onViewer });
  const [caretTarget, setCaretTarget] = useState<{ viewer: PDFViewer; container: HTMLDivElement } | null>(null);
  const { announcement } = useTextCaret(caretTarget?.viewer ?? null, caretTarget?.container ?? null);

  useEffect(() => {
    const container = containerRef.current;
    const viewerElement = viewerRef.current;
    if (!container || !viewerElement) return;
    const { setPage, setPageCount, setScale } = useReader.getState();
    const { initialPage: startPage, initialScale: startScale, onFirstPaint: firstPaint, onControl: publish, onViewer: share } = initial.current;
    const eventBus = new EventBus();
    const linkService = new PDFLinkService({ eventBus });
    // The viewer hands it the document once the first page is drawn; a find asked earlier waits for that.
    const findController = new PDFFindController({ linkService, eventBus, updateMatchesCountOnProgress: true });
    const viewer = new PDFViewer({
      findController,
      container,
      viewer: viewerElement,
      eventBus,
      linkService,
      // Links are followed inside the document; no forms or scripts from the PDF run.
      annotationMode: AnnotationMode.ENABLE,
      textLayerMode: 1,
    });
    linkService.setViewer(viewer);
    const stopTabKeeping = keepTabOnCurrentPage(viewer, eventBus, container);

    let painted = false;
    eventBus.on('pagesinit', () => {
      viewer.currentScaleValue = startScale;
      const page = Math.min(Math.max(1, startPage), pdf.numPages);
      if (page > 1) viewer.currentPageNumber = page;
      setPageCount(pdf.numPages);
      setPage(viewer.currentPageNumber);
    });
    eventBus.on('pagechanging', (event: { pageNumber: number }) => setPage(event.pageNumber));
    eventBus.on('scalechanging', (event: { scale: number; presetValue?: string }) =>
      setScale(event.presetValue ?? String(event.scale), event.scale),
    );
    eventBus.on('pagerendered', () => {
      if (painted) return;
      painted = true;
      firstPaint();
    });

    // Fit-to-width and friends are kept when the space changes (the agenda panel
    // appears, the window is resized), as a reader expects of "Fit width".
    const refit = new ResizeObserver(() => {
      const value = viewer.currentScaleValue;
      if (viewer.pagesCount > 0 && Number.isNaN(Number(value))) viewer.currentScaleValue = value;
    });
    refit.observe(container);

    viewer.setDocument(pdf);
    linkService.setDocument(pdf);
    // After the pagesinit handler above: a place chosen while the pages load comes after the remembered one.
    publish(controlFor(viewer, eventBus));
    share({ viewer, eventBus, findController });
    setCaretTarget({ viewer, container });
    return () => {
      setCaretTarget(null);
      stopTabKeeping();
      refit.disconnect();
      share(null);
      publish(null);
      viewer.cleanup();
      viewer.setDocument(null);
      linkService.setDocument(null);
    };
  }, [pdf]);

  return (
    <>
      <div
        className="pdf-scroll"
        ref={containerRef}
        tabIndex={0}
        role="region"
        aria-label="Document pages"
        aria-describedby="caret-hint"
        aria-keyshortcuts="Shift+ArrowRight Shift+ArrowDown Control+Shift+ArrowRight S P"
      >
        <div className="pdfViewer" ref={viewerRef} />
      </div>
      <p id="caret-hint" className="caret-hint">
        Arrows move a caret through the text; Shift+arrows select, Ctrl for whole words. S selects the sentence, P the paragraph. Tab reaches what to do with the selection.
      </p>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
