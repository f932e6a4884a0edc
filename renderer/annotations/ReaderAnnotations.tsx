// Everything annotations add to the reader: the drawing over pages, the selected-text
// toolbar, the sidebar with its exports, and carrying moved text's rectangles.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Annotation } from '../../shared/annotations';
import { useNotices } from '../common/notices';
import type { DocumentStructure } from '../db/types';
import type { PageNumbers } from '../reader/pageNumbers';
import type { ViewerHandle } from '../reader/PdfView';
import type { ViewerControl } from '../reader/viewerControl';
import { AnnotationOverlay } from './AnnotationOverlay';
import { adoptAnnotations, updateAnnotation } from './annotationManager';
import { useAnnotations, useDocumentText } from './annotationsData';
import type { PageViewport } from 'pdfjs-dist';
import { AnnotationsSidebar } from './AnnotationsSidebar';
import { useAnnotationView } from './annotationView';
import { placeOf } from './describePlace';
import { saveAnnotatedPdf, saveSummary, summaryModel } from './exporting';
import { usePalette } from './palette';
import { usePendingGeometry } from './pendingGeometry';
import { usePendingQuotes } from './pendingQuotes';
import { readSelection, SelectionToolbar, type PageSelection } from './SelectionToolbar';
import { SummaryDialog } from './SummaryDialog';
import { EmbeddedAnnotations } from './EmbeddedAnnotations';
import { findOnPage, makeQuote } from '../../shared/annotations';
import type { ImportedAnnotationDraft } from '../../shared/annotations/pdfImport';
import { textUnderRects } from './pageGeometry';
import { exemptPdfPages, withMarkedItems } from '../../shared/exempt';
import { useDocument } from '../library/libraryData';

interface Props {
  documentId: string;
  hash: string;
  title: string;
  pageCount: number;
  handle: ViewerHandle | null;
  control: ViewerControl | null;
  structure: DocumentStructure | undefined;
  numbers: PageNumbers;
  selectionActions?: (current: () => PageSelection) => ReactNode;
  /** Actions offered on the annotation being edited (make it a question, quote it in a note). */
  annotationActions?: (annotation: Annotation) => ReactNode;
  /** Shown in the sidebar's place instead of the annotations list (notes, questions). */
  otherPanel?: ReactNode;
  /** Above the side panel: the switch between annotations, notes and questions. */
  panelSwitch?: ReactNode;
  /** False when the user has hidden the side panel: the drawing over pages stays. */
  sideOpen?: boolean;
}

export function ReaderAnnotations({ documentId, hash, title, pageCount, handle, control, structure, numbers, selectionActions, annotationActions, otherPanel, panelSwitch, sideOpen = true }: Props) {
  const annotations = useAnnotations(documentId);
  const doc = useDocumentText(hash, pageCount);
  const stored = useDocument(documentId);
  // Pages in Part 2 items or items the user marked exempt, or every page of a document the user marked exempt.
  const exemptPages = useMemo(
    () => (stored?.exempt ? new Set(Array.from({ length: pageCount }, (_, i) => i + 1)) : exemptPdfPages(withMarkedItems(structure?.items ?? [], stored?.exemptItems))),
    [stored?.exempt, stored?.exemptItems, pageCount, structure],
  );
  const palette = usePalette();
  const notify = useNotices((state) => state.add);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const colour = palette[0]!.colour;
  usePendingGeometry(handle, annotations);
  usePendingQuotes(doc, annotations);

  useEffect(() => {
    useAnnotationView.getState().reset(documentId);
  }, [documentId]);

  const list = annotations ?? [];
  const label = (page: number) => placeOf(page, structure, numbers).label;

  const goTo = (annotation: Annotation) => {
    const box = annotation.rects[0] ?? (annotation.point ? [annotation.point[0], 0, 0, annotation.point[1]] : annotation.inkPaths[0]?.[0] ? [annotation.inkPaths[0][0][0], 0, 0, annotation.inkPaths[0][0][1]] : null);
    if (box) control?.showPoint(annotation.page, box[0], box[3]);
    else control?.goToPage(annotation.page);
  };

  const place = async (annotation: Annotation) => {
    const selection = handle ? readSelection(handle, doc) : null;
    if (!selection) {
      notify('error', 'Select the text on a page where this annotation belongs, then choose “Place on selection”.');
      return;
    }
    const geometry =
      annotation.kind === 'note'
        ? { point: selection.notePoint(), rects: [] }
        : annotation.kind === 'ink' || annotation.kind === 'textbox'
          ? {}
          : { rects: selection.rects };
    await updateAnnotation(annotation.id, { ...geometry, page: selection.page, ...(selection.quote ? { quote: selection.quote } : {}), review: undefined, pendingGeometry: false });
    document.getSelection()?.removeAllRanges();
    notify('info', `Placed the ${annotation.kind === 'note' ? 'note' : 'annotation'} on ${label(selection.page)}.`);
  };

  /** Adopts drafts as the user's own; text markup gets its quote from the page's text when the page is drawn. */
  const adopt = async (drafts: ImportedAnnotationDraft[]) => {
    const adoptions = drafts.map((draft) => {
      const view = handle?.viewer.getPageView(draft.page - 1) as { div: HTMLElement; viewport: PageViewport } | undefined;
      const under = view && draft.rects.length > 0 ? textUnderRects(view.div, view.viewport, draft.rects) : '';
      const found = under && doc ? findOnPage(doc, draft.page, under) : null;
      return { draft, ...(found && doc ? { quote: makeQuote(doc, found.start, found.end) } : {}) };
    });
    await adoptAnnotations(documentId, adoptions);
    notify('info', drafts.length === 1 ? 'Adopted the annotation as yours.' : `Adopted ${drafts.length} annotations as yours.`);
  };

  const exportPdf = async (includeExempt: boolean) => {
    try {
      if (await saveAnnotatedPdf(documentId, title, list, exemptPages, includeExempt)) {
        notify('info', `Saved an annotated copy of “${title}”${exemptPages.size === 0 ? '' : includeExempt ? ', its exempt pages marked “Not for publication”' : ', without its exempt pages'}.`);
      }
    } catch (error) {
      notify('error', `The annotated PDF could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <>
      <AnnotationOverlay handle={handle} documentId={documentId} annotations={list} doc={doc} colour={colour} />
      <SelectionToolbar handle={handle} documentId={documentId} doc={doc} colour={colour} extraActions={selectionActions} />
      <div className="side-column" hidden={!sideOpen}>
      {panelSwitch}
      {otherPanel ?? (
      <AnnotationsSidebar
        annotations={list}
        annotationActions={annotationActions}
        palette={palette}
        placeOf={label}
        isExempt={(annotation) => exemptPages.has(annotation.page)}
        onGoTo={goTo}
        onPlace={(annotation) => void place(annotation)}
        children={
          structure?.embedded && (
            <EmbeddedAnnotations
              drafts={structure.embedded}
              unsupported={structure.embeddedUnsupported ?? 0}
              adopted={list}
              placeOf={label}
              onAdopt={(drafts) => void adopt(drafts)}
            />
          )
        }
        actions={
          <>
            <button type="button" onClick={() => void exportPdf(false)} disabled={list.length === 0}>
              Export annotated PDF
            </button>
            {exemptPages.size > 0 && (
              <button type="button" onClick={() => void exportPdf(true)} disabled={list.length === 0}>
                Export annotated PDF with exempt pages
              </button>
            )}
            <button type="button" onClick={() => setSummaryOpen(true)} disabled={list.length === 0}>
              Export annotation summary
            </button>
          </>
        }
      />
      )}
      </div>
      {summaryOpen && (
        <SummaryDialog
          onChoose={(format) => {
            setSummaryOpen(false);
            // Failures are reported by the notice in the catch.
            void (async () => {
              try {
                if (await saveSummary(format, title, summaryModel(title, list, structure, numbers, palette, exemptPages))) notify('info', `Saved the annotation summary of “${title}”.`);
              } catch (error) {
                notify('error', `The summary could not be written: ${error instanceof Error ? error.message : String(error)}`);
              }
            })();
          }}
          onClose={() => setSummaryOpen(false)}
        />
      )}
    </>
  );
}
