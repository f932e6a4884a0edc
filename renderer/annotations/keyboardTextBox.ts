// A text box placed from the keyboard: at the keyboard caret when it is on the page being
// read (just below its line), otherwise near the top left of that page; ready to type into.
import type { PageViewport } from 'pdfjs-dist';
import { DEFAULT_FONT_SIZE, type PdfPoint } from '../../shared/annotations';
import type { ViewerHandle } from '../reader/PdfView';
import { createAnnotation } from './annotationManager';
import { focusWhenShown } from './openEditor';
import { useAnnotationView } from './annotationView';
import { clientPointToPdf, pageContentBox } from './pageGeometry';
import { DEFAULT_PALETTE } from './palette';

/** Below the caret's line, in PDF space, when the caret is on the given page. */
function caretPoint(handle: ViewerHandle, page: number): PdfPoint | null {
  const selection = document.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || selection.rangeCount === 0) return null;
  const pageElement = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(`.page[data-page-number="${page}"]`);
  if (!pageElement) return null;
  const range = document.createRange();
  range.setStart(node, selection.focusOffset);
  const rect = range.getClientRects()[0] ?? (node.parentElement ?? pageElement).getBoundingClientRect();
  const view = handle.viewer.getPageView(page - 1) as { viewport: PageViewport };
  return clientPointToPdf(rect.left, rect.bottom + 4, pageContentBox(pageElement), view.viewport);
}

export async function addTextBoxFromKeyboard(handle: ViewerHandle, documentId: string): Promise<void> {
  const page = handle.viewer.currentPageNumber;
  const view = handle.viewer.getPageView(page - 1) as { pdfPage: { view: number[] } | null } | undefined;
  const [x0 = 0, , , y1 = 792] = view?.pdfPage?.view ?? [];
  const [x, y] = caretPoint(handle, page) ?? [x0 + 72, y1 - 72];
  const annotation = await createAnnotation({
    documentId,
    kind: 'textbox',
    page,
    colour: DEFAULT_PALETTE[0]!.colour,
    rects: [[x, y - 48, x + 200, y]],
    text: '',
    fontSize: DEFAULT_FONT_SIZE,
  });
  useAnnotationView.getState().openEditor(annotation.id);
  requestAnimationFrame(() => focusWhenShown('annotation-text'));
}
