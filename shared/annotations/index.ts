// Public API of the annotations core: model, document text and quotes, re-anchoring and carry-over, PDF export and import.

export type {
  Annotation,
  AnnotationKind,
  NearTextAnchor,
  PdfPoint,
  PdfRect,
  QuoteSelector,
  ReviewState,
  TextMarkupKind,
} from './types';
export { TEXT_MARKUP_KINDS, isTextMarkup } from './types';
export { ANNOTATION_KIND_LABELS, annotationKindWord } from './kinds';
export {
  LINE_SEPARATOR,
  PAGE_SEPARATOR,
  buildDocumentText,
  documentTextFromRows,
  pageCount,
  pageOfRange,
  pageRange,
  pageText,
  toGlobalOffset,
  toPagePosition,
  type DocumentText,
  type PagePosition,
} from './documentText';
export { CONTEXT_LENGTH, lineRange, makeNearTextAnchor, makeQuote, makeQuoteOnPage, quoteMatchesAt } from './quote';
export { findOnPage } from './locate';
export { quoteWaiting } from './unquoted';
export { reanchor, type ReanchorMatch, type ReanchorOptions, type ReanchorResult } from './reanchor';
export {
  carryOver,
  contextChanged,
  type CarryOverItem,
  type CarryOverOptions,
  type CarryOverOutcome,
  type CarryOverResult,
  type CarryOverSummary,
} from './carryOver';
export {
  boundingBox,
  normaliseRect,
  offsetToFollowAnchor,
  referencePoint,
  translateAnnotation,
  unionRects,
  DEFAULT_FONT_SIZE,
  DEFAULT_STROKE_WIDTH,
  NOTE_ICON_SIZE,
} from './geometry';
export { compareAnnotations, makeSortKey, sortKeyOf } from './sortKey';
export { DEFAULT_COLOUR, hexToRgb, rgbToHex } from './colour';
export { DEFAULT_AUTHOR, EncryptedPdfError, exportAnnotatedPdf, quadPoints, type ExportOptions } from './pdfExport';
export {
  adoptDraft,
  parsePdfDate,
  readExistingAnnotations,
  type AdoptOptions,
  type ImportedAnnotationDraft,
  type ImportedAnnotations,
  type PdfJsAnnotationData,
} from './pdfImport';
