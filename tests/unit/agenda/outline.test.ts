// Outline (bookmark) fallback: items from the PDF's bookmarks when there is no front sheet.
import { describe, expect, it } from 'vitest';
import { currentItemAt, itemsFromOutline, type OutlineNode } from '../../../shared/agenda';

const node = (title: string, pdfPage?: number, children: OutlineNode[] = []): OutlineNode => ({ title, pdfPage, children });

describe('itemsFromOutline', () => {
  const outline = [
    node('Agenda frontsheet', 1),
    node('3 Minutes of the previous meeting', 3),
    node('Item 4 - Child Sexual Exploitation', 9, [node('Appendix 1 - Campaign', 30), node('(a) DVD on sexting', 38)]),
    node('5. Cabinet Response', 41),
    node('Exempt: Property disposal', 80),
  ];
  const items = itemsFromOutline(outline, 90);

  it('takes numbers from the bookmark titles and never invents them', () => {
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['', 'Agenda frontsheet'],
      ['3', 'Minutes of the previous meeting'],
      ['4', 'Child Sexual Exploitation'],
      ['', 'Appendix 1 - Campaign'],
      ['4a', 'DVD on sexting'],
      ['5', 'Cabinet Response'],
      ['', 'Exempt: Property disposal'],
    ]);
    expect(items[4]?.parent).toBe('4');
    expect(items[6]?.exempt).toBe(true);
    expect(items.every((i) => i.pages === undefined)).toBe(true);
  });

  it('runs each bookmark to the page before the next one at its level', () => {
    expect(items.map((i) => [i.pdfFrom, i.pdfTo])).toEqual([
      [1, 2],
      [3, 8],
      [9, 40],
      [30, 37],
      [38, 40],
      [41, 79],
      [80, 90],
    ]);
    expect(currentItemAt(items, 31)?.title).toBe('Appendix 1 - Campaign');
    expect(currentItemAt(items, 12)?.number).toBe('4');
  });

  it('leaves the last range open without a page count, and bookmarks without a page unplaced', () => {
    const loose = itemsFromOutline([node('1. Apologies', 2), node('2. Minutes'), node('3. Budget', 5)]);
    expect(loose.map((i) => [i.number, i.pdfFrom, i.pdfTo])).toEqual([
      ['1', 2, 4],
      ['2', undefined, undefined],
      ['3', 5, undefined],
    ]);
  });

  it('gives no items for an empty outline', () => {
    expect(itemsFromOutline([])).toEqual([]);
  });
});
