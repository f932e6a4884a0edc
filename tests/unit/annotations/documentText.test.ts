// The document text convention (lines joined by '\n', pages by '\n\f\n'), its page index, quotes and locating selections.

import { describe, expect, it } from 'vitest';
import {
  PAGE_SEPARATOR,
  buildDocumentText,
  documentTextFromRows,
  pageOfRange,
  pageRange,
  pageText,
  toGlobalOffset,
  toPagePosition,
} from '../../../shared/annotations/documentText';
import { findOnPage } from '../../../shared/annotations/locate';
import { normalise } from '../../../shared/annotations/normalise';
import { CONTEXT_LENGTH, lineRange, makeQuote, makeQuoteOnPage, quoteMatchesAt } from '../../../shared/annotations/quote';

const doc = buildDocumentText([['Agenda', '1. Apologies'], [], ['Minutes', 'Present: all']]);

describe('buildDocumentText', () => {
  it('joins lines with a newline and pages with newline, form feed, newline', () => {
    expect(PAGE_SEPARATOR).toBe('\n\f\n');
    expect(doc.text).toBe('Agenda\n1. Apologies\n\f\n\n\f\nMinutes\nPresent: all');
    expect(doc.pageStarts).toEqual([0, 22, 25]);
    expect(doc.pageEnds).toEqual([19, 22, 45]);
    expect(pageText(doc, 3)).toBe('Minutes\nPresent: all');
    expect(pageText(doc, 2)).toBe('');
    expect(pageRange(doc, 1)).toEqual({ start: 0, end: 19 });
  });

  it('maps (page, offset in page) to global offsets and back', () => {
    expect(toGlobalOffset(doc, 3, 8)).toBe(33);
    expect(doc.text.slice(33, 41)).toBe('Present:');
    expect(toPagePosition(doc, 33)).toEqual({ page: 3, offset: 8 });
    expect(toPagePosition(doc, 0)).toEqual({ page: 1, offset: 0 });
    // Inside a separator: the end of the page before it.
    expect(toPagePosition(doc, 20)).toEqual({ page: 1, offset: 19 });
    expect(toPagePosition(doc, doc.text.length)).toEqual({ page: 3, offset: 20 });
    for (let page = 1; page <= 3; page++) {
      const { start, end } = pageRange(doc, page);
      for (let offset = 0; offset <= end - start; offset++) expect(toPagePosition(doc, toGlobalOffset(doc, page, offset)).page === page || start === end).toBe(true);
    }
  });

  it('rejects pages and offsets that are not there', () => {
    expect(() => toGlobalOffset(doc, 4, 0)).toThrow(RangeError);
    expect(() => toGlobalOffset(doc, 1, 20)).toThrow(RangeError);
    expect(() => pageText(doc, 0)).toThrow(/not in this document/);
  });

  it('places a range by its first character that is not whitespace', () => {
    expect(pageOfRange(doc, 19, 30)).toBe(3);
  });

  it('builds the same text from stored page rows, missing pages empty', () => {
    const fromRows = documentTextFromRows([{ page: 3, lines: ['Minutes', 'Present: all'] }, { page: 1, lines: ['Agenda', '1. Apologies'] }], 3);
    expect(fromRows).toEqual(doc);
  });
});

describe('quotes', () => {
  it('keeps up to 32 characters either side, exactly as in the text', () => {
    const long = buildDocumentText([['x'.repeat(50) + ' The Chairman moved the motion. ' + 'y'.repeat(50)]]);
    const start = long.text.indexOf('The Chairman');
    const q = makeQuote(long, start, start + 'The Chairman moved the motion.'.length);
    expect(q).toEqual({ exact: 'The Chairman moved the motion.', prefix: 'x'.repeat(31) + ' ', suffix: ' ' + 'y'.repeat(31), start, end: start + 30 });
    expect(CONTEXT_LENGTH).toBe(32);
    expect(quoteMatchesAt(long, q)).toBe(true);
    expect(quoteMatchesAt(long, { ...q, start: q.start + 1 })).toBe(false);
  });

  it('runs context over page breaks and stops at the ends of the document', () => {
    const q = makeQuoteOnPage(doc, 3, 0, 7);
    expect(q.exact).toBe('Minutes');
    expect(q.prefix).toBe('Agenda\n1. Apologies\n\f\n\n\f\n'.slice(-32));
    expect(q.suffix).toBe('\nPresent: all');
    expect(makeQuote(doc, 0, 6).prefix).toBe('');
    expect(() => makeQuote(doc, 5, 2)).toThrow(RangeError);
  });

  it('finds a line of a page as a default anchor', () => {
    expect(lineRange(doc, 3, 1)).toEqual({ start: 33, end: 45 });
    expect(lineRange(doc, 1, 1)).toEqual({ start: 7, end: 19 });
    expect(lineRange(doc, 1, 2)).toBeNull();
  });
});

describe('normalise and findOnPage', () => {
  it('folds whitespace runs, curly quotes and dashes, keeping a map to the original', () => {
    const n = normalise('It’s  a\n\f\n“test” – ok');
    expect(n.text).toBe('It\'s a "test" - ok');
    expect(n.map[6]).toBe(7);
    expect(n.map[n.text.length]).toBe(21);
  });

  it('finds a browser selection on its page whatever its spacing, nearest the hint', () => {
    const page = buildDocumentText([['Intro'], ['The Committee noted the report.', 'The Committee noted the', 'report again.']]);
    const first = findOnPage(page, 2, 'noted the report')!;
    expect(page.text.slice(first.start, first.end)).toBe('noted the report');
    const second = findOnPage(page, 2, 'noted the  report', 40)!;
    expect(page.text.slice(second.start, second.end)).toBe('noted the\nreport');
    expect(findOnPage(page, 2, 'notedthe report')).toEqual(first);
    expect(findOnPage(page, 1, 'noted')).toBeNull();
    expect(findOnPage(page, 2, '  ')).toBeNull();
  });
});
