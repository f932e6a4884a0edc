// Placing items in the PDF from their printed ranges, and picking the item to highlight for a PDF page.
import { describe, expect, it } from 'vitest';
import { attachPdfPages, currentItemAt, mapPrintedPages, type AgendaItem, type AgendaItemWithPdf } from '../../../shared/agenda';

const body = 'Report text.';
// PDF 1-2 front sheet; PDF 3-6 printed 1-4; PDF 7 an unnumbered insert; PDF 8-10 printed 5-7.
const pages = [
  ['AGENDA'],
  ['Membership'],
  ...[1, 2, 3, 4].map((n) => [body, `Page ${n}`]),
  ['APPENDIX B (unnumbered plan)'],
  ...[5, 6, 7].map((n) => [body, `Page ${n}`]),
];
const items: AgendaItem[] = [
  { number: '1', title: 'Apologies', exempt: false },
  { number: '2', title: 'Minutes', pages: { from: 1, to: 2 }, exempt: false },
  { number: '3', title: 'Budget', pages: { from: 3, to: 7 }, exempt: false },
  { number: '3a', title: 'Budget appendix', parent: '3', pages: { from: 5, to: 6 }, exempt: false },
  { number: '4', title: 'Late report', pages: { from: 8, to: 9 }, exempt: false, supplement: true },
];

describe('attachPdfPages', () => {
  const placed = attachPdfPages(items, mapPrintedPages(pages));

  it('converts printed ranges to PDF pages, spanning an unnumbered insert', () => {
    expect(placed.map((i) => [i.number, i.pdfFrom, i.pdfTo])).toEqual([
      ['1', undefined, undefined],
      ['2', 3, 4],
      ['3', 5, 10],
      ['3a', 8, 9],
      ['4', undefined, undefined],
    ]);
  });

  it('keeps the items otherwise unchanged', () => {
    expect(placed[4]).toMatchObject({ title: 'Late report', supplement: true, pages: { from: 8, to: 9 } });
    expect(items[1]).not.toHaveProperty('pdfFrom');
  });
});

describe('currentItemAt', () => {
  const placed = attachPdfPages(items, mapPrintedPages(pages));

  it('returns nothing on the front sheet', () => {
    expect(currentItemAt(placed, 1)).toBeUndefined();
    expect(currentItemAt(placed, 2)).toBeUndefined();
  });

  it('returns the item whose range contains the page, and the sub-item inside its parent', () => {
    expect(currentItemAt(placed, 3)?.number).toBe('2');
    expect(currentItemAt(placed, 5)?.number).toBe('3');
    expect(currentItemAt(placed, 7)?.number).toBe('3');
    expect(currentItemAt(placed, 8)?.number).toBe('3a');
    expect(currentItemAt(placed, 10)?.number).toBe('3');
  });

  it('prefers the deeper item even when the parent range is narrower', () => {
    const odd: AgendaItemWithPdf[] = [
      { number: '5', title: 'Parent', exempt: false, pdfFrom: 10, pdfTo: 11 },
      { number: '5a', title: 'Child', parent: '5', exempt: false, pdfFrom: 10, pdfTo: 20 },
    ];
    expect(currentItemAt(odd, 10)?.number).toBe('5a');
    expect(currentItemAt(odd, 15)?.number).toBe('5a');
    expect(currentItemAt(odd, 21)).toBeUndefined();
  });
});
