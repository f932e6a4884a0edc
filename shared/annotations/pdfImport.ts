// Maps the annotations already inside an imported PDF (as pdf.js page.getAnnotations() reports them) to drafts the user can adopt.

import { DEFAULT_COLOUR, rgbToHex } from './colour';
import { normaliseRect } from './geometry';
import { sortKeyOf } from './sortKey';
import type { Annotation, AnnotationKind, NearTextAnchor, PdfPoint, PdfRect, QuoteSelector } from './types';

/**
 * The fields of a pdf.js annotation data object this reads (pdf.js 6; older shapes of
 * quadPoints and inkLists are accepted too). Colours are 0..255 components, geometry is
 * in PDF user space, as in our model.
 */
export interface PdfJsAnnotationData {
  subtype?: string;
  /** pdf.js's id: the object reference, "12R". */
  id?: string;
  rect?: ArrayLike<number> | null;
  /** Flat, 8 numbers per quad (pdf.js >= 4), or an array of 4 {x, y} per quad (older). */
  quadPoints?: ArrayLike<number> | readonly (readonly { x: number; y: number }[])[] | null;
  color?: ArrayLike<number> | null;
  contentsObj?: { str?: string } | null;
  titleObj?: { str?: string } | null;
  /** FreeText without an appearance stream: its lines. */
  textContent?: readonly string[] | null;
  /** Per stroke: flat x, y pairs (pdf.js >= 4) or {x, y} points (older). */
  inkLists?: readonly (ArrayLike<number> | readonly { x: number; y: number }[])[] | null;
  borderStyle?: { width?: number } | null;
  defaultAppearanceData?: { fontSize?: number; fontColor?: ArrayLike<number> | null } | null;
  modificationDate?: string | null;
  creationDate?: string | null;
  /** The id of the annotation this one replies to. */
  inReplyTo?: string | null;
  /** 'R' (a reply) or 'Group'. */
  replyType?: string | null;
}

/** An annotation found in the PDF, not yet the user's: shown, and adopted with adoptDraft. */
export interface ImportedAnnotationDraft {
  origin: 'imported';
  kind: AnnotationKind;
  /** The PDF subtype it came from ("Highlight", "Squiggly"...). */
  subtype: string;
  page: number;
  colour: string;
  /** Its /Contents, with any replies to it appended ("Author: text"). */
  comment: string;
  author?: string;
  rects: PdfRect[];
  inkPaths: PdfPoint[][];
  strokeWidth?: number;
  point?: PdfPoint;
  text?: string;
  fontSize?: number;
  importedRef?: string;
  createdAt?: number;
  modifiedAt?: number;
}

export interface ImportedAnnotations {
  drafts: ImportedAnnotationDraft[];
  /** Annotations of kinds Scrutineer does not model (shapes, stamps, attachments...), so the UI can say they exist. */
  unsupported: { page: number; subtype: string }[];
}

const KIND: Record<string, AnnotationKind> = {
  Highlight: 'highlight',
  Underline: 'underline',
  // A wavy underline is still an underline to the reader; it is exported back as a straight one.
  Squiggly: 'underline',
  StrikeOut: 'strikeout',
  Text: 'note',
  Ink: 'ink',
  FreeText: 'textbox',
};

/** Not annotations a person made: links, form fields, and popups (their text is on the annotation they belong to). */
const IGNORED = new Set(['Link', 'Widget', 'Popup']);

const DEFAULT_NOTE_COLOUR = '#ffd400';
const DEFAULT_INK_COLOUR = '#000000';
const DEFAULT_TEXT_COLOUR = '#000000';

/**
 * Drafts from the annotation data of every page (element 0 is PDF page 1). Replies are
 * folded into the comment of the annotation they answer rather than becoming notes.
 */
export function readExistingAnnotations(pages: readonly (readonly PdfJsAnnotationData[])[]): ImportedAnnotations {
  const drafts: ImportedAnnotationDraft[] = [];
  const unsupported: { page: number; subtype: string }[] = [];
  const byRef = new Map<string, ImportedAnnotationDraft>();
  const replies: { to: string; author: string; text: string }[] = [];

  pages.forEach((annotations, index) => {
    const page = index + 1;
    for (const data of annotations) {
      const subtype = data.subtype ?? '';
      if (IGNORED.has(subtype)) continue;
      if (data.inReplyTo && (data.replyType ?? 'R') === 'R') {
        replies.push({ to: data.inReplyTo, author: data.titleObj?.str ?? '', text: data.contentsObj?.str ?? '' });
        continue;
      }
      const kind = KIND[subtype];
      const draft = kind ? toDraft(data, kind, subtype, page) : null;
      if (!draft) {
        unsupported.push({ page, subtype: subtype || 'unknown' });
        continue;
      }
      drafts.push(draft);
      if (data.id) byRef.set(data.id, draft);
    }
  });

  for (const reply of replies) {
    const parent = byRef.get(reply.to);
    if (!parent || !reply.text) continue;
    const line = reply.author ? `${reply.author}: ${reply.text}` : reply.text;
    parent.comment = parent.comment ? `${parent.comment}\n\n${line}` : line;
  }
  return { drafts, unsupported };
}

function toDraft(data: PdfJsAnnotationData, kind: AnnotationKind, subtype: string, page: number): ImportedAnnotationDraft | null {
  const rect = data.rect && data.rect.length >= 4 ? normaliseRect([data.rect[0]!, data.rect[1]!, data.rect[2]!, data.rect[3]!]) : null;
  const colour = (fallback: string) => (data.color && data.color.length >= 3 ? rgbToHex(data.color, 255) : fallback);
  const draft: ImportedAnnotationDraft = {
    origin: 'imported',
    kind,
    subtype,
    page,
    colour: DEFAULT_COLOUR,
    comment: data.contentsObj?.str ?? '',
    rects: [],
    inkPaths: [],
  };
  if (data.titleObj?.str) draft.author = data.titleObj.str;
  if (data.id) draft.importedRef = data.id;
  const created = parsePdfDate(data.creationDate);
  const modified = parsePdfDate(data.modificationDate);
  if (created !== undefined) draft.createdAt = created;
  if (modified !== undefined) draft.modifiedAt = modified;

  switch (kind) {
    case 'highlight':
    case 'underline':
    case 'strikeout': {
      draft.colour = colour(DEFAULT_COLOUR);
      draft.rects = quadRects(data.quadPoints);
      if (draft.rects.length === 0 && rect) draft.rects = [rect];
      return draft.rects.length ? draft : null;
    }
    case 'note':
      if (!rect) return null;
      draft.colour = colour(DEFAULT_NOTE_COLOUR);
      draft.point = [rect[0], rect[3]];
      return draft;
    case 'ink': {
      draft.colour = colour(DEFAULT_INK_COLOUR);
      draft.inkPaths = (data.inkLists ?? []).map(inkPath).filter((p) => p.length > 0);
      if (data.borderStyle?.width) draft.strokeWidth = data.borderStyle.width;
      return draft.inkPaths.length ? draft : null;
    }
    case 'textbox': {
      if (!rect) return null;
      const fontColour = data.defaultAppearanceData?.fontColor;
      draft.colour = fontColour && fontColour.length >= 3 ? rgbToHex(fontColour, 255) : colour(DEFAULT_TEXT_COLOUR);
      draft.rects = [rect];
      draft.text = data.textContent?.length ? data.textContent.join('\n') : (data.contentsObj?.str ?? '');
      // Its /Contents is the text itself, not a comment on it.
      draft.comment = '';
      if (data.defaultAppearanceData?.fontSize) draft.fontSize = data.defaultAppearanceData.fontSize;
      return draft;
    }
  }
}

const isPointList = (v: unknown): v is readonly { x: number; y: number }[] =>
  Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null && 'x' in v[0];

function quadRects(quadPoints: PdfJsAnnotationData['quadPoints']): PdfRect[] {
  if (!quadPoints || quadPoints.length === 0) return [];
  const quads: number[][] = [];
  if (isPointList(quadPoints[0])) {
    for (const quad of quadPoints as readonly (readonly { x: number; y: number }[])[]) quads.push(quad.flatMap((p) => [p.x, p.y]));
  } else {
    const flat = Array.from(quadPoints as ArrayLike<number>);
    for (let i = 0; i + 8 <= flat.length; i += 8) quads.push(flat.slice(i, i + 8));
  }
  // The corners' extent, whatever order the writer used.
  return quads.map((q) => {
    const xs = q.filter((_, i) => i % 2 === 0);
    const ys = q.filter((_, i) => i % 2 === 1);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  });
}

function inkPath(list: ArrayLike<number> | readonly { x: number; y: number }[]): PdfPoint[] {
  if (isPointList(list)) return list.map((p): PdfPoint => [p.x, p.y]);
  const flat = Array.from(list);
  const points: PdfPoint[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) points.push([flat[i]!, flat[i + 1]!]);
  return points;
}

/** A PDF date ("D:20170926140000+01'00'", most parts optional) as milliseconds since the epoch. */
export function parsePdfDate(value: string | null | undefined): number | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(utc)) return undefined;
  // Local time with an offset: subtract the offset to get UTC. No offset at all: taken as UTC.
  const offset = (Number(oh) * 60 + Number(om)) * 60_000;
  return sign === '+' ? utc - offset : sign === '-' ? utc + offset : utc;
}

export interface AdoptOptions {
  id: string;
  documentId: string;
  /** Milliseconds since the epoch (default Date.now()). */
  now?: number;
  /** The text under a text markup draft, which the app reads from the page's text geometry. */
  quote?: QuoteSelector;
  nearText?: NearTextAnchor;
  tags?: string[];
}

/** Makes an imported draft the user's own annotation (it keeps importedRef, so an export replaces the original). */
export function adoptDraft(draft: ImportedAnnotationDraft, options: AdoptOptions): Annotation {
  const now = options.now ?? Date.now();
  const annotation: Annotation = {
    id: options.id,
    documentId: options.documentId,
    kind: draft.kind,
    colour: draft.colour,
    comment: draft.comment,
    tags: options.tags ?? [],
    page: draft.page,
    rects: draft.rects.map((r): PdfRect => [...r]),
    inkPaths: draft.inkPaths.map((p) => p.map((pt): PdfPoint => [...pt])),
    sortKey: sortKeyOf(draft),
    origin: 'imported',
    createdAt: draft.createdAt ?? now,
    modifiedAt: now,
  };
  if (draft.point) annotation.point = [...draft.point];
  if (draft.text !== undefined) annotation.text = draft.text;
  if (draft.fontSize !== undefined) annotation.fontSize = draft.fontSize;
  if (draft.strokeWidth !== undefined) annotation.strokeWidth = draft.strokeWidth;
  if (draft.author) annotation.author = draft.author;
  if (draft.importedRef) annotation.importedRef = draft.importedRef;
  if (options.quote) annotation.quote = options.quote;
  if (options.nearText) annotation.nearText = options.nearText;
  return annotation;
}
