// With text selected on a page: Highlight, Underline, Strike through and Add note (and
// the question and note actions), placed beside the selection and reachable by keyboard.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { PageViewport } from 'pdfjs-dist';
import { findOnPage, makeQuote, type DocumentText, type PdfPoint, type PdfRect, type QuoteSelector, type TextMarkupKind } from '../../shared/annotations';
import type { ViewerHandle } from '../reader/PdfView';
import { createAnnotation } from './annotationManager';
import { documentTextOf } from './annotationsData';
import { useAnnotationView } from './annotationView';
import { openAnnotationEditor } from './openEditor';
import { clientRectToPdf, marginNotePoint, mergeLineRects, pageContentBox } from './pageGeometry';

/** What is selected on a page, in PDF terms. */
export interface PageSelection {
  page: number;
  text: string;
  rects: PdfRect[];
  quote?: QuoteSelector;
  /** Where to show the toolbar (client coordinates, below the selection). */
  anchor: { x: number; y: number };
  /** Where a note on this selection puts its icon: in the margin level with its first line (measured only when asked). */
  notePoint(): PdfPoint;
}

/** The current text selection on a pdf.js page, or null. Only the first page of a selection across pages is used. */
export function readSelection(handle: ViewerHandle, doc: DocumentText | null | undefined): PageSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const pageElement = start?.closest<HTMLElement>('.page[data-page-number]');
  if (!pageElement || !start?.closest('.textLayer')) return null;
  const page = Number(pageElement.dataset.pageNumber);
  const view = handle.viewer.getPageView(page - 1) as { viewport: PageViewport } | undefined;
  if (!view) return null;
  const pageBox = pageContentBox(pageElement);
  const clientRects = Array.from(range.getClientRects()).filter(
    (rect) => rect.width > 0 && rect.top >= pageBox.top - 1 && rect.bottom <= pageBox.bottom + 1,
  );
  if (clientRects.length === 0) return null;
  const rects = mergeLineRects(clientRects.map((rect) => clientRectToPdf(rect, pageBox, view.viewport)));
  const text = selection.toString().trim();
  if (!text) return null;
  const found = doc ? findOnPage(doc, page, text) : null;
  const last = clientRects[clientRects.length - 1]!;
  return {
    page,
    text,
    rects,
    ...(found && doc ? { quote: makeQuote(doc, found.start, found.end) } : {}),
    anchor: { x: last.right, y: last.bottom },
    notePoint: () => marginNotePoint(pageElement, view.viewport, rects[0]!),
  };
}

/**
 * The selection with its quote. Right after a pack is opened the reader may not have its
 * copy of the text yet; the quote then comes from the stored text, so the annotation can
 * still follow a revised version. (A pack still being read has no stored text: its words
 * are kept, and usePendingQuotes makes them its quote once the text is stored.)
 */
async function withQuote(selection: PageSelection, documentId: string): Promise<PageSelection> {
  if (selection.quote) return selection;
  const doc = await documentTextOf(documentId);
  const found = doc ? findOnPage(doc, selection.page, selection.text) : null;
  return found && doc ? { ...selection, quote: makeQuote(doc, found.start, found.end) } : selection;
}

interface Props {
  handle: ViewerHandle | null;
  documentId: string;
  doc: DocumentText | null | undefined;
  colour: string;
  /** More actions on the same selection (e.g. make a question of it); call `current` when acting. */
  extraActions?: (current: () => PageSelection) => ReactNode;
}

export function SelectionToolbar({ handle, documentId, doc, colour, extraActions }: Props) {
  const [selection, setSelection] = useState<PageSelection | null>(null);
  const select = useAnnotationView((state) => state.select);
  const toolbarRef = useRef<HTMLDivElement>(null);

  // Keep the whole toolbar on screen: beside the selection, pulled in from the edges.
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar || !selection) return;
    const { width, height } = toolbar.getBoundingClientRect();
    toolbar.style.left = `${Math.max(8, Math.min(selection.anchor.x - width / 2, window.innerWidth - width - 8))}px`;
    toolbar.style.top = `${Math.min(selection.anchor.y + 8, window.innerHeight - height - 8)}px`;
  }, [selection]);

  useEffect(() => {
    if (!handle) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const current = readSelection(handle, doc);
      if (document.activeElement?.closest('.selection-toolbar')) {
        // Moving focus into the toolbar must not hide it. A selection an action used up
        // (Add question) hides it once focus has moved on, into the action's dialog, which
        // on a busy machine can take longer than one check: otherwise the toolbar would
        // stay, and the dialog would give focus back to it instead of to the pages.
        if (!current) timer = setTimeout(check, 120);
        return;
      }
      setSelection(current);
    };
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(check, 120);
    };
    document.addEventListener('selectionchange', update);
    // Set up again (the page text arrived, say) just after a selection was made: the check
    // that selection started was cancelled with the old listener, so look at it now.
    update();
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', update);
    };
  }, [handle, doc]);

  if (!selection) return null;
  const shown = selection;
  // Act on the selection as it is at the moment of the click, not as it was when the
  // toolbar last refreshed: the user may have selected again in between.
  const current = (): PageSelection => (handle ? readSelection(handle, doc) : null) ?? shown;

  const markup = async (kind: TextMarkupKind, fromKeyboard: boolean) => {
    const selection = await withQuote(current(), documentId);
    const annotation = await createAnnotation({
      documentId,
      kind,
      page: selection.page,
      colour,
      rects: selection.rects,
      // No text stored yet: the words wait, and become its quote once the text is read.
      ...(selection.quote ? { quote: selection.quote } : { unquoted: { text: selection.text } }),
    });
    document.getSelection()?.removeAllRanges();
    setSelection(null);
    select(annotation.id);
    // From the keyboard, focus goes to the new annotation's comment (the button has gone).
    if (fromKeyboard) openAnnotationEditor(annotation.id, true);
  };

  const note = async () => {
    const selection = await withQuote(current(), documentId);
    const top = selection.rects[0]!;
    const point = selection.notePoint();
    const offset: PdfPoint = [point[0] - top[0], point[1] - top[3]];
    const annotation = await createAnnotation({
      documentId,
      kind: 'note',
      page: selection.page,
      colour,
      point,
      ...(selection.quote ? { nearText: { quote: selection.quote, offset } } : { unquoted: { text: selection.text, offset } }),
    });
    document.getSelection()?.removeAllRanges();
    setSelection(null);
    // The comment field of the note opens in the sidebar for typing.
    openAnnotationEditor(annotation.id, true);
  };

  // Buttons keep the text selected: pressing them must not move the selection.
  const keep = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div ref={toolbarRef} className="selection-toolbar" role="toolbar" aria-label="Selected text" data-return-focus=".pdf-scroll" onMouseDown={keep}>
      <button type="button" onClick={(event) => void markup('highlight', event.detail === 0)}>
        Highlight
      </button>
      <button type="button" onClick={(event) => void markup('underline', event.detail === 0)}>
        Underline
      </button>
      <button type="button" onClick={(event) => void markup('strikeout', event.detail === 0)}>
        Strike through
      </button>
      <button type="button" onClick={() => void note()}>
        Add note
      </button>
      {extraActions?.(current)}
    </div>
  );
}
