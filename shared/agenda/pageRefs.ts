// Reads front-sheet page references ("(Pages 9 - 48)", "Page 5", "pp. 5-10", a bare "5 - 12" column) and "to follow" markers.

import type { PageRange } from './types';

export interface PageRefMatch {
  range: PageRange;
  /** The line with the reference removed. */
  rest: string;
  /** A bare "5 - 12" with no "Page(s)" word: only trusted when the whole front sheet uses that style. */
  bare: boolean;
}

const DASH = '\\s*(?:-|–|—|to)\\s*';
const PAREN = new RegExp(`\\(\\s*(?:pages?|pp?\\.?)\\s*(\\d{1,4})(?:${DASH}(\\d{1,4}))?\\s*\\)`, 'i');
const TRAILING = new RegExp(`(?:^|\\s)(?:Pages?|PAGES?|pp\\.?)\\s*(\\d{1,4})(?:${DASH}(\\d{1,4}))?\\s*$`);
const WHOLE_LINE = new RegExp(`^(?:pages?|pp\\.?)\\s*(\\d{1,4})(?:${DASH}(\\d{1,4}))?$`, 'i');
const BARE_TRAILING = /(?:^|\s)(\d{1,4})\s*(?:-|–|—)\s*(\d{1,4})$/;

const isYear = (n: number) => n >= 1900 && n <= 2100;

function toRange(fromText: string | undefined, toText: string | undefined): PageRange | undefined {
  const from = Number(fromText);
  const to = toText === undefined ? from : Number(toText);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) return undefined;
  return { from, to };
}

/** The page reference in a line, if any. */
export function findPageRef(text: string): PageRefMatch | undefined {
  for (const [re, bare] of [[PAREN, false], [WHOLE_LINE, false], [TRAILING, false]] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const range = toRange(m[1], m[2]);
    if (!range) continue;
    return { range, rest: (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim(), bare };
  }
  const m = BARE_TRAILING.exec(text);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    // "2017 - 2018", "2017-18" and other year spans are not page references.
    if (!(isYear(from) || isYear(to)) && from >= 1 && to >= from && to - from < 500) {
      const rest = text.slice(0, m.index).trim();
      // A dash-joined pair glued to a word ("Phase 1-2") is part of a title, not a page column.
      if (!/(?:phase|stage|part|tier|year|quarter|q|key stage|ks|step|section|level|round|option|wave)$/i.test(rest)) {
        return { range: { from, to }, rest, bare: true };
      }
    }
  }
  return undefined;
}

const SUPPLEMENT_LINE = /^\(?\s*(?:(?:report|reports|papers?|item|appendix|appendices|presentation|documents?)\s+)?(?:to follow|to be (?:circulated|tabled|published)(?: (?:later|separately|at the meeting))?|tabled(?: at the meeting)?|see supplement(?:ary)? (?:pack|agenda)|in supplement(?:ary)? (?:pack|agenda)|(?:published|circulated) separately|to be published in a supplement)\s*\)?\.?$/i;
const SUPPLEMENT_TAIL = /\s*(?:[-–—:]\s*|\(\s*)(?:(?:report|papers?|appendix|appendices|presentation)\s+)?(?:to follow|to be (?:circulated|tabled)|tabled|see supplement(?:ary)? (?:pack|agenda))\s*\)?\.?$/i;
// Without a separator only the capitalised forms count: "Budget Update To follow", "Budget See supplement pack".
const SUPPLEMENT_TAIL_PLAIN = /\s+(?:(?:Report|Papers?|REPORT)\s+)?(?:To [Ff]ollow|TO FOLLOW|[Ss]ee [Ss]upplement(?:ary)? (?:[Pp]ack|[Aa]genda)|SEE SUPPLEMENT(?:ARY)? (?:PACK|AGENDA))\.?$/;

/** "To follow", "(Report to follow)", "See supplement pack" on a line of its own. */
export function isSupplementLine(text: string): boolean {
  return SUPPLEMENT_LINE.test(text);
}

/** Strip a trailing "- to follow" / "(report to follow)" / "See supplement pack" from a title. */
export function stripSupplementTail(title: string): { title: string; supplement: boolean } {
  const m = SUPPLEMENT_TAIL.exec(title) ?? SUPPLEMENT_TAIL_PLAIN.exec(title);
  if (!m || m.index === 0) return { title, supplement: false };
  return { title: title.slice(0, m.index).trim(), supplement: true };
}
