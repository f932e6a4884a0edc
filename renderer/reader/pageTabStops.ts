// Tab stays on the page being read: links, acronym buttons and anything else focusable that
// is drawn on the other pages leaves the tab order, so Tab never scrolls the view to another page.
import type { EventBus, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
const PARKED = 'data-parked-tabindex';
const PAGE = '.page[data-page-number]';

function updatePage(page: HTMLElement, current: number) {
  const reading = Number(page.dataset.pageNumber) === current;
  for (const element of page.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (!reading && !element.hasAttribute(PARKED)) {
      element.setAttribute(PARKED, element.getAttribute('tabindex') ?? '');
      element.tabIndex = -1;
    } else if (reading && element.hasAttribute(PARKED)) {
      const before = element.getAttribute(PARKED)!;
      element.removeAttribute(PARKED);
      if (before === '') element.removeAttribute('tabindex');
      else element.setAttribute('tabindex', before);
    }
  }
}

function update(viewer: PDFViewer, container: HTMLElement) {
  for (const page of container.querySelectorAll<HTMLElement>(PAGE)) updatePage(page, viewer.currentPageNumber);
}

/** The pages that gained something focusable in these changes. */
function pagesGainingFocusables(records: MutationRecord[]): Set<HTMLElement> {
  const pages = new Set<HTMLElement>();
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof HTMLElement) || !(node.matches(FOCUSABLE) || node.querySelector(FOCUSABLE))) continue;
      const page = node.closest<HTMLElement>(PAGE);
      if (page) pages.add(page);
    }
  }
  return pages;
}

export function keepTabOnCurrentPage(viewer: PDFViewer, eventBus: EventBus, container: HTMLElement): () => void {
  const refresh = () => update(viewer, container);
  const events = ['pagechanging', 'annotationlayerrendered', 'textlayerrendered', 'pagerendered'];
  for (const name of events) eventBus.on(name, refresh);
  // Layers that others draw over the pages whenever they like (the glossary's acronym buttons,
  // annotations) are parked as they arrive: a mutation callback runs before the next key press.
  const arrivals = new MutationObserver((records) => {
    for (const page of pagesGainingFocusables(records)) updatePage(page, viewer.currentPageNumber);
  });
  arrivals.observe(container, { childList: true, subtree: true });
  return () => {
    arrivals.disconnect();
    for (const name of events) eventBus.off(name, refresh);
  };
}
