// A text box placed from the keyboard: near the top left of the page being read, ready to type into.
import { DEFAULT_FONT_SIZE } from '../../shared/annotations';
import type { ViewerHandle } from '../reader/PdfView';
import { addAnnotation } from './annotationsData';
import { useAnnotationView } from './annotationView';
import { DEFAULT_PALETTE } from './palette';
import { newAnnotation } from './newAnnotation';

export async function addTextBoxFromKeyboard(handle: ViewerHandle, documentId: string): Promise<void> {
  const page = handle.viewer.currentPageNumber;
  const view = handle.viewer.getPageView(page - 1) as { pdfPage: { view: number[] } | null } | undefined;
  const [x0 = 0, , , y1 = 792] = view?.pdfPage?.view ?? [];
  const annotation = newAnnotation(documentId, 'textbox', page, DEFAULT_PALETTE[0]!.colour, {
    rects: [[x0 + 72, y1 - 72 - 48, x0 + 272, y1 - 72]],
    text: '',
    fontSize: DEFAULT_FONT_SIZE,
  });
  await addAnnotation(annotation);
  useAnnotationView.getState().select(annotation.id);
  requestAnimationFrame(() => document.getElementById('annotation-text')?.focus());
}
