// Line-level text helpers: whitespace normalisation, line records, and the "does this line continue?" tests.

import type { DocumentPages } from './types';

/** A non-empty, whitespace-collapsed line with where it came from. */
export interface Line {
  text: string;
  /** 0-based PDF page index. */
  page: number;
  /** Index among the page's non-empty lines. */
  index: number;
}

/** Collapse runs of whitespace (including no-break and tab), trim, drop form feeds and soft hyphens. */
export function normaliseLine(raw: string): string {
  return raw
    .replace(/[\f\u00ad\u200b]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u3000]+/g, ' ')
    .trim();
}

/** Non-empty normalised lines of one page. */
export function pageLines(page: readonly string[], pageIndex: number): Line[] {
  const out: Line[] = [];
  for (const raw of page) {
    const text = normaliseLine(raw);
    if (text) out.push({ text, page: pageIndex, index: out.length });
  }
  return out;
}

export function documentLines(pages: DocumentPages, pageIndexes: readonly number[]): Line[] {
  return pageIndexes.flatMap((p) => pageLines(pages[p] ?? [], p));
}

/** "This page is intentionally left blank", or next to nothing on it. */
const BLANK_PAGE = /\b(?:intentionally|deliberately)\s+(?:been\s+)?left\s+blank\b|^(?:blank page|this page is blank)$/i;

export function blankish(page: readonly string[] | undefined): boolean {
  const lines = (page ?? []).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length === 0 || (lines.length <= 3 && lines.some((l) => BLANK_PAGE.test(l)));
}

/** Total non-space characters in the first `maxPages` pages. */
export function textWeight(pages: DocumentPages, maxPages = 3): number {
  let n = 0;
  for (const page of pages.slice(0, maxPages)) for (const line of page) n += line.replace(/\s+/g, '').length;
  return n;
}

const DANGLING_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'including', 'into', 'of', 'on', 'or', 'over', 'per',
  're', 'than', 'the', 'their', 'this', 'to', 'under', 'upon', 'versus', 'via', 'with', 'within', 'without', 'its', 'our',
]);

/** True when a line ends mid-phrase: "... Neglect of Children in", "... Plan and", "Budget 2018-19:", "Review -". */
export function endsDangling(text: string): boolean {
  const t = text.trim();
  if (/[,:;&/(\-–—+]$/.test(t)) return true;
  const last = /([A-Za-z]+)$/.exec(t)?.[1];
  return last !== undefined && DANGLING_WORDS.has(last.toLowerCase());
}

/** More opening than closing brackets or quotes so far: the title must go on. */
export function hasUnclosedPair(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  if (count(/\(/g) > count(/\)/g)) return true;
  if (count(/[“]/g) > count(/[”]/g)) return true;
  return false;
}

export function startsLowercase(text: string): boolean {
  return /^[a-z]/.test(text);
}

const MONTHS_RE = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** A date broken over two lines: "... held on 13" + "June 2017", or "... 13 June" + "2017". */
export function isSplitDate(previous: string, next: string): boolean {
  if (/\b\d{1,2}(?:st|nd|rd|th)?$/.test(previous) && new RegExp(`^${MONTHS_RE}\\b`, 'i').test(next)) return true;
  return new RegExp(`\\b${MONTHS_RE},?$`, 'i').test(previous) && /^\d{4}\b/.test(next);
}

/** Lines that describe an item rather than name it ("To receive the minutes of ..."). */
export function isDescription(text: string): boolean {
  if (/^to (receive|consider|approve|note|agree|review|scrutinise|scrutinize|comment|confirm|discuss|elect|appoint|hear|answer|determine|update|provide|invite|report|be|allow|inform|seek|give|enable|present|endorse|make|identify|recommend|request|decide|examine)\b/i.test(text)) return true;
  if (/^(members|the committee|the panel|the board|the cabinet|cabinet|committee|this report|the report)\s+(is|are|will|to|may|should)\b/i.test(text)) return true;
  // A full sentence: ends with a full stop and is long.
  return /[.!?]["”’]?$/.test(text) && text.split(' ').length >= 9;
}

/** "Contact Officer: ...", "Wards affected: ..." and similar labelled side information. */
export function isLabelledSideInfo(text: string): boolean {
  return /^(contact( officer)?s?|lead (officer|member)|report author|author|officers?|cabinet member|portfolio( holder)?|wards?( affected)?|key decision|decision|purpose|recommendations?|reason|tel(ephone)?|e-?mail|presented by|responsible officer|director|head of service)\b[^:]{0,30}:/i.test(text);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** "SAFE AND STRONG COMMUNITIES SELECT COMMITTEE" → "Safe and Strong Communities Select Committee". Mixed case is left alone. */
export function tidyCase(text: string): string {
  if (/[a-z]/.test(text) || !/[A-Z]{2}/.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.replace(/(^|[-(/'‘])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase())))
    .join(' ');
}

/** Small words a heading leaves in lower case. */
const HEADING_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', '&', 'its', 'their', 'our', 'under', 'within', 'v', 'vs']);

/** Reads like a heading, not a sentence: no closing full stop or comma, mostly capitalised words. */
export function headingLike(title: string): boolean {
  const t = title.trim();
  if (!t || t.length > 160 || /[.,;]$/.test(t)) return false;
  const words = t.split(' ');
  if (words.length > 25) return false;
  const lower = words.filter((w) => /^[a-z]/.test(w) && !HEADING_SMALL_WORDS.has(w)).length;
  return lower <= Math.max(2, words.length * 0.5);
}
