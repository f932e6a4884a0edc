// Minutes: recognises "Minutes of the X held on ..." documents, reads their meeting details and clearly numbered minute headings.

import { findDates, findTimes } from './dates';
import { parseItemList } from './itemList';
import { parseItemMarker } from './itemNumbers';
import { ITEM_REF } from './patterns';
import { extractMeetingDetails } from './meeting';
import { endsDangling, headingLike, tidyCase, type Line } from './text';
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
    let venue = venueBefore?.[1] ?? venueAfter?.[1];
    // "... in the Darent Room, Civic Centre, County" / "Hall, Maidstone.": the venue runs on.
    const next = head[n];
    if (venueAfter && venue && !/[.]$/.test(head[n - 1] ?? '') && next && /^[A-Z][^:]{0,60}\.?$/.test(next) && !PRESENT.test(next) && next.split(' ').length <= 8) {
      venue = `${venue} ${next.replace(/\.$/, '')}`;
    }
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

interface Chain {
  items: AgendaItem[];
  score: number;
}

/**
 * Minute headings, only when clearly structured: at least two numbered headings in sequence, each
 * reading like a heading. Numbered paragraphs may come first ("Election of Chair", "1. Mr X
 * proposed...") or inside a minute ("1) The Leader introduced..."): every plausible start is
 * tried and the run of headings that reads best wins (most "(Item N)" lines, then most headings).
 * Minutes without numbers fall back to their headings (see `unnumberedHeadings`).
 */
export function minutesItems(lines: readonly Line[]): AgendaItem[] {
  let best: Chain | undefined;
  let tried = 0;
  for (let start = 0; start < lines.length && tried < MAX_STARTS; start++) {
    const marker = parseItemMarker(lines[start]?.text ?? '');
    if (marker?.kind !== 'top' || !headingLike(marker.rest)) continue;
    tried++;
    const { items } = parseItemList(lines.slice(start), 'minutes');
    if (items.length < 2 || items.some((it) => it.title.length > 160 || it.title.length === 0)) continue;
    const headings = items.filter((it) => headingLike(it.title)).length;
    if (headings < items.length * 0.75) continue;
    const score = items.filter((it) => it.agendaItem !== undefined).length * 100 + headings;
    if (!best || score > best.score) best = { items, score };
  }
  if (best) return best.items;
  const byRefs = headingsByItemRefs(lines);
  const loose = unnumberedHeadings(lines);
  return byRefs.length >= loose.length ? byRefs : loose;
}

/**
 * Minutes that number nothing but print under each heading the agenda item it records
 * ("(Item 5)"): the heading is the line above, with the line before that when the heading
 * wraps ("... on the Agenda for this" / "meeting"). Long headings count here, as the item
 * line vouches for them. At least two are needed.
 */
export function headingsByItemRefs(lines: readonly Line[]): AgendaItem[] {
  const out: AgendaItem[] = [];
  let previousRef = -1;
  for (let r = 1; r < lines.length; r++) {
    const ref = ITEM_REF.exec(lines[r]?.text ?? '');
    if (!ref?.[1]) continue;
    const start = previousRef;
    previousRef = r;
    let title = lines[r - 1]?.text ?? '';
    const above = r - 2 > start ? lines[r - 2]?.text : undefined;
    const wraps = above !== undefined && !/[.:;]$/.test(above) && !NOT_A_HEADING.test(above) && (endsDangling(above) || /^[a-z(]/.test(title) || title.split(' ').length <= 3);
    if (wraps && above.length + title.length <= 200) title = `${above} ${title}`;
    if (/[.;]$/.test(title) || title.split(' ').length > 30 || NOT_A_HEADING.test(title) || !/^[A-Z0-9‘'"“(]/.test(title)) continue;
    out.push({ number: '', title: tidyCase(title), exempt: false, agendaItem: ref[1] });
  }
  return out.length >= 2 ? out : [];
}

/** How many candidate starts of numbered minutes are tried. */
const MAX_STARTS = 60;

const NOT_A_HEADING = /^(?:present|apologies\s*:|also present|in attendance|officers?|attendance|resolved|agreed|noted|chair(?:man|person)?|vice[- ]chair(?:man)?|signed|date|the meeting (?:ended|closed)|meeting (?:ended|closed)|(?:un)?restricted items|open items|exempt items|part (?:one|two|1|2|i|ii))\b/i;

/**
 * Headings of minutes that number nothing: short lines in heading case that start a new block
 * (the line before ends a sentence or the block of attendance) and are followed by the minute's
 * text. At least two are needed.
 */
export function unnumberedHeadings(lines: readonly Line[]): AgendaItem[] {
  const width = Math.max(0, ...lines.map((l) => l.text.length));
  const out: AgendaItem[] = [];
  for (let i = 1; i < lines.length - 1; i++) {
    const text = lines[i]?.text ?? '';
    const before = lines[i - 1]?.text ?? '';
    const after = lines[i + 1]?.text ?? '';
    if (text.length > Math.max(40, width * 0.7) || text.split(' ').length > 12) continue;
    if (!/^[A-Z‘'"“]/.test(text) || !headingLike(text) || NOT_A_HEADING.test(text) || /^[A-Z]{1,6}\/\d/.test(text)) continue;
    // A date on its own line is not a heading; "Minutes of the Meeting held on 11 January 2023" is.
    const dates = findDates(text);
    const withoutDates = dates.reduceRight((t, d) => t.slice(0, d.index) + t.slice(d.end), text).trim();
    if (/\d{1,2}[.:]\d{2}|\b(?:am|pm)\b|@/.test(text) || (dates.length > 0 && withoutDates.split(' ').length < 3)) continue;
    if (!/[.:)]$/.test(before) && !PRESENT_BLOCK_END.test(before)) continue;
    // The minute's text follows: a longer line, or a heading wrapped onto one more line.
    if (after.length < text.length && !/[.:]$/.test(after) && !ITEM_REF.test(after)) continue;
    if (!/^[A-Z(‘'"“0-9]/.test(after)) continue;
    const item: AgendaItem = { number: '', title: text, exempt: false };
    const ref = ITEM_REF.exec(after);
    if (ref?.[1]) item.agendaItem = ref[1];
    out.push(item);
  }
  return out.length >= 2 ? out : [];
}

/** The last line of an attendance block often ends with a name, not a full stop. */
const PRESENT_BLOCK_END = /\((?:chair(?:man)?|vice-chair(?:man)?|substitute|officer)[^)]*\)$|^(?:present|members present|also present|in attendance|officers)\b/i;
