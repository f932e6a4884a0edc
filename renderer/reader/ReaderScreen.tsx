// The reader: loads a document from the library and shows it where the user left it. Tools
// and the side panel are slots that the layers above fill (annotations, notes, questions).
import './reflow.css';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useNavigation } from '../navigation/navigation';
import { useNotices } from '../common/notices';
import { passwordAsker } from '../common/passwordPrompt';
import { markDocumentOpened, readDocumentBytes } from '../library/libraryData';
import { openPdf, wasPasswordCancelled } from '../pdf/pdfjs';
import { PdfView } from './PdfView';
import { useReader } from './readerStore';
import { ReaderToolbar } from './ReaderToolbar';
import { ExemptPageBanner } from './ExemptPageBanner';
import { useReaderKeys } from './useReaderKeys';
import { useViewStatePersistence } from './useViewStatePersistence';
import type { ViewerControl } from './viewerControl';
import { loadViewState } from '../library/viewStateData';
import { markFirstPaint } from '../navigation/perfMarks';
import { AgendaPanel } from './AgendaPanel';
import { useDocumentStructure } from './useDocumentStructure';
import { pageNumbers, type PageNumbers } from './pageNumbers';
import type { ViewerHandle } from './PdfView';
import type { AgendaEntry, DocumentStructure, StoredDocument } from '../db/types';
import { agendaNumber, findItemElsewhere, openAt } from './itemElsewhere';
import { setItemExempt, useDocument } from '../library/libraryData';

/** Where the panels become drawers over the page (reflow.css). */
export const NARROW = '(max-width: 900px)';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; pdf: PDFDocumentProxy; title: string; hash: string; pageCount: number; page: number; scale: string }
  | { status: 'failed'; message: string };

/** What the reader tells the layers that fill its slots about the open document. */
export interface ReaderContext {
  documentId: string;
  document: StoredDocument | null | undefined;
  meetingId: string | null;
  hash: string;
  title: string;
  pageCount: number;
  handle: ViewerHandle | null;
  control: ViewerControl | null;
  structure: DocumentStructure | undefined;
  numbers: PageNumbers;
  sideOpen: boolean;
}

export interface ReaderSlots {
  /** Extra toolbar controls (the annotation tools). */
  tools?(handle: ViewerHandle | null): ReactNode;
  /** What sits over and beside the pages once the document is open (annotations, side panel). */
  side?(context: ReaderContext): ReactNode;
  /** What sits between the toolbar and the pages once the document is open (the revision banner). */
  top?(context: ReaderContext): ReactNode;
}

export function ReaderScreen({ documentId, tools, side, top }: { documentId: string } & ReaderSlots) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [control, setControl] = useState<ViewerControl | null>(null);
  const [handle, setHandle] = useState<ViewerHandle | null>(null);
  const stored = useDocument(documentId);
  const meetingId = stored?.meetingId ?? null;
  const showLibrary = useNavigation((state) => state.showLibrary);
  const notify = useNotices((state) => state.add);

  // A downloaded document stops being "New" in the library once it is opened.
  useEffect(() => {
    void markDocumentOpened(documentId);
  }, [documentId]);

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | undefined;
    useReader.getState().reset();
    void (async () => {
      try {
        const [{ document, bytes }, view] = await Promise.all([readDocumentBytes(documentId), loadViewState(documentId)]);
        const task = openPdf(bytes, { askPassword: passwordAsker(document.hash, document.fileName) });
        destroy = () => task.destroy();
        try {
          const pdf = await task.promise;
          if (!cancelled) setLoaded({ status: 'ready', pdf, title: document.title, hash: document.hash, pageCount: document.pageCount, page: view?.page ?? 1, scale: view?.scale ?? 'page-width' });
        } catch (error) {
          if (cancelled) return;
          if (wasPasswordCancelled(task)) {
            notify('info', `“${document.title}” was not opened because no password was given.`);
            showLibrary();
            return;
          }
          throw error;
        }
      } catch (error) {
        if (cancelled) return;
        const message = `This document could not be opened: ${error instanceof Error ? error.message : String(error)}`;
        setLoaded({ status: 'failed', message });
      }
    })();
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [documentId, notify, showLibrary]);

  useViewStatePersistence(documentId, loaded.status === 'ready');
  useReaderKeys(control);
  const structure = useDocumentStructure(documentId, loaded.status === 'ready' ? loaded.hash : undefined);
  const numbers = useMemo(() => pageNumbers(structure), [structure]);
  const agendaOpen = useReader((state) => state.agendaOpen);
  const sideOpen = useReader((state) => state.sideOpen);
  const openDocument = useNavigation((state) => state.openDocument);
  // On a narrow window the agenda lies over the page: choosing an item closes it and goes to the page.
  const goFromAgenda = (page: number) => {
    control?.goToPage(page);
    if (!window.matchMedia(NARROW).matches) return;
    useReader.getState().toggleAgenda();
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.pdf-scroll')?.focus({ preventScroll: true }));
  };
  // An item whose pages are not in this document: open the meeting's document that has them, or say why not.
  const goToItem = (item: AgendaEntry) => {
    if (item.pdfFrom !== undefined) return goFromAgenda(item.pdfFrom);
    void findItemElsewhere(meetingId, documentId, item).then(async (place) => {
      if (!place.found) return notify('info', place.message);
      notify('info', `Opened “${place.document.title}”${place.printed ? ` at page ${place.printed}` : ''}, where item ${agendaNumber(item)} is.`);
      await openAt(place.document.id, place.pdfPage, openDocument);
    });
  };
  const showAgenda = agendaOpen && structure && structure.agendaSource !== 'none' && structure.items.length > 0;
  const context: ReaderContext | null =
    loaded.status === 'ready'
      ? { documentId, document: stored, meetingId, hash: loaded.hash, title: loaded.title, pageCount: loaded.pageCount, handle, control, structure, numbers, sideOpen }
      : null;

  return (
    <main className="reader" aria-label="Reader">
      <ReaderToolbar
        title={loaded.status === 'ready' ? loaded.title : ''}
        control={control}
        numbers={numbers}
        tools={tools?.(handle)}
      />
      {context && top?.(context)}
      {context && <ExemptPageBanner documentId={documentId} />}
      <div className="reader-main">
        {showAgenda && (
          <AgendaPanel
            items={structure.items} source={structure.agendaSource === 'outline' ? 'outline' : 'front-sheet'} onGo={(item) => goToItem(item)}
            marked={stored?.exemptItems}
            onMarkExempt={(item, exempt) => void setItemExempt(documentId, item.number, exempt)}
          />
        )}
        <div className="reader-body">
        {loaded.status === 'loading' && <p className="hint centred">Opening…</p>}
        {loaded.status === 'failed' && (
          <p role="alert" className="centred">
            {loaded.message}
          </p>
        )}
        {loaded.status === 'ready' && (
          <PdfView
            pdf={loaded.pdf}
            initialPage={loaded.page}
            initialScale={loaded.scale}
            onControl={setControl}
            onFirstPaint={markFirstPaint}
            onViewer={setHandle}
          />
        )}
        </div>
        {context && side?.(context)}
      </div>
    </main>
  );
}
