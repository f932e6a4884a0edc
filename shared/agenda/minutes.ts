// Minutes: recognises "Minutes of the X held on ..." documents, reads their meeting details and clearly numbered minute headings.

import { findDates, findTimes } from './dates';
import { parseItemList } from './itemList';
import { extractMeetingDetails } from './meeting';
import { tidyCase, type Line } from './text';
import type { AgendaItem, MeetingDetails } from './types';

const MINUTES_HEADING = /^(?:(?:draft|unconfirmed|confirmed|approved|signed|public)\s+)?minutes\b(?!\s+of\s+(?:the\s+)?(?:previous|last)\b)/i;
const PRESENT = /^(?:present|members present|councillors present|attendance)\b\s*:?/i;
const HELD = /\bheld\b/i;

/** How many opening lines may precede the "Minutes" heading (council name, logo text, "Public Document Pack"). */
const HEADING_WINDOW = 6;

/** The line index of the minutes heading in the first page's lines, if the document opens as minutes. */
export function findMinutesHeading(firstPage: readonly Line[]): number | undefined {
  const i = firstPage.slice(0, HEADING_WINDOW).findIndex((l) => MINUTES_HEADING.test(l.text));
  if (i >= 0) return i;
  // No heading, but "Present:" early and a "meeting ... held" line above it.
  const present = firstPage.slice(0, 25).findIndex((l) => PRESENT.test(l.text));
  if (present > 0 && firstPage.slice(0, present).some((l) => HELD.test(l.text) && /meeting/i.test(l.text))) return 0;
  return undefined;
}

const MINUTES_OF = /^(?:\w+\s+)?minutes\s+of\s+(?:(?:the|a|an)\s+)?(?:(?:extraordinary|special|ordinary|annual|additional|reconvened|virtual|remote|hybrid)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(.+?)(?:\s+meeting)?\s+held\s+(.*)$/i;

/** Details from "Minutes of the X Meeting held on <date> [at <time>] [at/in <venue>]", else from the header lines. */
export function minutesDetails(lines: readonly Line[], headingIndex: number): MeetingDetails {
  const head = lines.slice(headingIndex, headingIndex + 4).map((l) => l.text);
  for (let n = 1; n <= head.length; n++) {
    const m = MINUTES_OF.exec(head.slice(0, n).join(' '));
    if (!m) continue;
    const details: MeetingDetails = {};
    const name = (m[1] ?? '').replace(/^the\s+/i, '').trim();
    if (name && name.length <= 110 && !/^(a|the)?\s*meeting$/i.test(name)) details.committee = tidyCase(name);
    const rest = m[2] ?? '';
    const date = findDates(rest)[0];
    if (!date) continue;
    details.date = date.iso;
    const time = findTimes(rest, true)[0];
    if (time) {
      details.time = time.printed;
      details.time24 = time.h24;
    }
    const venueBefore = /^(?:at|in)\s+(?:the\s+)?(.+?)\s*,?\s+on\b/i.exec(rest);
    const tail = rest.slice(Math.max(date.end, time?.end ?? 0));
    const venueAfter = /^\s*,?\s*(?:at|in)\s+(?:the\s+)?([A-Z].+?)[.,]?$/.exec(tail);
    const venue = venueBefore?.[1] ?? venueAfter?.[1];
    if (venue && findTimes(venue).length === 0) details.venue = venue.trim();
    if (!details.committee) {
      const fromHeader = extractMeetingDetails(lines.slice(0, 15), 'agenda').committee;
      if (fromHeader) details.committee = fromHeader;
    }
    return details;
  }
  // "MINUTES" on its own, then committee, date and so on as a front sheet would print them.
  return extractMeetingDetails(lines.slice(0, 20), 'agenda');
}

/**
 * Minute headings, only when clearly structured: at least two numbered headings in sequence, each
 * short enough to be a heading. Resolution lettering ("a.", "b.") and paragraph numbers are ignored.
 */
export function minutesItems(lines: readonly Line[]): AgendaItem[] {
  const { items } = parseItemList(lines, 'minutes');
  if (items.length < 2) return [];
  if (items.some((it) => it.title.length > 140 || it.title.length === 0)) return [];
  return items;
}
