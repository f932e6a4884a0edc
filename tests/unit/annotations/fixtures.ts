// The Staffordshire pack and its revised version as page lines and document text, plus annotation builders, for the annotation tests.

import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildDocumentText, pageRange, type DocumentText } from '../../../shared/annotations/documentText';
import { makeQuote } from '../../../shared/annotations/quote';
import { sortKeyOf } from '../../../shared/annotations/sortKey';
import type { Annotation, AnnotationKind } from '../../../shared/annotations/types';
import { textLines } from '../../../shared/pdf/textLines';

export { PACK, REVISED_PACK as REVISED } from '../../fixtures/paths.mjs';

export const readBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

/** Every page's lines, as the app stores them (PageText.lines). */
export async function pageLinesOf(path: string): Promise<string[][]> {
  const task = getDocument({ data: readBytes(path), verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(textLines((await (await pdf.getPage(n)).getTextContent()).items));
    return pages;
  } finally {
    await task.destroy();
  }
}

export async function documentTextOf(path: string): Promise<DocumentText> {
  return buildDocumentText(await pageLinesOf(path));
}

/** The global range of `phrase` on `page` (its first occurrence there); fails loudly if it is not there. */
export function rangeOf(doc: DocumentText, page: number, phrase: string): { start: number; end: number } {
  const { start, end } = pageRange(doc, page);
  const at = doc.text.slice(start, end).indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not on page ${page}`);
  return { start: start + at, end: start + at + phrase.length };
}

let counter = 0;

/** An annotation on `phrase` of `page`, as the viewer would make it (geometry is made up: these tests are about text). */
export function annotationOn(doc: DocumentText, page: number, phrase: string, kind: AnnotationKind = 'highlight', extra: Partial<Annotation> = {}): Annotation {
  const { start, end } = rangeOf(doc, page, phrase);
  const base: Annotation = {
    id: `a${++counter}`,
    documentId: 'pack-v1',
    kind,
    colour: '#ffd400',
    comment: '',
    tags: [],
    page,
    rects: kind === 'note' || kind === 'ink' ? [] : [[72, 500, 300, 512]],
    inkPaths: kind === 'ink' ? [[[100, 400], [150, 420]]] : [],
    ...(kind === 'note' ? { point: [40, 520] as [number, number] } : {}),
    sortKey: '',
    createdAt: 1_500_000_000_000,
    modifiedAt: 1_500_000_000_000,
    ...extra,
  };
  if (kind === 'note' || kind === 'ink' || kind === 'textbox') base.nearText = { quote: makeQuote(doc, start, end), offset: [-30, 5] };
  else base.quote = makeQuote(doc, start, end);
  return { ...base, sortKey: sortKeyOf(base) };
}

/** Where pdf.js draws `phrase` (the start of a text run on `page`), as a PDF rect around its glyphs. */
export async function textRectOf(bytes: Uint8Array, page: number, phrase: string): Promise<[number, number, number, number]> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  try {
    const pdf = await task.promise;
    const items = (await (await pdf.getPage(page)).getTextContent()).items;
    for (const item of items) {
      if (!('str' in item) || !item.str.startsWith(phrase)) continue;
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      const width = (item.width * phrase.length) / item.str.length;
      // Descent below the baseline, ascent above it, as a text selection covers them.
      return [x, y - item.height * 0.25, x + width, y + item.height * 0.95];
    }
    throw new Error(`No text run starting "${phrase}" on page ${page}`);
  } finally {
    await task.destroy();
  }
}

/** Decodes pdftoppm's default output (binary PPM, P6). */
export function parsePpm(data: Buffer): { width: number; height: number; pixel(x: number, y: number): [number, number, number] } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('Not a binary PPM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = header[0].length;
  return {
    width,
    height,
    pixel: (x, y) => {
      const i = offset + (y * width + x) * 3;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

/** An annotation with nothing but what the test sets: geometry, kind, colour, comment…; its sort key follows. */
export function bareAnnotation(id: string, page: number, over: Partial<Annotation>): Annotation {
  const annotation: Annotation = {
    id,
    documentId: 'pack',
    kind: 'highlight',
    colour: '#ffd400',
    comment: '',
    tags: [],
    page,
    rects: [],
    inkPaths: [],
    sortKey: '',
    createdAt: Date.UTC(2017, 8, 20, 9, 30),
    modifiedAt: Date.UTC(2017, 8, 21, 10, 0),
    ...over,
  };
  return { ...annotation, sortKey: sortKeyOf(annotation) };
}
