// A report's own title ("Subject: English Devolution White Paper", or its first heading) and a letter's date.

import { findDates } from './dates';
import { committeeFromLine } from './meeting';
import { DECISION_REFERENCE, REFERENCE } from './itemNumbers';
import { endsDangling, headingLike, normaliseLine, tidyCase, type Line } from './text';

const TITLE_LABEL_WORDS = String.raw`(?:subject(?: matter)?(?:\s*\/\s*title of (?:the )?decision)?|title(?: of (?:the )?(?:decision|report))?|report title|report subject|name of report|decision title)`;
/** "Subject: ...", and a record of decision's "Subject Matter / Title of Decision: ...". */
const TITLE_LABEL = new RegExp(`^${TITLE_LABEL_WORDS}\\s*[:\\-–]\\s*(.{3,})$`, 'i');
/** The same label alone on its line, the title on the next (a table's label column read first). */
const TITLE_LABEL_ALONE = new RegExp(`^${TITLE_LABEL_WORDS}\\s*[:\\-–]?$`, 'i');
/** Lines that head a report without being its title. */
const NOT_TITLE = /^(?:agenda item\b|item\s+\d|appendix\s+[a-z0-9]+\s*$|public document pack|(?:un)?restricted|official(?:[- ]sensitive)?|not protectively marked|part (?:one|two|1|2|i|ii)\b|exempt|confidential|draft|page \d|report\s*$|(?:the\s+)?report\s*$|executive decision\s*$)/i;
/** The council's own name heads many reports: it is not their title. */
const COUNCIL = /\b(?:council|authority|borough|county)$/i;
/** A letter is not titled by its first lines (the sender's name and address). */
const LETTER = /^dear\b/i;

/** The report's title from a "Subject:" line, else the first heading-like line on its first page. */
export function reportTitle(lines: readonly Line[]): string | undefined {
  for (const [index, line] of lines.entries()) {
    const m = TITLE_LABEL.exec(line.text);
    if (m?.[1]) return tidyCase(normaliseLine(m[1]));
    const next = lines[index + 1]?.text;
    if (TITLE_LABEL_ALONE.test(line.text) && next && !/:/.test(next) && next.split(' ').length >= 2) return tidyCase(normaliseLine(next));
  }
  if (lines.some((l) => LETTER.test(l.text))) return undefined;
  for (const line of lines.slice(0, 10)) {
    const text = line.text;
    if (NOT_TITLE.test(text) || text.split(' ').length < 2 || findDates(text).length > 0) continue;
    // "Appendix B: Devolution Framework Summary Table" is a title; other labelled lines are not.
    if (/:/.test(text) && !/^appendix\b/i.test(text)) continue;
    if (committeeFromLine(text) || /@|https?:|www\./i.test(text)) continue;
    if (/^[a-z]/.test(text) || !headingLike(text) || COUNCIL.test(text)) continue;
    // "... Children's Board in" / "2015-16": a title that wraps runs on to the next line.
    const next = lines[lines.indexOf(line) + 1]?.text;
    const title = endsDangling(text) && next && !/:/.test(next) && next.split(' ').length <= 12 ? `${text} ${next}` : text;
    return tidyCase(title);
  }
  return undefined;
}

/** A letter's or report's own date: a line that is only a date ("16 December 2024"), or "Date: ...". */
export function letterDate(lines: readonly Line[]): string | undefined {
  for (const line of lines) {
    const text = line.text.replace(/^date\s*[:\-–]?\s*/i, '');
    const date = findDates(text)[0];
    if (date && date.index === 0 && text.slice(date.end).trim().length <= 1) return date.iso;
  }
  return undefined;
}

/** "Decision no: 24/00019", "DECISION NO:" with the number below it (a two-column table read across). */
const DECISION_NUMBER_LABEL = /\bdecision\s+(?:no|number|ref(?:erence)?)\b\.?\s*(?::|$|(?=[A-Z]{0,6}\/?\d))/i;
/** A decision reference anywhere in a line: "24/00019", "CAB/2023/14". */
const REFERENCE_IN_LINE = new RegExp(`(?:^|[\\s,(])(${REFERENCE})(?=$|[\\s,.)])`);

/**
 * The decision a report or record of decision is about: its "Decision no:" (on the line or
 * one of the two below it), else the reference its title begins with ("24/00019 - ...").
 */
export function reportReference(lines: readonly Line[], title: string | undefined): string | undefined {
  for (const [index, line] of lines.entries()) {
    const label = DECISION_NUMBER_LABEL.exec(line.text);
    if (!label) continue;
    const after = line.text.slice(label.index + label[0].length);
    for (const text of [after, lines[index + 1]?.text ?? '', lines[index + 2]?.text ?? '']) {
      const found = REFERENCE_IN_LINE.exec(text);
      if (found?.[1]) return found[1];
    }
  }
  return title ? DECISION_REFERENCE.exec(title)?.[1] : undefined;
}
