// The annotation model: what a councillor marked on a PDF page, where, and the text it belongs to.

/** Text markup (highlight, underline, strikeout) follows a text selection; the rest are placed freely. */
export type AnnotationKind = 'highlight' | 'underline' | 'strikeout' | 'note' | 'ink' | 'textbox';

/** The kinds that cover a run of text and are re-anchored by their quote. */
export type TextMarkupKind = Extract<AnnotationKind, 'highlight' | 'underline' | 'strikeout'>;

export const TEXT_MARKUP_KINDS: readonly TextMarkupKind[] = ['highlight', 'underline', 'strikeout'];

export const isTextMarkup = (kind: AnnotationKind): kind is TextMarkupKind =>
  (TEXT_MARKUP_KINDS as readonly AnnotationKind[]).includes(kind);

/**
 * A point in PDF user space on its page: origin at the bottom left of the page's
 * coordinate system (not necessarily of the visible page: a MediaBox may start elsewhere),
 * y upwards, 1 unit = 1/72 inch, before the page's /Rotate is applied. This is what pdf.js
 * viewport.convertToPdfPoint returns, and what the PDF annotation dictionaries use.
 */
export type PdfPoint = [x: number, y: number];

/** A rectangle in the same space: [x1, y1, x2, y2] with x1 <= x2 and y1 <= y2 (bottom-left, top-right). */
export type PdfRect = [x1: number, y1: number, x2: number, y2: number];

/**
 * The selected text and enough around it to find it again in a revised document
 * (the W3C TextQuoteSelector plus a TextPositionSelector). Offsets index the document
 * text built by buildDocumentText (documentText.ts), half-open [start, end).
 */
export interface QuoteSelector {
  /** The selected text exactly as it is in the document text (line breaks are '\n'). */
  exact: string;
  /** Up to ~32 characters before it (fewer at the start of the document). */
  prefix: string;
  /** Up to ~32 characters after it. */
  suffix: string;
  start: number;
  end: number;
}

/**
 * How a note, ink drawing or text box stays with the text beside it: the quote of the
 * text nearest to it when it was made, and where the annotation sat relative to that
 * text. `offset` is the annotation's reference point (see referencePoint in geometry.ts)
 * minus the top-left corner [x1, y2] of the anchor text's first rect, in PDF units. The
 * app measures both; this module only re-finds the text.
 */
export interface NearTextAnchor {
  quote: QuoteSelector;
  offset: PdfPoint;
}

/** Why an annotation could not be placed on a new version: shown in the "Needs review" list. */
export interface ReviewState {
  /** 'context-changed': its words are still there, but the text around them is not (a withdrawn paragraph's phrase reused elsewhere). */
  reason: 'text-not-found' | 'no-anchor' | 'context-changed';
  /** PDF page it was on in the version it came from. */
  oldPage: number;
  /** The text it was attached to there ('' when it had none), so the user can see what it meant. */
  oldQuote: string;
  /** The document (version) it was carried over from. */
  fromDocumentId: string;
  /** Milliseconds since the epoch. */
  since: number;
}

/** The document a kept annotation was on before the user removed it from the library. */
export interface DetachedFrom {
  title: string;
  fileName: string;
  /** SHA-256 of the file's bytes: the same file imported again can be recognised. */
  hash: string;
  /** When the document was removed, milliseconds since the epoch. */
  at: number;
}

export interface Annotation {
  id: string;
  /** The document (one version of it) the annotation is on. */
  documentId: string;
  kind: AnnotationKind;
  /** '#rrggbb'. */
  colour: string;
  /** What the colour means to this user ("question to ask"), if they named it. */
  meaning?: string;
  /** The user's comment; '' when none. Exported as the PDF annotation's /Contents. */
  comment: string;
  tags: string[];
  /** 1-based PDF page. */
  page: number;
  /**
   * Text markup: one rect per line of the selection, in reading order. Text box: rects[0]
   * is the box. Note and ink: empty.
   */
  rects: PdfRect[];
  /** Ink: one path per stroke. Others: empty. */
  inkPaths: PdfPoint[][];
  /** Ink stroke width in PDF units (default 2). */
  strokeWidth?: number;
  /** Note: the top-left corner of its icon. */
  point?: PdfPoint;
  /** Text box: the text shown on the page. */
  text?: string;
  /** Text box font size in points (default 12). */
  fontSize?: number;
  /** Text markup: the text it covers. */
  quote?: QuoteSelector;
  /** Note, ink, text box: the text it sits beside (optional: without it, it only survives an unchanged page). */
  nearText?: NearTextAnchor;
  /**
   * Made from a selection before the document's text was stored (a pack still being read):
   * the selected words, and for a note its offset from them, kept until the text is known
   * and they become its quote (or the text a note sits beside).
   */
  unquoted?: { text: string; offset?: PdfPoint };
  /** Orders annotations by page, then top to bottom, then left to right (see sortKey.ts). */
  sortKey: string;
  /** Shown in other PDF readers as the annotation's author (/T); default "Scrutineer user". */
  author?: string;
  /** 'imported' when adopted from annotations already inside an imported PDF. */
  origin?: 'user' | 'imported';
  /** For imported ones: pdf.js's id of the annotation object ("12R"), so an export replaces it rather than duplicating it. */
  importedRef?: string;
  /** Set while it needs the user's attention after a new version was imported. */
  review?: ReviewState;
  /** Carried to a new version where the text moved: its rects are worked out again from the page's text when the page is next drawn. */
  pendingGeometry?: boolean;
  /** Set when its document was removed and the user chose to keep their annotations: the document it was on. */
  detachedFrom?: DetachedFrom;
  /** Milliseconds since the epoch. */
  createdAt: number;
  modifiedAt: number;
  /** Set while deleted: "Undo" can bring it back until it is purged a week later. Absent or null: not deleted. */
  deletedAt?: number | null;
}
