// Passages: quoted text with its place in a pack, shared by annotations, notes and questions.
export { openPassage } from './openPassage';
export { PassageQuote } from './PassageQuote';
export { passagePlace } from './place';
export { resolvePassage } from './resolvePassage';
export { keepSelection, selectedPassage, type SelectedPassage } from './selection';
