// The reader: loads a document from the library and shows it where the user left it.
import { useEffect, useMemo, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useNavigation } from '../app/navigation';
import { useNotices } from '../common/notices';
import { passwordAsker } from '../common/passwordPrompt';
import { readDocumentBytes } from '../library/libraryData';
import { openPdf, wasPasswordCancelled } from '../pdf/pdfjs';
import { PdfView } from './PdfView';
import { useReader } from './readerStore';
import { ReaderToolbar } from './ReaderToolbar';
import { useReaderKeys } from './useReaderKeys';
import { useViewStatePersistence } from './useViewStatePersistence';
import type { ViewerControl } from './viewerControl';
import { loadViewState } from './viewStateData';
import { markFirstPaint } from '../app/perfMarks';
import { AgendaPanel } from './AgendaPanel';
import { useDocumentStructure } from './useDocumentStructure';
import { pageNumbers } from './pageNumbers';
import type { ViewerHandle } from './PdfView';
import { AnnotationTools } from '../annotations/AnnotationTools';
import { addTextBoxFromKeyboard } from '../annotations/keyboardTextBox';
import { ReaderAnnotations } from '../annotations/ReaderAnnotations';
import { useDocument } from '../library/libraryData';
import { NotesPanel } from '../notes/NotesPanel';
import { QuestionsPanel } from '../questions/QuestionsPanel';
import { SidePanelSwitch, type SidePanel } from './SidePanelSwitch';
import { usePassageActions } from './usePassageActions';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; pdf: PDFDocumentProxy; title: string; hash: string; pageCount: number; page: number; scale: string }
  | { status: 'failed'; message: string };

export function ReaderScreen({ documentId }: { documentId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [control, setControl] = useState<ViewerControl | null>(null);
  const [handle, setHandle] = useState<ViewerHandle | null>(null);
  const [panel, setPanel] = useState<SidePanel>('annotations');
  const stored = useDocument(documentId);
  const meetingId = stored?.meetingId ?? null;
  const showLibrary = useNavigation((state) => state.showLibrary);
  const notify = useNotices((state) => state.add);

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
  const showAgenda = agendaOpen && structure && structure.agendaSource !== 'none' && structure.items.length > 0;

  const { selectionActions, annotationActions } = usePassageActions(documentId, meetingId, (next) => {
    setPanel(next);
    if (!useReader.getState().sideOpen) useReader.getState().toggleSide();
  });

  return (
    <main className="reader" aria-label="Reader">
      <ReaderToolbar
        title={loaded.status === 'ready' ? loaded.title : ''}
        control={control}
        numbers={numbers}
        tools={<AnnotationTools onKeyboardTextBox={() => handle && void addTextBoxFromKeyboard(handle, documentId)} />}
      />
      <div className="reader-main">
        {showAgenda && <AgendaPanel items={structure.items} source={structure.agendaSource === 'outline' ? 'outline' : 'front-sheet'} onGo={(page) => control?.goToPage(page)} />}
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
        {loaded.status === 'ready' && (
          <ReaderAnnotations
            documentId={documentId}
            hash={loaded.hash}
            title={loaded.title}
            pageCount={loaded.pageCount}
            handle={handle}
            control={control}
            structure={structure}
            numbers={numbers}
            selectionActions={selectionActions}
            annotationActions={annotationActions}
            panelSwitch={<SidePanelSwitch value={panel} onChange={setPanel} />}
            sideOpen={sideOpen}
            otherPanel={
              panel === 'annotations' ? undefined : (
                <div className="side-panel">{panel === 'notes' ? <NotesPanel meetingId={meetingId} documentId={documentId} compact /> : <QuestionsPanel meetingId={meetingId} documentId={documentId} compact />}</div>
              )
            }
          />
        )}
      </div>
    </main>
  );
}
