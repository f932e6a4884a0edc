// Opening an annotation's editor from the page (a click, or Enter at the keyboard caret):
// select it, show the side panel on the annotations, and put focus in its comment.
import { useReader } from '../reader/readerStore';
import { useAnnotationView } from './annotationView';

/** Focuses an element once it has been drawn (the side panel may be opening). */
export function focusWhenShown(id: string, frames = 30): void {
  const element = document.getElementById(id);
  if (element) element.focus();
  else if (frames > 0) requestAnimationFrame(() => focusWhenShown(id, frames - 1));
}

export function openAnnotationEditor(id: string, focus: boolean): void {
  useAnnotationView.getState().openEditor(id);
  if (!useReader.getState().sideOpen) useReader.getState().toggleSide();
  if (focus) requestAnimationFrame(() => focusWhenShown('annotation-comment'));
}
