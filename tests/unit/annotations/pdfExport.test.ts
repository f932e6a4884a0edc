// "Export annotated PDF" on the Staffordshire pack: standard annotations pdf.js reads back, a file poppler opens, highlights that render.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EncryptedPdfError, exportAnnotatedPdf, quadPoints } from '../../../shared/annotations/pdfExport';
import type { Annotation, PdfRect } from '../../../shared/annotations/types';
import { bareAnnotation, PACK, parsePpm, readBytes, textRectOf } from './fixtures';

const PAGE = 41;
const COMMENT = 'Ask which actions are still outstanding — and why';
let dir: string;
let original: Uint8Array;
let exported: Uint8Array;
let exportedPath: string;
let highlightRect: PdfRect;
let annotations: Annotation[];

const annotation = (id: string, over: Partial<Annotation>): Annotation => bareAnnotation(id, PAGE, over);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scrutineer-annotations-'));
  original = readBytes(PACK);
  highlightRect = await textRectOf(original, PAGE, 'Cabinet Response: Preventing Low Level Neglect');
  const underlineRect = await textRectOf(original, PAGE, 'Report of Cabinet Member for Children and Young People');
  const strikeRect = await textRectOf(original, PAGE, 'What is the Select Committee being asked to do and why?');
  annotations = [
    annotation('h1', { kind: 'highlight', rects: [highlightRect], comment: COMMENT }),
    annotation('u1', { kind: 'underline', colour: '#0057b8', rects: [underlineRect], comment: 'Which Cabinet Member?' }),
    annotation('s1', { kind: 'strikeout', colour: '#d00000', rects: [strikeRect] }),
    annotation('n1', { kind: 'note', colour: '#ffd400', point: [520, 800], comment: 'Chase the action plan' }),
    annotation('i1', { kind: 'ink', colour: '#d00000', strokeWidth: 2, inkPaths: [[[60, 300], [120, 330], [180, 300]], [[60, 280], [180, 280]]] }),
    annotation('t1', { kind: 'textbox', colour: '#0033aa', rects: [[330, 250, 560, 300]], text: 'Raise at the meeting: neglect of under-fives', fontSize: 11 }),
  ];
  exported = await exportAnnotatedPdf(original, annotations);
  exportedPath = join(dir, 'exported.pdf');
  writeFileSync(exportedPath, exported);
  writeFileSync(join(dir, 'original.pdf'), original);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function annotationsOnPage(bytes: Uint8Array, page: number) {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 });
  try {
    return await (await (await task.promise).getPage(page)).getAnnotations();
  } finally {
    await task.destroy();
  }
}

describe('exportAnnotatedPdf', () => {
  it('writes standard annotations that pdf.js reads back with their comments and appearances', async () => {
    const found = await annotationsOnPage(exported, PAGE);
    expect(found.map((a) => a.subtype).sort()).toEqual(['FreeText', 'Highlight', 'Ink', 'StrikeOut', 'Text', 'Underline']);
    const bySubtype = Object.fromEntries(found.map((a) => [a.subtype as string, a]));
    expect(bySubtype.Highlight.contentsObj.str).toBe(COMMENT);
    expect(bySubtype.Highlight.titleObj.str).toBe('Scrutineer user');
    expect(Array.from(bySubtype.Highlight.color)).toEqual([255, 212, 0]);
    expect(bySubtype.Underline.contentsObj.str).toBe('Which Cabinet Member?');
    expect(bySubtype.Text.contentsObj.str).toBe('Chase the action plan');
    expect(bySubtype.FreeText.contentsObj.str).toBe('Raise at the meeting: neglect of under-fives');
    expect(bySubtype.Ink.inkLists).toHaveLength(2);
    expect(bySubtype.Highlight.modificationDate).toBe('D:20170921100000Z');
    // Every one has an appearance stream, so viewers that do not draw annotations themselves show them.
    expect(found.every((a) => a.hasAppearance)).toBe(true);
    // The rest of the document is untouched.
    expect(await annotationsOnPage(exported, PAGE + 1)).toEqual([]);
  });

  it('writes a file poppler and qpdf accept', () => {
    const info = execFileSync('pdfinfo', [exportedPath], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+108/);
    expect(info).toMatch(/Encrypted:\s+no/);
    // qpdf --check exits non-zero on structural errors.
    expect(() => execFileSync('qpdf', ['--check', exportedPath], { stdio: 'pipe' })).not.toThrow();
  });

  it('renders the highlight where the text is (poppler draws the appearance stream)', () => {
    const dpi = 40;
    const render = (file: string) => parsePpm(execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(PAGE), '-l', String(PAGE), file], { maxBuffer: 1 << 24 }));
    const before = render(join(dir, 'original.pdf'));
    const after = render(exportedPath);
    const scale = dpi / 72;
    const pageHeight = 842.88;
    const [x1, y1, x2, y2] = highlightRect;
    const yellowish = (img: ReturnType<typeof parsePpm>) => {
      let n = 0;
      for (let y = Math.floor((pageHeight - y2) * scale); y < Math.ceil((pageHeight - y1) * scale); y++) {
        for (let x = Math.floor(x1 * scale); x < Math.ceil(x2 * scale); x++) {
          const [r, g, b] = img.pixel(x, y);
          if (r > 200 && g > 170 && b < 180) n++;
        }
      }
      return n;
    };
    const area = Math.ceil((x2 - x1) * scale) * Math.ceil((y2 - y1) * scale);
    expect(yellowish(before)).toBe(0);
    expect(yellowish(after)).toBeGreaterThan(area * 0.4);
  });

  it('refuses an encrypted original with a clear error', async () => {
    const encrypted = join(dir, 'encrypted.pdf');
    // An empty user password, as councils use to stop copying: it opens without a password but is still encrypted.
    execFileSync('qpdf', ['--encrypt', '', 'owner-secret', '256', '--', join(dir, 'original.pdf'), encrypted]);
    const attempt = exportAnnotatedPdf(new Uint8Array(readFileSync(encrypted)), annotations);
    await expect(attempt).rejects.toBeInstanceOf(EncryptedPdfError);
    await expect(attempt).rejects.toThrow(/encrypted/);
  });

  it('refuses an annotation on a page the PDF does not have', async () => {
    await expect(exportAnnotatedPdf(original, [annotation('far', { page: 500, rects: [[0, 0, 10, 10]] })])).rejects.toThrow(RangeError);
  });

  it('writes quad points in Acrobat order: upper left, upper right, lower left, lower right', () => {
    expect(quadPoints([[10, 20, 110, 32]])).toEqual([10, 32, 110, 32, 10, 20, 110, 20]);
  });
});
