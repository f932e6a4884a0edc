// "Export annotated PDF": writes the annotations into a copy of the original PDF as standard annotation objects with appearance streams.

import {
  EncryptedPDFError,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  StandardFonts,
  type PDFObject,
  type PDFFont,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { appearanceOf, HIGHLIGHT_OPACITY, type Appearance, type TextMeasure } from './appearance';
import { hexToRgb, num, pdfColour } from './colour';
import { DEFAULT_FONT_SIZE, DEFAULT_STROKE_WIDTH, normaliseRect } from './geometry';
import type { Annotation, PdfRect } from './types';

export const DEFAULT_AUTHOR = 'Scrutineer user';

/** The original is password-protected: its annotations cannot be written without breaking or silently decrypting it. */
export class EncryptedPdfError extends Error {
  constructor() {
    super(
      'This PDF is encrypted (password-protected), so Scrutineer cannot write annotations into it. ' +
        'Your annotations are safe in Scrutineer; to export them, ask the council for an unprotected copy or use "Print to PDF".',
    );
    this.name = 'EncryptedPdfError';
  }
}

export interface ExportOptions {
  /** /T of annotations that have no author of their own (default "Scrutineer user"). */
  author?: string;
}

// Annotation flags (PDF 32000-1, 12.5.3).
const PRINT = 4;
const NO_ZOOM = 8;
const NO_ROTATE = 16;

const SUBTYPE: Record<Annotation['kind'], string> = {
  highlight: 'Highlight',
  underline: 'Underline',
  strikeout: 'StrikeOut',
  note: 'Text',
  ink: 'Ink',
  textbox: 'FreeText',
};

/**
 * A copy of `originalBytes` with `annotations` added to their pages' /Annots, each a
 * standard annotation dictionary (so other readers list them and let them be edited)
 * with an /AP /N appearance stream (so readers that do not draw annotations themselves
 * still show them). Annotations adopted from the original (importedRef) replace the
 * object they came from instead of being added twice. Annotations with nothing to draw
 * (no rects, no point, no ink) are left out.
 *
 * @throws EncryptedPdfError when the original is encrypted.
 * @throws RangeError when an annotation's page is not in the document.
 */
export async function exportAnnotatedPdf(originalBytes: Uint8Array, annotations: readonly Annotation[], options: ExportOptions = {}): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    // updateMetadata: false keeps the original's title, producer and dates.
    doc = await PDFDocument.load(originalBytes, { updateMetadata: false });
  } catch (error) {
    if (error instanceof EncryptedPDFError) throw new EncryptedPdfError();
    throw error;
  }
  const pages = doc.getPages();
  for (const a of annotations) {
    if (!Number.isInteger(a.page) || a.page < 1 || a.page > pages.length) {
      throw new RangeError(`Annotation ${a.id} is on page ${a.page}, but the PDF has ${pages.length} pages.`);
    }
  }

  // Helvetica is one of the 14 standard fonts every reader has: nothing is embedded but its name and widths.
  let font: PDFFont | undefined;
  if (annotations.some((a) => a.kind === 'textbox')) font = await doc.embedFont(StandardFonts.Helvetica);
  const measure: TextMeasure = {
    widthOf: (text, size) => (font ? font.widthOfTextAtSize(text, size) : text.length * size * 0.5),
    encode: (text) => (font ? font.encodeText(text).toString() : '<>'),
  };

  let highlightGs: PDFRef | undefined;
  const gsRef = () =>
    (highlightGs ??= doc.context.register(
      doc.context.obj({ Type: 'ExtGState', CA: HIGHLIGHT_OPACITY, ca: HIGHLIGHT_OPACITY, BM: 'Multiply' }),
    ));

  for (const a of annotations) {
    const page = pages[a.page - 1]!;
    const appearance = appearanceOf(a, page.getRotation().angle, measure);
    if (!appearance) continue;
    if (a.importedRef) removeImported(page, a.importedRef);
    const resources: Record<string, PDFRef> = {};
    if (appearance.uses.gs) resources.gs = gsRef();
    if (appearance.uses.font && font) resources.font = font.ref;
    const apRef = doc.context.register(formXObject(doc, appearance, resources));
    const annotRef = doc.context.register(annotationDict(doc, page, a, appearance, apRef, options.author ?? DEFAULT_AUTHOR));
    page.node.addAnnot(annotRef);
  }
  return doc.save();
}

function formXObject(doc: PDFDocument, appearance: Appearance, resources: { gs?: PDFRef; font?: PDFRef }) {
  const res: Record<string, Literal> = {};
  if (resources.gs) res.ExtGState = { GS0: resources.gs };
  if (resources.font) res.Font = { Helv: resources.font };
  return doc.context.flateStream(appearance.content, {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: appearance.bbox,
    Matrix: appearance.matrix ?? [1, 0, 0, 1, 0, 0],
    Resources: res,
  });
}

/**
 * /QuadPoints as Acrobat writes them (and pdf.js, Preview and PDFium read them): for each
 * line, upper-left, upper-right, lower-left, lower-right.
 */
export function quadPoints(rects: readonly PdfRect[]): number[] {
  return rects.map(normaliseRect).flatMap(([x1, y1, x2, y2]) => [x1, y2, x2, y2, x1, y1, x2, y1]);
}

/** PDF date of a millisecond timestamp, or of now when it is missing. */
const pdfDate = (ms: number) => PDFString.fromDate(new Date(Number.isFinite(ms) ? ms : Date.now()));

/** What PDFContext.obj turns into PDF objects: strings become names, arrays arrays, plain objects dictionaries. */
type Literal = string | number | boolean | PDFObject | Literal[] | { [key: string]: Literal };

function annotationDict(doc: PDFDocument, page: PDFPage, a: Annotation, appearance: Appearance, apRef: PDFRef, defaultAuthor: string): PDFDict {
  const rgb = hexToRgb(a.colour);
  const rotation = page.getRotation().angle;
  const entries: Record<string, Literal> = {
    Type: 'Annot',
    Subtype: SUBTYPE[a.kind],
    Rect: appearance.rect,
    P: page.ref,
    // Sticky notes keep their size and stay upright when zooming and rotating, as in Acrobat.
    F: a.kind === 'note' ? PRINT | NO_ZOOM | NO_ROTATE : PRINT,
    AP: { N: apRef },
    // Text strings as UTF-16 hex, so names and comments in any script survive.
    NM: PDFHexString.fromText(a.id),
    T: PDFHexString.fromText(a.author ?? defaultAuthor),
    M: pdfDate(a.modifiedAt),
    CreationDate: pdfDate(a.createdAt),
  };
  // A text box's /Contents is its text; its comment, if any, has nowhere to go.
  const contents = a.kind === 'textbox' ? (a.text ?? '') : a.comment;
  if (contents) entries.Contents = PDFHexString.fromText(contents);

  switch (a.kind) {
    case 'highlight':
    case 'underline':
    case 'strikeout':
      entries.C = rgb;
      entries.QuadPoints = quadPoints(a.rects);
      break;
    case 'note':
      entries.C = rgb;
      entries.Name = 'Comment';
      entries.Open = false;
      break;
    case 'ink':
      entries.C = rgb;
      entries.InkList = a.inkPaths.filter((p) => p.length).map((p) => p.flatMap(([x, y]) => [x, y]));
      entries.BS = { W: a.strokeWidth ?? DEFAULT_STROKE_WIDTH, S: 'S' };
      break;
    case 'textbox': {
      const size = a.fontSize ?? DEFAULT_FONT_SIZE;
      // /DA is what a reader uses to redraw the text once it is edited there.
      entries.DA = PDFString.of(`/Helv ${num(size)} Tf ${pdfColour(rgb)} rg`);
      entries.BS = { W: 0 };
      // Acrobat's own key for a text box typed on a rotated page.
      if (rotation % 360) entries.Rotate = ((rotation % 360) + 360) % 360;
      break;
    }
  }
  return doc.context.obj(entries);
}

/** Parses pdf.js's object id ("12R", or "12R3" for generation 3). */
function parseRef(id: string): { num: number; gen: number } | null {
  const m = /^(\d+)R(\d*)$/.exec(id);
  return m ? { num: Number(m[1]), gen: m[2] ? Number(m[2]) : 0 } : null;
}

/** Takes an adopted annotation's original object (and its popup) off the page, so the export replaces it. */
function removeImported(page: PDFPage, importedRef: string): void {
  const ref = parseRef(importedRef);
  const annots = page.node.Annots();
  if (!ref || !annots) return;
  const isRef = (o: unknown, n: number, g: number) => o instanceof PDFRef && o.objectNumber === n && o.generationNumber === g;
  for (let i = annots.size() - 1; i >= 0; i--) {
    const entry = annots.get(i);
    if (!isRef(entry, ref.num, ref.gen)) continue;
    const dict = page.doc.context.lookup(entry);
    const popup = dict instanceof PDFDict ? dict.get(PDFName.of('Popup')) : undefined;
    annots.remove(i);
    if (popup instanceof PDFRef) {
      for (let j = annots.size() - 1; j >= 0; j--) if (isRef(annots.get(j), popup.objectNumber, popup.generationNumber)) annots.remove(j);
    }
  }
}
