// Public API of the agenda-pack parsers: front sheet, printed page labels, item placement, outline fallback.

export type {
  AgendaItem,
  AgendaItemWithPdf,
  DocumentKind,
  DocumentPages,
  FrontSheet,
  MeetingDetails,
  OutlineNode,
  PageLabelSource,
  PageLines,
  PageNumbering,
  PageRange,
  PrintedPageMap,
} from './types';
export { parseFrontSheet } from './frontSheet';
export { mapPrintedPages, choosePageNumbering } from './printedPages';
export { attachPdfPages, currentItemAt, type PrintedLookup } from './pdfPages';
export { itemsFromOutline, agendaFromOutline } from './outline';
export { matchTitle, normaliseTitle } from './titleMatch';
export { findDates } from './dates';
export { documentTitle, type TitleFacts } from './documentTitle';
