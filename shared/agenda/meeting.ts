// Extracts committee, date, time and venue from the header lines of a front sheet, minutes or report.

import { findDates, findTimes, type DateMatch } from './dates';
import { tidyCase, type Line } from './text';
import type { MeetingDetails } from './types';

const BODY_WORDS = 'Committee|Sub-Committee|Sub Committee|Subcommittee|Cabinet|Board|Panel|Executive|Commission|Forum|Assembly|Partnership|Council|Group';
const ENDS_WITH_BODY = new RegExp(`\\b(?:${BODY_WORDS})$`, 'i');
const GROUP_OK = /\b(working|task and finish|task & finish|steering|scrutiny|advisory|liaison|member|members|reference|review|policy development|joint)\s+group$/i;
const COUNCIL_NAME = /^((the )?(london|royal) borough of|city of|council of the|(the )?borough of)\b|\b(county|district|borough|city|town|parish|metropolitan|unitary|combined|county borough)\s+council$|^[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*){0,3}\s+council$/i;
const FULL_COUNCIL = /^(full council|council|county council|the council|city council|borough council|district council|annual council|extraordinary council)$/i;
const NOT_A_NAME = /^(members?|to|dear|please|notice|everyone|if|for|a|an|all|councillors?|membership|chair(man)?|vice|this|these|there|report|minutes|agenda|contact|democratic|you|we|our|date|time|venue|place|location|published|issued|despatched|in|at|on|by|from|copies|distribution|also|apologies)\b/i;
const LABELLED_BODY = /^(?:meeting|committee|meeting of|report to|decision maker|decision-maker|body)\s*[:\-–]\s*(.+)$/i;

const NAME_SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'with', 'to', 'at', 'by', 'a', 'an', '&']);

/** Names are printed in Title Case (or capitals): "Safe and Strong Communities Select Committee", not a sentence. */
function looksLikeName(text: string): boolean {
  const lowercase = text.split(' ').filter((w) => /^[a-z]/.test(w) && !NAME_SMALL_WORDS.has(w));
  return lowercase.length <= 1;
}

/** A committee name from one header line, or undefined. */
export function committeeFromLine(raw: string): string | undefined {
  const labelled = LABELLED_BODY.exec(raw);
  let text = (labelled ? (labelled[1] ?? '') : raw).trim();
  if (text.length > 110 || /@|www\.|https?:|\bTel\b|\bDDI\b|\bemail\b/i.test(text)) return undefined;
  // Drop a date printed on the same line: "EXECUTIVE COMMITTEE – 3 DECEMBER 2012".
  for (const d of findDates(text).reverse()) text = (text.slice(0, d.index) + text.slice(d.end)).trim();
  text = text
    .replace(/\s*(?:[-–—,:|]\s*)+$/, '')
    .replace(/^(?:(?:a\s+)?(?:notice of\s+)?(?:an?\s+)?(?:(?:extraordinary|special|ordinary|annual|additional|reconvened)\s+)?meeting of\s+(?:the\s+)?)/i, '')
    .replace(/^the\s+(?=\S+\s+\S+)/i, '')
    .replace(/\s+meeting$/i, '')
    .trim();
  if (!text || text.split(' ').length > 12 || /[.;!?]$/.test(text)) return undefined;
  if (!labelled && (NOT_A_NAME.test(text) || !looksLikeName(text))) return undefined;
  if (/\d/.test(text) && !labelled) return undefined;
  const bare = text.replace(/\s*\([^)]*\)$/, '');
  if (FULL_COUNCIL.test(bare)) return tidyCase(bare);
  if (!labelled && !ENDS_WITH_BODY.test(bare)) return undefined;
  if (/\bgroup$/i.test(bare) && !GROUP_OK.test(bare)) return undefined;
  if (!labelled && COUNCIL_NAME.test(bare)) return undefined;
  return tidyCase(text);
}

/** Lines that carry a date that is not the meeting date. */
const NOT_MEETING_DATE = /(publish|publication|despatch|dispatch|issued|circulated|dated\b|printed|updated|revised|produced|held on|previous meeting|last meeting|deadline|received by|no later than|by noon|response due|date of scrutiny|date report|next meeting|future meeting|called in|call-in)/i;
const DATE_LABEL = /^(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?(?:\s*(?:and|&)\s*time)?\s*[:\-–]?\s/i;
const TIME_LABEL = /^(?:meeting\s+)?(?:start\s+)?time\s*[:\-–]?\s/i;
const VENUE_LABEL = /^(?:meeting\s+)?(?:venue|place|location|where)(?:\s+of\s+meeting)?\s*[:\-–]?\s+(.+)$/i;
const VENUE_WORDS = /\b(room|chamber|hall|house|buildings?|offices?|centre|center|civic|library|suite|online|virtual|remote|microsoft teams|teams|zoom|guildhall|depot|pavilion|lodge|theatre|church|school|college|council offices|headquarters|hq)\b/i;

/**
 * A front sheet printed in two columns puts contact details on the right of the meeting's
 * ("Thursday, 2nd March, 2023, at 10.00 am   Ask for: A Officer"); text extraction joins both
 * halves into one line. The left half is the meeting's.
 */
const SIDE_LABEL = /(?:^|\s)(?:please\s+)?(?:ask for|telephone|tel\.?|phone|direct (?:dial|line)(?:\/ext)?|e-?mail|contact(?: officer)?|enquiries(?: to)?|our ref(?:erence)?|your ref(?:erence)?|mobile|fax|dx|minicom|website)\s*[:.]/i;

export function mainColumn(text: string): string {
  const m = SIDE_LABEL.exec(text.trim());
  return m ? text.trim().slice(0, m.index).trim() : text.trim();
}

/** "(or on the rising of Full Council," / "whichever is later)": a qualifier of the time, not the venue. */
const TIME_QUALIFIER = /^\(?\s*(?:or\s+(?:on|at|after|following|immediately)|on the rising|at the (?:rising|conclusion|close)|following (?:the|the conclusion)|immediately (?:after|following)|after the (?:conclusion|close|meeting)|whichever is (?:the )?later|if later)\b/i;

interface DateCandidate {
  line: number;
  match: DateMatch;
  score: number;
}

function scoreDates(lines: readonly Line[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  lines.forEach((line, i) => {
    for (const match of findDates(line.text)) {
      let score = 0;
      if (DATE_LABEL.test(line.text)) score += 3;
      if (match.weekday) score += 2;
      const after = line.text.slice(match.end);
      const next = lines[i + 1]?.text ?? '';
      if (findTimes(after, true).length > 0 || TIME_LABEL.test(next) || /^(?:at\s+)?\d{1,2}([.:]\d{2})?\s*(am|pm|a\.m|p\.m)/i.test(next)) score += 2;
      if (NOT_MEETING_DATE.test(line.text)) score -= 5;
      // "COUNTY COUNCIL - THURSDAY, 9 JANUARY 2025": the meeting named with its date.
      else if (committeeFromLine(line.text)) score += 3;
      out.push({ line: i, match, score });
    }
  });
  return out;
}

/** The best-scoring date; undefined when two different dates tie (unsure) or the best is a non-meeting date. */
function pickDate(cands: DateCandidate[]): DateCandidate | undefined {
  const usable = cands.filter((c) => c.score >= 0);
  if (usable.length === 0) return undefined;
  const best = Math.max(...usable.map((c) => c.score));
  const top = usable.filter((c) => c.score === best);
  return new Set(top.map((c) => c.match.iso)).size === 1 ? top[0] : undefined;
}

function cleanVenue(text: string): string | undefined {
  const v = text
    .replace(/^[\s,;:\-–—]+/, '')
    .replace(/^(?:at|in)\s+(?=the\b|[A-Z])/i, '')
    .replace(/[\s,;\-–—]+$/, '')
    .trim();
  if (v.length < 3 || !/[A-Za-z]{3}/.test(v) || v.length > 160) return undefined;
  return v;
}

function venueFrom(lines: readonly Line[], dateLine: number | undefined, afterTimeOnDateLine: string | undefined): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = VENUE_LABEL.exec(lines[i]?.text ?? '');
    if (m) {
      let value = m[1] ?? '';
      const next = lines[i + 1]?.text;
      if (/,$/.test(value) && next && !/^[A-Za-z ]{2,20}:/.test(next)) value = `${value} ${next}`;
      return cleanVenue(value);
    }
  }
  if (afterTimeOnDateLine !== undefined) {
    const v = cleanVenue(mainColumn(afterTimeOnDateLine));
    if (v && !/^(?:\(|in the|prior|followed|or|please|members)/i.test(v)) return v;
  }
  if (dateLine === undefined) return undefined;
  let inQualifier = false;
  let skipped = 0;
  for (let j = dateLine + 1; j < Math.min(lines.length, dateLine + 6); j++) {
    const raw = lines[j]?.text;
    if (!raw) continue;
    const text = mainColumn(raw);
    if (TIME_LABEL.test(text) || /^(?:at\s+)?\d{1,2}([.:]\d{2})?\s*(am|pm|a\.m|p\.m)\.?$/i.test(text)) continue;
    // The time's qualifier, bracketed over a line or two, comes between the time and the venue.
    if (inQualifier || TIME_QUALIFIER.test(text)) {
      const opens = (text.match(/\(/g) ?? []).length;
      const closes = (text.match(/\)/g) ?? []).length;
      inQualifier = inQualifier ? closes <= opens : opens > closes;
      if (++skipped > 3) return undefined;
      continue;
    }
    if (text === '') continue;
    if (VENUE_WORDS.test(text) && !/[.!?]$/.test(text) && !/@|https?:|\bTel\b/i.test(text) && !committeeFromLine(text)) {
      // "Council Chamber, Civic Centre," / "Tannery Lane, Ashford": a venue that wraps.
      const next = mainColumn(lines[j + 1]?.text ?? '');
      const joined = /,$/.test(text) && next && !/^[A-Za-z ]{2,20}:/.test(next) && !/[.!?]$/.test(next) && next.length <= 80 ? `${text} ${next}` : text;
      return cleanVenue(joined);
    }
    return undefined;
  }
  return undefined;
}

function timeFrom(lines: readonly Line[], dateLine: number | undefined, dateEnd: number): { time?: string; time24?: string; rest?: string } {
  for (const line of lines) {
    if (TIME_LABEL.test(line.text)) {
      const t = findTimes(line.text, true)[0];
      if (t) return { time: t.printed, time24: t.h24 };
    }
  }
  if (dateLine === undefined) return {};
  const dateText = lines[dateLine]?.text ?? '';
  const onLine = findTimes(dateText.slice(dateEnd), true)[0];
  if (onLine) return { time: onLine.printed, time24: onLine.h24, rest: dateText.slice(dateEnd + onLine.end) };
  const next = lines[dateLine + 1]?.text ?? '';
  const m = /^(?:at\s+|commencing at\s+|starting at\s+)?/i.exec(next);
  const nextTime = findTimes(next, true)[0];
  if (nextTime && nextTime.index <= (m?.[0].length ?? 0)) return { time: nextTime.printed, time24: nextTime.h24, rest: undefined };
  return { rest: dateText.slice(dateEnd) };
}

/** "To: Cabinet - 4 March 2023", "To: County Council – 9th January 2023", "To: Scrutiny Committee, 13 March 2023". */
const TO_LINE = /^(?:to|report to|for|meeting)\s*:\s*(.+)$/i;

/** The meeting an officer's report is addressed to on its "To:" line (a date on the line or the next). */
export function namedByToLine(lines: readonly Line[]): MeetingDetails | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = TO_LINE.exec(mainColumn(lines[i]?.text ?? ''));
    if (!m?.[1]) continue;
    const rest = m[1];
    const date = findDates(rest)[0] ?? findDates(lines[i + 1]?.text ?? '')[0];
    let name = rest;
    for (const d of findDates(rest).reverse()) name = name.slice(0, d.index) + name.slice(d.end);
    name = name.replace(/\s*(?:[-–—,:|]\s*)+$/, '').replace(/^(?:the\s+)?(?:meeting of (?:the\s+)?)?/i, '').trim();
    const committee = committeeFromLine(name);
    if (committee && date) return { committee, date: date.iso };
  }
  return undefined;
}

const MEMBERS_OF = /^(?:to:?\s+)?(?:all\s+)?(?:the\s+)?members of (?:the\s+)?(.+?)\s*(?:[:,(].*)?$/i;
/** "NOTICE IS HEREBY GIVEN that a meeting of the X will be held in <venue> on <date> at <time>." */
const NOTICE_SENTENCE = /\bmeeting of (?:the\s+)?(.+?)\s+(?:will|is to|to|shall)\s+be\s+held\s+(.+)$/i;

function fromNoticeSentence(lines: readonly Line[]): MeetingDetails {
  for (let i = 0; i < lines.length; i++) {
    if (!/meeting of/i.test(lines[i]?.text ?? '')) continue;
    const text = lines.slice(i, i + 4).map((l) => l.text).join(' ');
    const m = NOTICE_SENTENCE.exec(text);
    if (!m) continue;
    const details: MeetingDetails = {};
    const committee = committeeFromLine(m[1] ?? '');
    if (committee) details.committee = committee;
    const rest = m[2] ?? '';
    const date = findDates(rest)[0];
    if (!date) return details;
    details.date = date.iso;
    const time = findTimes(rest, true)[0];
    if (time) {
      details.time = time.printed;
      details.time24 = time.h24;
    }
    const before = /^(?:at|in)\s+(?:the\s+)?(.+?)\s*,?\s+on\b/i.exec(rest);
    const tail = rest.slice(Math.max(date.end, time?.end ?? 0));
    const after = /^\s*,?\s*(?:at|in)\s+(?:the\s+)?([A-Z][^.]+)/.exec(tail);
    const venue = cleanVenue((before?.[1] ?? after?.[1] ?? '').replace(/\.$/, ''));
    if (venue && findTimes(venue).length === 0) details.venue = venue;
    return details;
  }
  return {};
}

/**
 * Meeting details from a header block.
 *  - 'agenda': the front sheet's lines before the first item. Committee is the first line that
 *    names a body (not the council's own name); the date is the best-scoring one (labelled, with a
 *    weekday, next to a time; publication dates and "previous meeting" dates never win).
 *  - 'report': the first lines of a report. Only a committee line with a date on it or right next
 *    to it counts ("Overview and Scrutiny Committee" / "14 March 2017"); no time or venue.
 */
export function extractMeetingDetails(lines: readonly Line[], mode: 'agenda' | 'report'): MeetingDetails {
  if (mode === 'report') {
    const named = namedByToLine(lines);
    if (named) return named;
    for (let i = 0; i < lines.length; i++) {
      const committee = committeeFromLine(lines[i]?.text ?? '');
      if (!committee) continue;
      for (const j of [i, i + 1, i - 1, i + 2]) {
        const text = lines[j]?.text;
        if (text === undefined || NOT_MEETING_DATE.test(text)) continue;
        const d = findDates(text)[0];
        if (d) return { committee, date: d.iso };
      }
    }
    return {};
  }

  const details: MeetingDetails = {};
  for (const line of lines) {
    const committee = committeeFromLine(line.text);
    if (committee) {
      details.committee = committee;
      break;
    }
  }
  if (!details.committee) {
    for (const line of lines) {
      const m = MEMBERS_OF.exec(line.text);
      const committee = m?.[1] ? committeeFromLine(m[1]) : undefined;
      if (committee) {
        details.committee = committee;
        break;
      }
    }
  }
  // A district-council style notice sentence carries everything at once.
  const notice = fromNoticeSentence(lines);
  if (notice.date) return { ...notice, committee: notice.committee ?? details.committee };
  const date = pickDate(scoreDates(lines));
  if (date) details.date = date.match.iso;
  const time = timeFrom(lines, date?.line, date?.match.end ?? 0);
  if (time.time) {
    details.time = time.time;
    details.time24 = time.time24;
  }
  const venue = venueFrom(lines, date?.line, time.time ? time.rest : undefined);
  if (venue) details.venue = venue;
  return details;
}
