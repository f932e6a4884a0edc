// Appearance streams (what a viewer draws) for each annotation kind, as PDF content-stream text.

import { hexToRgb, num, pdfColour } from './colour';
import { DEFAULT_FONT_SIZE, DEFAULT_STROKE_WIDTH, NOTE_ICON_SIZE, normaliseRect, unionRects } from './geometry';
import type { Annotation, PdfRect } from './types';

/**
 * A form XObject's drawing. The viewer maps `bbox`, transformed by `matrix`, onto the
 * annotation's /Rect: with the identity matrix and bbox equal to /Rect, the content is
 * drawn in page coordinates.
 */
export interface Appearance {
  /** The annotation's /Rect. */
  rect: PdfRect;
  bbox: PdfRect;
  matrix?: [number, number, number, number, number, number];
  content: string;
  /** Resource names the content uses: '/GS0' ExtGState (translucency, blend mode), '/Helv' font. */
  uses: { gs?: 'highlight'; font?: true };
}

/** Fill opacity of highlights: with Multiply, text under them stays black; viewers without blend modes still see the text through. */
export const HIGHLIGHT_OPACITY = 0.5;

const rectPath = ([x1, y1, x2, y2]: PdfRect) => `${num(x1)} ${num(y1)} ${num(x2 - x1)} ${num(y2 - y1)} re`;
const pad = ([x1, y1, x2, y2]: PdfRect, by: number): PdfRect => [x1 - by, y1 - by, x2 + by, y2 + by];

/** Highlight: a translucent multiplied fill over each line's rect. */
export function highlightAppearance(rects: readonly PdfRect[], colour: string): Appearance {
  const boxes = rects.map(normaliseRect);
  const rect = unionRects(boxes) ?? [0, 0, 0, 0];
  const content = ['/GS0 gs', `${pdfColour(hexToRgb(colour))} rg`, ...boxes.map(rectPath), 'f'].join('\n');
  return { rect, bbox: rect, content, uses: { gs: 'highlight' } };
}

/**
 * Underline and strikeout: a line per rect, near the bottom of the text (its descent is
 * inside the rect) or through the middle of its lower-case letters.
 */
export function lineMarkupAppearance(rects: readonly PdfRect[], colour: string, kind: 'underline' | 'strikeout'): Appearance {
  const boxes = rects.map(normaliseRect);
  const ops = [`${pdfColour(hexToRgb(colour))} RG`];
  for (const [x1, y1, x2, y2] of boxes) {
    const h = y2 - y1;
    const width = Math.max(0.75, h * 0.07);
    const y = kind === 'underline' ? y1 + h * 0.12 : y1 + h * 0.45;
    ops.push(`${num(width)} w`, `${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S`);
  }
  const rect = unionRects(boxes) ?? [0, 0, 0, 0];
  return { rect, bbox: rect, content: ops.join('\n'), uses: {} };
}

/** Sticky note: a coloured page-with-lines icon whose top-left corner is the note's point. */
export function noteAppearance(point: readonly [number, number], colour: string): Appearance {
  const s = NOTE_ICON_SIZE;
  const [x, y] = point;
  const rect: PdfRect = [x, y - s, x + s, y];
  const content = [
    `${pdfColour(hexToRgb(colour))} rg 0.25 0.25 0.25 RG 1 w`,
    // Drawn in the icon's own 0..s square; the viewer moves it onto /Rect.
    `1 1 ${s - 2} ${s - 2} re B`,
    '0.25 0.25 0.25 RG 1.2 w',
    ...[0.7, 0.5, 0.3].map((f) => `4 ${num(s * f)} m ${s - 4} ${num(s * f)} l S`),
  ].join('\n');
  return { rect, bbox: [0, 0, s, s], content, uses: {} };
}

/** Ink: each stroke as a polyline with round caps and joins. */
export function inkAppearance(paths: readonly (readonly (readonly [number, number])[])[], colour: string, strokeWidth = DEFAULT_STROKE_WIDTH): Appearance {
  const points = paths.flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const rect: PdfRect = points.length
    ? pad([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], strokeWidth)
    : [0, 0, 0, 0];
  const ops = [`${pdfColour(hexToRgb(colour))} RG ${num(strokeWidth)} w 1 J 1 j`];
  for (const path of paths) {
    if (path.length === 0) continue;
    const [first, ...rest] = path;
    // A single point (a dot) becomes a zero-length line, which round caps draw as a dot.
    const tail = rest.length ? rest : [first!];
    ops.push(`${num(first![0])} ${num(first![1])} m ${tail.map(([x, y]) => `${num(x)} ${num(y)} l`).join(' ')} S`);
  }
  return { rect, bbox: rect, content: ops.join('\n'), uses: {} };
}

/** How text is measured and encoded for a text box: the standard Helvetica, as the PDF library provides it. */
export interface TextMeasure {
  widthOf(text: string, size: number): number;
  /** The string operand for Tj (hex-encoded in the font's encoding). */
  encode(text: string): string;
}

export const TEXTBOX_PADDING = 2;

/** Breaks text into lines that fit `width` at `size`: on spaces where possible, inside a word only when it alone is too wide. */
export function wrapText(text: string, width: number, size: number, measure: TextMeasure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n?|\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure.widthOf(candidate, size) <= width || !line) {
        line = candidate;
      } else {
        lines.push(line);
        line = word;
      }
      // A word wider than the box is split across lines.
      while (measure.widthOf(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure.widthOf(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Text box: the text in Helvetica, wrapped to the box's width. On a rotated page (/Rotate)
 * the text is turned against the page's rotation so that it reads upright on screen, as
 * it was typed; `bbox` is then the box as seen on screen. A box too short for its text
 * grows downwards (on screen) rather than hiding what the user wrote.
 */
export function textboxAppearance(box: PdfRect, text: string, colour: string, fontSize: number, rotation: number, measure: TextMeasure): Appearance {
  const rect = normaliseRect(box);
  const quarterTurns = (((Math.round(rotation / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
  const across = rect[2] - rect[0];
  const up = rect[3] - rect[1];
  const w = quarterTurns % 2 ? up : across;
  let h = quarterTurns % 2 ? across : up;
  const size = fontSize || DEFAULT_FONT_SIZE;
  const lineHeight = size * 1.2;
  const lines = wrapText(text, Math.max(1, w - 2 * TEXTBOX_PADDING), size, measure);
  const needed = lines.length * lineHeight + 2 * TEXTBOX_PADDING;
  if (needed > h) {
    const extra = needed - h;
    h = needed;
    // "Down on screen" in page space: -y unrotated, +x at 90° (clockwise), +y at 180°, -x at 270°.
    if (quarterTurns === 0) rect[1] -= extra;
    else if (quarterTurns === 1) rect[2] += extra;
    else if (quarterTurns === 2) rect[3] += extra;
    else rect[0] -= extra;
  }
  const ops = ['q', `0 0 ${num(w)} ${num(h)} re W n`, 'BT', `/Helv ${num(size)} Tf`, `${pdfColour(hexToRgb(colour))} rg`];
  // Baselines from the top: ascent of Helvetica is about 0.8 em.
  ops.push(`${num(TEXTBOX_PADDING)} ${num(h - TEXTBOX_PADDING - size * 0.8)} Td`, `${num(lineHeight)} TL`);
  lines.forEach((line, i) => ops.push(`${i ? 'T* ' : ''}${measure.encode(line)} Tj`));
  ops.push('ET', 'Q');
  // Rotating the content counter-clockwise by the page's (clockwise) rotation cancels it on screen.
  const cos = [1, 0, -1, 0][quarterTurns]!;
  const sin = [0, 1, 0, -1][quarterTurns]!;
  return { rect, bbox: [0, 0, w, h], matrix: [cos, sin, -sin, cos, 0, 0], content: ops.join('\n'), uses: { font: true } };
}

/** The appearance of any annotation (text box text measured by `measure`); null when it has nothing to draw. */
export function appearanceOf(annotation: Annotation, rotation: number, measure: TextMeasure): Appearance | null {
  switch (annotation.kind) {
    case 'highlight':
      return annotation.rects.length ? highlightAppearance(annotation.rects, annotation.colour) : null;
    case 'underline':
    case 'strikeout':
      return annotation.rects.length ? lineMarkupAppearance(annotation.rects, annotation.colour, annotation.kind) : null;
    case 'note':
      return annotation.point ? noteAppearance(annotation.point, annotation.colour) : null;
    case 'ink':
      return annotation.inkPaths.some((p) => p.length) ? inkAppearance(annotation.inkPaths, annotation.colour, annotation.strokeWidth) : null;
    case 'textbox': {
      const box = annotation.rects[0];
      return box ? textboxAppearance(box, annotation.text ?? '', annotation.colour, annotation.fontSize ?? DEFAULT_FONT_SIZE, rotation, measure) : null;
    }
  }
}
