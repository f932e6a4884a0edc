// parseFrontSheet: classifies a document (agenda / minutes / report) and reads its meeting details and agenda items.

import { gatherEvidence, isFrontSheet } from './detect';
import { parseItemList } from './itemList';
import { extractMeetingDetails } from './meeting';
import { letterDate, reportReference, reportTitle } from './reportHeader';
import { findMinutesHeading, minutesDetails, minutesItems } from './minutes';
import { AGENDA_HEADING } from './patterns';
import { mapPrintedPages, readStamps } from './printedPages';
import { blankish, documentLines, pageLines, textWeight, type Line } from './text';
import type { DocumentPages, FrontSheet, PrintedPageMap } from './types';

/** A front sheet is at most this many unstamped leading pages. */
const MAX_FRONT_PAGES = 4;
/** Header lines read for committee/date/time/venue. */
const MAX_HEADER_LINES = 80;
/** Lines of a report's first page searched for "Committee" + date. */
const REPORT_HEADER_LINES = 12;
/** Below this many characters in the first pages the text layer is missing (a scan). */
const MIN_TEXT = 40;


/**
 * Read the front sheet of an agenda pack, or classify the document when it has none.
 *
 * `pages` is the document's text, one array of lines per PDF page in reading order (see
 * `PageLines`). The front sheet is looked for on the leading pages that carry no "Page N" stamp
 * (or page 1 alone, with stricter tests, when every page is stamped). Items are returned only
 * for a recognised agenda, or for minutes with clearly numbered headings; a report gives
 * `kind: 'report'` and no items. Fields it cannot establish are left undefined.
 *
 * Pass `printed` when you already have `mapPrintedPages(pages)`, to avoid computing it twice.
 */
export function parseFrontSheet(pages: DocumentPages, printed?: PrintedPageMap): FrontSheet {
  if (pages.length === 0 || textWeight(pages) < MIN_TEXT) return { kind: 'unknown', items: [], frontSheetPages: 0 };
  const map = printed ?? mapPrintedPages(pages);
  const stamps = readStamps(pages);
  // Drop the very lines that carried a page stamp (a "Page 79" item reference elsewhere stays).
  const withoutStamps = (lines: Line[]) => lines.filter((l) => stamps[l.page]?.line !== l.index);

  const leading: number[] = [];
  for (let p = 0; p < Math.min(pages.length, MAX_FRONT_PAGES) && map.labels[p] === undefined; p++) leading.push(p);
  const stampedFirstPage = leading.length === 0;
  const candidatePages = stampedFirstPage ? [0] : leading;
  // A blank or "intentionally left blank" page before the first page of text (as printed
  // double-sided) is passed over: minutes and reports announce themselves on the page after.
  const blanks = pages.slice(0, MAX_FRONT_PAGES).findIndex((page) => !blankish(page));
  const opening = Math.max(0, blanks);
  const firstPage = withoutStamps(pageLines(pages[opening] ?? [], opening));

  // Minutes announce themselves in their first lines, before any numbered business.
  const minutesHeading = findMinutesHeading(firstPage);
  const agendaHeadingFirst = firstPage.findIndex((l) => AGENDA_HEADING.test(l.text));
  if (minutesHeading !== undefined && (agendaHeadingFirst < 0 || agendaHeadingFirst > minutesHeading)) {
    const all = withoutStamps(documentLines(pages, pages.map((_, i) => i).slice(opening)));
    return { kind: 'minutes', ...minutesDetails(firstPage, minutesHeading), items: minutesItems(all.slice(minutesHeading + 1)), frontSheetPages: 0 };
  }

  const lines = withoutStamps(documentLines(pages, candidatePages));
  const headingAt = lines.findIndex((l) => AGENDA_HEADING.test(l.text));
  const listStart = headingAt >= 0 ? headingAt + 1 : 0;
  const list = parseItemList(lines.slice(listStart), 'agenda');
  const firstItemLine = list.firstItemLine === undefined ? undefined : list.firstItemLine + listStart;
  const headerLines = lines.slice(0, Math.min(firstItemLine ?? MAX_HEADER_LINES, MAX_HEADER_LINES));
  const header = extractMeetingDetails(headerLines, 'agenda');
  const evidence = gatherEvidence(lines, firstItemLine, list.items, header);

  if (isFrontSheet(evidence, stampedFirstPage)) {
    const stamped = map.labels.some((l) => l !== undefined);
    const frontSheetPages = stampedFirstPage ? 1 : stamped && leading.length < MAX_FRONT_PAGES ? leading.length : (list.lastPage ?? 0) + 1;
    const role = evidence.covering && !evidence.heading ? 'supplement' : map.labels.slice(frontSheetPages).some((l) => l !== undefined) ? 'pack' : 'front sheet';
    return { kind: 'agenda', role, ...header, items: list.items, frontSheetPages };
  }

  const reportHeader = firstPage.slice(0, REPORT_HEADER_LINES);
  const details = extractMeetingDetails(reportHeader, 'report');
  const heading = firstPage.slice(0, REPORT_HEADER_LINES + 8);
  const title = reportTitle(heading);
  const reference = reportReference(heading, title);
  const dated = details.date ? undefined : letterDate(reportHeader);
  return { kind: 'report', ...details, ...(title ? { reportTitle: title } : {}), ...(reference ? { reportReference: reference } : {}), ...(dated ? { documentDate: dated } : {}), items: [], frontSheetPages: 0 };
}
