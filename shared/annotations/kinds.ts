// What each kind of annotation is called, in lists, summaries and messages.
import type { Annotation } from './types';

export const ANNOTATION_KIND_LABELS: Record<Annotation['kind'], string> = {
  highlight: 'Highlight',
  underline: 'Underline',
  strikeout: 'Strike-through',
  note: 'Note',
  ink: 'Drawing',
  textbox: 'Text box',
};

/** The kind as a word inside a sentence ("strike-through", "text box"). */
export function annotationKindWord(kind: Annotation['kind']): string {
  return ANNOTATION_KIND_LABELS[kind].toLowerCase();
}
