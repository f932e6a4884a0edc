// Types shared by the agenda-pack parsers: page text input, agenda items, meeting details, page numbering.

/**
 * The text of one PDF page as lines in reading order, top to bottom.
 *
 * One string per visual line, as `pdftotext -raw` prints it or as `textLines`
 * (shared/pdf/textLines.ts) builds it from pdf.js TextContent items. Whitespace inside a line is
 * collapsed by the parsers, so leading indentation and blank lines (as `pdftotext -layout`
 * produces) are tolerated but carry no meaning.
 */
export type PageLines = readonly string[];

/** A whole document: element 0 is PDF page 1. */
export type DocumentPages = readonly PageLines[];

/** What kind of document the text looks like. */
export type DocumentKind = 'agenda' | 'minutes' | 'report' | 'unknown';

/** A range of printed page numbers, as the front sheet prints it ("(Pages 9 - 48)"). */
export interface PageRange {
  from: number;
  to: number;
}

export interface AgendaItem {
  /** As numbered on the front sheet, normalised: "4", "6a", "12.1", "4a(i)". Empty for unnumbered outline entries. */
  number: string;
  /** Title as printed, whitespace collapsed, broken lines rejoined. */
  title: string;
  /** Printed page numbers (the "Page N" stamps), when the front sheet gives them. */
  pages?: PageRange;
  /** "Report of the Cabinet Member for ...", as printed. */
  reportOf?: string;
  /** In a Part Two / exempt section, or marked exempt/confidential. */
  exempt: boolean;
  /** Number of the enclosing item: "4" for "4a", "12" for "12.1". */
  parent?: string;
  /** The papers are not in this pack: "To follow", "See supplement pack", "To be tabled". */
  supplement?: boolean;
  /** A decision or report reference the title begins with: "23/00456". */
  reference?: string;
  /** Minutes: the agenda item a minute records, from its "(Item 5)" line. */
  agendaItem?: string;
}

/** An agenda item located in the PDF (1-based PDF page numbers, inclusive). */
export interface AgendaItemWithPdf extends AgendaItem {
  pdfFrom?: number;
  pdfTo?: number;
}

export interface MeetingDetails {
  committee?: string;
  /** ISO date, yyyy-mm-dd. */
  date?: string;
  /** The meeting time as printed: "2.00 pm", "10:00am", "14:00". */
  time?: string;
  /** The same time on a 24-hour clock: "14:00". */
  time24?: string;
  venue?: string;
}

export interface FrontSheet extends MeetingDetails {
  kind: DocumentKind;
  /** An agenda's papers: a front sheet alone, a front sheet with its reports, or a supplement's covering letter with its papers. */
  role?: 'front sheet' | 'pack' | 'supplement';
  /** A report's own title ("Subject: ..." or its first heading). */
  reportTitle?: string;
  /** The decision a report or record of decision is about ("Decision no: 24/00019"). */
  reportReference?: string;
  /** A report's or letter's own date when no meeting is named (a letter "16 December 2024"). */
  documentDate?: string;
  /** Agenda items in front-sheet order (sub-items follow their parent). Empty unless clearly structured. */
  items: AgendaItem[];
  /** How many leading PDF pages form the front sheet (0 when there is none). */
  frontSheetPages: number;
}

/** Where a page's printed label came from: read from its stamp, or inferred (between two stamps, or the unstamped end of a stamped run). */
export type PageLabelSource = 'stamp' | 'gap' | 'end';

export interface PrintedPageMap {
  /** Printed label per PDF page (index 0 = PDF page 1), e.g. "39"; undefined where none is printed or inferable. */
  labels: (string | undefined)[];
  /** Per PDF page: read from a stamp, or filled into an unambiguous gap between stamps. */
  sources: (PageLabelSource | undefined)[];
  /**
   * 1-based PDF page carrying this printed label. Numbering can restart (supplements, appended packs):
   * the first match at or after `fromPdfPage` (default 1) is returned.
   */
  printedToPdf(printed: string, fromPdfPage?: number): number | undefined;
  /** Printed label of a 1-based PDF page. */
  pdfToPrinted(pdfPage: number): string | undefined;
}

/** The page numbering a viewer should show: stamps, else the PDF's /PageLabels, else PDF page numbers. */
export interface PageNumbering extends PrintedPageMap {
  source: 'stamps' | 'pdfLabels' | 'pdfPages';
}

/** A bookmark from the PDF outline, with its destination already resolved to a 1-based PDF page. */
export interface OutlineNode {
  title: string;
  pdfPage?: number;
  children: readonly OutlineNode[];
}
