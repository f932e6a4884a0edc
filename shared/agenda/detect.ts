// Decides whether parsed leading pages are really an agenda front sheet, from the evidence a front sheet carries.

import { AGENDA_HEADING, CONTENTS_HEADING, ITEM_NO_HEADING, NOTICE_PHRASE, PROCEDURAL_TITLE, REPORT_LABEL, SUPPLEMENT_LETTER } from './patterns';
import type { Line } from './text';
import type { AgendaItem, MeetingDetails } from './types';

export interface FrontSheetEvidence {
  /** An "AGENDA" heading line. */
  heading: boolean;
  /** A "Contents" heading before the items (a report's table of contents). */
  contents: boolean;
  /** Meeting-notice wording ("Public Document Pack", "Please ask for", "You are summoned"). */
  notice: boolean;
  /** Top-level items found. */
  topItems: number;
  /** Items with a page range. */
  withRanges: number;
  /** Items with standard procedural titles (Apologies, Declarations of Interest, Minutes, ...). */
  procedural: number;
  /** A date together with a time or weekday in the header. */
  meeting: boolean;
  /** Distinct report labels ("From:", "To:", "Subject:", "Summary:") before the first item: an officer's report. */
  reportLabels: number;
  /** Numbered "items" that are sentences (end with a full stop, or run past 20 words): a report's paragraphs. */
  sentences: number;
  /** A supplement's covering letter ("Please find enclosed the documents for Item 3", "Agenda Item No"). */
  covering: boolean;
}

export function gatherEvidence(lines: readonly Line[], firstItemLine: number | undefined, items: readonly AgendaItem[], header: MeetingDetails): FrontSheetEvidence {
  const before = lines.slice(0, firstItemLine ?? lines.length);
  return {
    heading: lines.some((l) => AGENDA_HEADING.test(l.text)),
    contents: before.some((l) => CONTENTS_HEADING.test(l.text)),
    notice: lines.some((l) => NOTICE_PHRASE.test(l.text)),
    topItems: items.filter((it) => it.parent === undefined).length,
    withRanges: items.filter((it) => it.pages).length,
    procedural: items.filter((it) => PROCEDURAL_TITLE.test(it.title)).length,
    meeting: header.date !== undefined && header.time !== undefined,
    sentences: items.filter((it) => it.parent === undefined && (/[a-z)]\.$/.test(it.title) || it.title.split(' ').length > 20)).length,
    reportLabels: new Set(before.map((l) => REPORT_LABEL.exec(l.text)?.[0].replace(/\W+$/, '').toLowerCase()).filter((label) => label !== undefined)).size,
    covering: before.some((l) => SUPPLEMENT_LETTER.test(l.text) || ITEM_NO_HEADING.test(l.text)),
  };
}

/**
 * Numbered paragraphs ("1. Purpose of report", "2. Recommendations") and tables of contents
 * ("1. Foreword .... Page 4") look like agenda lists; a front sheet also has an agenda heading,
 * procedural business, page ranges with a meeting header, or notice wording.
 * `stampedFirstPage`: page 1 already carries a "Page N" stamp, so it is more likely a report's
 * first page and stronger evidence is needed.
 */
export function isFrontSheet(e: FrontSheetEvidence, stampedFirstPage: boolean): boolean {
  // A report's numbered paragraphs under its "From:/To:/Subject:" block are never an agenda.
  if (e.reportLabels >= 2 && !e.heading) return false;
  if (!e.heading && e.sentences >= 3 && e.sentences * 3 >= e.topItems) return false;
  // A supplement's covering letter lists one or two items with their pages.
  if (e.covering && e.withRanges >= 1 && e.topItems >= 1 && !stampedFirstPage) return true;
  if (e.topItems < 2) return false;
  if (e.contents && !e.heading) return false;
  const score = (e.heading ? 2 : 0) + Math.min(e.procedural, 3) + Math.min(e.withRanges, 2) + (e.meeting ? 1 : 0) + (e.notice ? 1 : 0);
  if (stampedFirstPage) return score >= 4 && (e.heading || e.procedural >= 2);
  return score >= 3 && (e.heading || e.procedural >= 1 || e.withRanges >= 2);
}
