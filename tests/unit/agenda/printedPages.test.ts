// Printed page labels: stamp forms, unstamped pages, gaps, restarts, bare numbers, and the numbering fallback chain.
import { describe, expect, it } from 'vitest';
import { choosePageNumbering, mapPrintedPages } from '../../../shared/agenda';

const page = (...lines: string[]) => lines;
const body = 'Members considered the report and asked about the figures in the table.';

describe('mapPrintedPages', () => {
  it('gives undefined labels when nothing is stamped', () => {
    const map = mapPrintedPages([page('Agenda', '1. Apologies'), page(body, body)]);
    expect(map.labels).toEqual([undefined, undefined]);
    expect(map.printedToPdf('1')).toBeUndefined();
    expect(map.pdfToPrinted(1)).toBeUndefined();
  });

  it('reads stamps at the top or the foot, in "Page N", "Page N of M" and "- N -" forms', () => {
    const map = mapPrintedPages([
      page('Page 5', body, body, body, body),
      page(body, body, body, body, 'Page 6 of 40'),
      page('- 7 -', body, body, body, body),
      page(body, 'Agenda Page 8'),
    ]);
    expect(map.labels).toEqual(['5', '6', '7', '8']);
    expect(map.printedToPdf('7')).toBe(3);
    expect(map.printedToPdf('Page 7')).toBe(3);
  });

  it('ignores "Page N" in the middle of a page', () => {
    const map = mapPrintedPages([page(body, body, body, 'Page 12', body, body, body)]);
    expect(map.labels).toEqual([undefined]);
  });

  it('accepts bare numbers only in a run consistent with neighbouring pages', () => {
    const run = mapPrintedPages([page(body, body, '11'), page(body, body, '12'), page(body, body, '13')]);
    expect(run.labels).toEqual(['11', '12', '13']);
    // A lone number at the foot of a table is not a page number.
    const table = mapPrintedPages([page(body, 'Total', '2016'), page(body, 'Cases', '14'), page(body, 'Notices', '3')]);
    expect(table.labels).toEqual([undefined, undefined, undefined]);
  });

  it('fills a gap only when the stamps either side fit it exactly', () => {
    const map = mapPrintedPages([page(body, 'Page 4'), page(body, 'A chart with no stamp'), page(body, 'Page 6')]);
    expect(map.labels).toEqual(['4', '5', '6']);
    expect(map.sources).toEqual(['stamp', 'gap', 'stamp']);
  });

  it('leaves an unnumbered inserted page unlabelled instead of shifting the numbers', () => {
    const map = mapPrintedPages([page(body, 'Page 4'), page('APPENDIX A', 'Site plan'), page(body, 'Page 5'), page(body, 'Page 6')]);
    expect(map.labels).toEqual(['4', undefined, '5', '6']);
    expect(map.printedToPdf('5')).toBe(3);
  });

  it('handles numbering that restarts (a second pack appended) without assuming a constant offset', () => {
    const map = mapPrintedPages([
      page('Agenda', '1. Apologies'),
      page(body, 'Page 1'),
      page(body, 'Page 2'),
      page(body, 'Page 3'),
      page('Supplementary agenda', '5. Budget'),
      page(body, 'Page 1'),
      page(body, 'Page 2'),
    ]);
    expect(map.labels).toEqual([undefined, '1', '2', '3', undefined, '1', '2']);
    expect(map.printedToPdf('2')).toBe(3);
    // The same label further on: ask from a starting PDF page.
    expect(map.printedToPdf('2', 5)).toBe(7);
    expect(map.pdfToPrinted(6)).toBe('1');
  });

  it('does not treat an item page reference at the foot of a front sheet as its stamp', () => {
    const map = mapPrintedPages([page('AGENDA', '8. Forward Plan', 'Page 79'), page(body, 'Page 1'), page(body, 'Page 2')]);
    expect(map.labels).toEqual([undefined, '1', '2']);
  });
});

describe('choosePageNumbering', () => {
  it('prefers printed stamps', () => {
    const numbering = choosePageNumbering(mapPrintedPages([page('Agenda'), page(body, 'Page 1')]), ['i', '1']);
    expect(numbering.source).toBe('stamps');
    expect(numbering.labels).toEqual([undefined, '1']);
  });

  it('falls back to the PDF /PageLabels when there are no stamps', () => {
    const numbering = choosePageNumbering(mapPrintedPages([page(body), page(body), page(body)]), ['i', 'ii', '1']);
    expect(numbering.source).toBe('pdfLabels');
    expect(numbering.labels).toEqual(['i', 'ii', '1']);
    expect(numbering.printedToPdf('1')).toBe(3);
  });

  it('falls back to PDF page numbers when there are neither stamps nor useful labels', () => {
    const stamps = mapPrintedPages([page(body), page(body)]);
    for (const labels of [null, undefined, ['1', '2']]) {
      const numbering = choosePageNumbering(stamps, labels);
      expect(numbering.source).toBe('pdfPages');
      expect(numbering.labels).toEqual(['1', '2']);
      expect(numbering.pdfToPrinted(2)).toBe('2');
    }
  });
});
