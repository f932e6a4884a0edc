// A place chosen while a document is still opening (before pdf.js has laid out its pages,
// when it drops page changes) is gone to once the pages exist, after the remembered place.
import { describe, expect, it } from 'vitest';
import type { EventBus, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { controlFor } from '../../../renderer/reader/viewerControl';

/** Just enough of pdf.js's viewer and event bus: page changes are dropped until the pages exist. */
function fakeViewer(pageCount: number) {
  const listeners = new Map<string, Array<() => void>>();
  const bus = {
    on: (name: string, listener: () => void) => listeners.set(name, [...(listeners.get(name) ?? []), listener]),
    dispatch: (name: string) => listeners.get(name)?.forEach((listener) => listener()),
  };
  const state = { pagesCount: 0, page: 1 };
  const viewer = {
    get pagesCount() {
      return state.pagesCount;
    },
    get currentPageNumber() {
      return state.page;
    },
    set currentPageNumber(page: number) {
      if (page >= 1 && page <= state.pagesCount) state.page = page;
    },
  };
  const layOutPages = () => {
    state.pagesCount = pageCount;
    bus.dispatch('pagesinit');
  };
  return { viewer: viewer as unknown as PDFViewer, bus: bus as unknown as EventBus, on: bus.on, layOutPages };
}

describe('the reader’s page commands', () => {
  it('keep a page chosen before the pages are laid out, and go there after the remembered page', () => {
    const { viewer, bus, on, layOutPages } = fakeViewer(108);
    // The reader restores where the document was left when the pages are laid out.
    on('pagesinit', () => {
      viewer.currentPageNumber = 12;
    });
    const control = controlFor(viewer, bus);
    control.goToPage(105);
    expect(viewer.currentPageNumber).toBe(1);
    layOutPages();
    expect(viewer.currentPageNumber).toBe(105);
  });

  it('go at once when the pages are there, and nothing is replayed later', () => {
    const { viewer, bus, layOutPages } = fakeViewer(108);
    const control = controlFor(viewer, bus);
    layOutPages();
    control.goToPage(40);
    expect(viewer.currentPageNumber).toBe(40);
    control.goToPage(7);
    layOutPages();
    expect(viewer.currentPageNumber).toBe(7);
  });
});
