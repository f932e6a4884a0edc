// Reading annotations already inside a PDF (pdf.js getAnnotations data) as drafts, adopting them, and exporting them back without duplicates.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAnnotatedPdf } from '../../../shared/annotations/pdfExport';
import { adoptDraft, parsePdfDate, readExistingAnnotations, type PdfJsAnnotationData } from '../../../shared/annotations/pdfImport';
import type { Annotation } from '../../../shared/annotations/types';
import { bareAnnotation, PACK, readBytes } from './fixtures';

const PAGE = 5;
const t = Date.UTC(2017, 8, 21, 10, 0);
const mk = (id: string, over: Partial<Annotation>): Annotation => bareAnnotation(id, PAGE, { createdAt: t, modifiedAt: t, ...over });

const mine: Annotation[] = [
  mk('h', { rects: [[72, 700, 300, 714], [72, 686, 200, 700]], comment: 'Two lines', author: 'Cllr Example' }),
  mk('u', { kind: 'underline', colour: '#0057b8', rects: [[72, 600, 250, 612]] }),
  mk('s', { kind: 'strikeout', colour: '#d00000', rects: [[72, 560, 250, 572]] }),
  mk('n', { kind: 'note', colour: '#00a000', point: [500, 780], comment: 'Ask the officer' }),
  mk('i', { kind: 'ink', colour: '#123456', strokeWidth: 3, inkPaths: [[[100, 200], [150, 250], [200, 200]]] }),
  mk('t', { kind: 'textbox', colour: '#0033aa', rects: [[300, 300, 500, 340]], text: 'Typed on the page', fontSize: 10 }),
];

async function pdfJsAnnotations(bytes: Uint8Array): Promise<PdfJsAnnotationData[][]> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  try {
    const pdf = await task.promise;
    const pages: PdfJsAnnotationData[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await (await pdf.getPage(n)).getAnnotations());
    return pages;
  } finally {
    await task.destroy();
  }
}

let exported: Uint8Array;
let pages: PdfJsAnnotationData[][];

beforeAll(async () => {
  exported = await exportAnnotatedPdf(readBytes(PACK), mine);
  pages = await pdfJsAnnotations(exported);
});

describe('readExistingAnnotations', () => {
  it('reads back what the export wrote: kinds, colours, comments, geometry', () => {
    const { drafts, unsupported } = readExistingAnnotations(pages);
    expect(unsupported).toEqual([]);
    expect(drafts.map((d) => [d.kind, d.page, d.colour, d.comment])).toEqual([
      ['highlight', PAGE, '#ffd400', 'Two lines'],
      ['underline', PAGE, '#0057b8', ''],
      ['strikeout', PAGE, '#d00000', ''],
      ['note', PAGE, '#00a000', 'Ask the officer'],
      ['ink', PAGE, '#123456', ''],
      ['textbox', PAGE, '#0033aa', ''],
    ]);
    const [h, , , n, i, tb] = drafts;
    expect(h!.rects).toEqual(mine[0]!.rects);
    expect(h).toMatchObject({ origin: 'imported', author: 'Cllr Example', modifiedAt: t, createdAt: t });
    expect(h!.importedRef).toMatch(/^\d+R$/);
    expect(n!.point).toEqual([500, 780]);
    expect(i!.inkPaths).toEqual(mine[4]!.inkPaths);
    expect(i!.strokeWidth).toBe(3);
    expect(tb).toMatchObject({ text: 'Typed on the page', fontSize: 10, rects: [[300, 300, 500, 340]] });
  });

  it('adopts a draft and exports it in place of the original, not beside it', async () => {
    const { drafts } = readExistingAnnotations(pages);
    const adopted = adoptDraft(drafts[0]!, { id: 'mine-1', documentId: 'pack-2', now: t + 1000 });
    expect(adopted).toMatchObject({ id: 'mine-1', kind: 'highlight', origin: 'imported', page: PAGE, createdAt: t, modifiedAt: t + 1000 });
    expect(adopted.sortKey.startsWith('00005:')).toBe(true);

    const again = await exportAnnotatedPdf(exported, [{ ...adopted, comment: 'Edited in Scrutineer' }]);
    const onPage = (await pdfJsAnnotations(again))[PAGE - 1]!;
    expect(onPage).toHaveLength(mine.length);
    const highlights = onPage.filter((a) => a.subtype === 'Highlight');
    expect(highlights.map((a) => a.contentsObj?.str)).toEqual(['Edited in Scrutineer']);
  });

  it('folds replies into the comment they answer and lists kinds it does not model', () => {
    const data: PdfJsAnnotationData[][] = [
      [
        { subtype: 'Link', rect: [0, 0, 10, 10] },
        { subtype: 'Highlight', id: '7R', rect: [0, 0, 100, 20], quadPoints: [[{ x: 0, y: 20 }, { x: 100, y: 20 }, { x: 0, y: 0 }, { x: 100, y: 0 }]], color: [255, 0, 0], contentsObj: { str: 'Why?' } },
        { subtype: 'Text', id: '9R', rect: [0, 0, 20, 20], inReplyTo: '7R', replyType: 'R', titleObj: { str: 'Clerk' }, contentsObj: { str: 'Because.' } },
        { subtype: 'Popup', rect: [0, 0, 10, 10] },
      ],
      [
        { subtype: 'Square', rect: [0, 0, 10, 10] },
        { subtype: 'Ink', rect: [0, 0, 10, 10], inkLists: [[{ x: 1, y: 2 }, { x: 3, y: 4 }]], color: null },
        { subtype: 'Squiggly', rect: [5, 5, 50, 15], quadPoints: null },
      ],
    ];
    const { drafts, unsupported } = readExistingAnnotations(data);
    expect(drafts.map((d) => [d.kind, d.page, d.colour])).toEqual([
      ['highlight', 1, '#ff0000'],
      ['ink', 2, '#000000'],
      ['underline', 2, '#ffd400'],
    ]);
    expect(drafts[0]!.comment).toBe('Why?\n\nClerk: Because.');
    expect(drafts[0]!.rects).toEqual([[0, 0, 100, 20]]);
    expect(drafts[1]!.inkPaths).toEqual([[[1, 2], [3, 4]]]);
    expect(drafts[2]!.rects).toEqual([[5, 5, 50, 15]]);
    expect(unsupported).toEqual([{ page: 2, subtype: 'Square' }]);
  });

  it('parses PDF dates with and without time zones', () => {
    expect(parsePdfDate('D:20170926140000Z')).toBe(Date.UTC(2017, 8, 26, 14));
    expect(parsePdfDate("D:20170926140000+01'00'")).toBe(Date.UTC(2017, 8, 26, 13));
    expect(parsePdfDate("D:20170926140000-05'30")).toBe(Date.UTC(2017, 8, 26, 19, 30));
    expect(parsePdfDate('D:2017')).toBe(Date.UTC(2017, 0, 1));
    expect(parsePdfDate('yesterday')).toBeUndefined();
    expect(parsePdfDate(null)).toBeUndefined();
  });
});
