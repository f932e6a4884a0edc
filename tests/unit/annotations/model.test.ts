// Sort keys, geometry helpers, colours and appearance streams: the pure pieces under the export.

import { describe, expect, it } from 'vitest';
import { textboxAppearance, highlightAppearance, inkAppearance, lineMarkupAppearance, noteAppearance, wrapText, type TextMeasure } from '../../../shared/annotations/appearance';
import { hexToRgb, rgbToHex } from '../../../shared/annotations/colour';
import { boundingBox, offsetToFollowAnchor, referencePoint, translateAnnotation } from '../../../shared/annotations/geometry';
import { compareAnnotations, makeSortKey, sortKeyOf } from '../../../shared/annotations/sortKey';
import type { Annotation } from '../../../shared/annotations/types';

const base: Annotation = {
  id: 'a',
  documentId: 'd',
  kind: 'highlight',
  colour: '#ffd400',
  comment: '',
  tags: [],
  page: 2,
  rects: [[72, 700, 300, 712]],
  inkPaths: [],
  sortKey: '',
  createdAt: 1,
  modifiedAt: 1,
};

describe('sort keys', () => {
  it('order by page, then top to bottom, then left to right, as strings', () => {
    const keys = [makeSortKey(2, 100, 50), makeSortKey(1, 50, 400), makeSortKey(1, 700, 300), makeSortKey(1, 700, 72), makeSortKey(10, 800, 0), makeSortKey(1, -20, -5)];
    expect([...keys].sort()).toEqual([keys[3], keys[2], keys[1], keys[5], keys[0], keys[4]]);
    expect(makeSortKey(3, 842, 72)).toMatch(/^00003:\d{6}:\d{6}$/);
  });

  it('sort annotations of every kind by where they start', () => {
    const note = { ...base, id: 'n', kind: 'note' as const, rects: [], point: [400, 750] as [number, number] };
    const ink = { ...base, id: 'i', kind: 'ink' as const, rects: [], inkPaths: [[[50, 600], [90, 650]]] as [number, number][][] };
    const list = [ink, base, note].map((a) => ({ ...a, sortKey: sortKeyOf(a) }));
    expect(list.sort(compareAnnotations).map((a) => a.id)).toEqual(['n', 'a', 'i']);
  });
});

describe('geometry', () => {
  it('boxes and places each kind', () => {
    expect(boundingBox({ ...base, rects: [[10, 20, 30, 40], [50, 5, 15, 25]] })).toEqual([10, 5, 50, 40]);
    expect(boundingBox({ ...base, kind: 'note', rects: [], point: [100, 200] })).toEqual([100, 180, 120, 200]);
    expect(boundingBox({ ...base, kind: 'ink', rects: [], strokeWidth: 4, inkPaths: [[[10, 10], [20, 30]]] })).toEqual([8, 8, 22, 32]);
    expect(referencePoint({ ...base, kind: 'note', rects: [], point: [100, 200] })).toEqual([100, 200]);
    expect(boundingBox({ ...base, kind: 'note', rects: [] })).toBeNull();
  });

  it('moves a note to follow its anchor text', () => {
    const note: Annotation = { ...base, kind: 'note', rects: [], point: [40, 710], nearText: { quote: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 }, offset: [-32, -2] } };
    // The anchor text now starts 14 units lower and 10 further right.
    const [dx, dy] = offsetToFollowAnchor(note, [82, 686, 300, 698])!;
    expect(translateAnnotation(note, dx, dy).point).toEqual([50, 696]);
    expect(translateAnnotation(base, 1, 2).rects).toEqual([[73, 702, 301, 714]]);
  });
});

describe('colours', () => {
  it('converts between hex and PDF components', () => {
    expect(hexToRgb('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(hexToRgb('#f80')).toEqual([1, 136 / 255, 0]);
    expect(hexToRgb('nonsense')).toEqual(hexToRgb('#ffd400'));
    expect(rgbToHex([1, 0.5, 0])).toBe('#ff8000');
    expect(rgbToHex(new Uint8ClampedArray([255, 212, 0]), 255)).toBe('#ffd400');
  });
});

describe('appearance streams', () => {
  const measure: TextMeasure = { widthOf: (t, size) => t.length * size * 0.5, encode: (t) => `(${t})` };

  it('fills highlights through the multiply graphics state', () => {
    const ap = highlightAppearance([[10, 20, 110, 32], [10, 8, 60, 20]], '#ffff00');
    expect(ap.rect).toEqual([10, 8, 110, 32]);
    expect(ap.bbox).toEqual(ap.rect);
    expect(ap.uses.gs).toBe('highlight');
    expect(ap.content).toBe('/GS0 gs\n1 1 0 rg\n10 20 100 12 re\n10 8 50 12 re\nf');
  });

  it('draws underline low and strikeout through the middle', () => {
    const under = lineMarkupAppearance([[0, 100, 50, 110]], '#000000', 'underline').content;
    const strike = lineMarkupAppearance([[0, 100, 50, 110]], '#000000', 'strikeout').content;
    expect(under).toContain('0 101.2 m 50 101.2 l S');
    expect(strike).toContain('0 104.5 m 50 104.5 l S');
  });

  it('draws notes in their own square and ink as round-capped strokes', () => {
    const note = noteAppearance([100, 200], '#ffd400');
    expect(note).toMatchObject({ rect: [100, 180, 120, 200], bbox: [0, 0, 20, 20] });
    const ink = inkAppearance([[[0, 0], [10, 10]], [[5, 5]]], '#ff0000', 2);
    expect(ink.rect).toEqual([-2, -2, 12, 12]);
    expect(ink.content).toBe('1 0 0 RG 2 w 1 J 1 j\n0 0 m 10 10 l S\n5 5 m 5 5 l S');
  });

  it('wraps text box text and grows the box rather than clip it', () => {
    expect(wrapText('one two three four', 60, 10, measure)).toEqual(['one two', 'three four']);
    expect(wrapText('abcdefghijkl', 30, 10, measure)).toEqual(['abcdef', 'ghijkl']);
    expect(wrapText('a\n\nb', 100, 10, measure)).toEqual(['a', '', 'b']);
    const ap = textboxAppearance([100, 500, 164, 520], 'one two three four', '#000000', 10, 0, measure);
    expect(ap.content).toContain('(one two) Tj\nT* (three four) Tj');
    // Two lines of 12 plus padding: 28 tall, grown downwards from the top edge at 520.
    expect(ap.rect).toEqual([100, 492, 164, 520]);
    expect(ap.bbox).toEqual([0, 0, 64, 28]);
    expect(ap.matrix).toEqual([1, 0, -0, 1, 0, 0]);
  });

  it('turns text box text against the page rotation so it reads upright', () => {
    const ap = textboxAppearance([100, 500, 140, 700], 'Hi', '#000000', 10, 90, measure);
    // 40 across and 200 up in page space; on a page turned 90° clockwise, 200 wide and 40 tall on screen.
    expect(ap.bbox).toEqual([0, 0, 200, 40]);
    expect(ap.rect).toEqual([100, 500, 140, 700]);
    expect(ap.matrix).toEqual([0, 1, -1, 0, 0, 0]);
  });
});
