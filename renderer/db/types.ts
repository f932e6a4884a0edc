// Row shapes of the IndexedDB tables.
import type { AgendaItemWithPdf } from '../../shared/agenda';
import type { ImportedAnnotationDraft } from '../../shared/annotations/pdfImport';

/** A document in the library. Its bytes live in `files`, keyed by `hash`. */
export interface StoredDocument {
  id: string;
  /** SHA-256 of the file's bytes, hex: the same file imported twice is one document. */
  hash: string;
  /** From the PDF's metadata, else the file name without ".pdf". */
  title: string;
  fileName: string;
  pageCount: number;
  /** Bytes. */
  size: number;
  /** Milliseconds since the epoch. */
  importedAt: number;
  /** Password-protected: the reader asks for the password on opening. */
  encrypted: boolean;
  /** The meeting it belongs to; null until detected or filed by the user. */
  meetingId: string | null;
  /** Versions of one document share a group id (the first version's id). */
  versionGroup: string;
  /** 1 for the first version, then 2, 3... as revised versions are imported. */
  version: number;
}

/** A committee meeting that documents belong to. */
export interface Meeting {
  id: string;
  committee: string;
  /** ISO yyyy-mm-dd, or '' when not known. */
  date: string;
  /** As printed, e.g. "2.00 pm". */
  time: string;
  venue: string;
  /** True once the user has edited the details: detection never overwrites them. */
  editedByUser: boolean;
  createdAt: number;
}

/** What was found in a document's text: its front sheet, agenda and printed page numbers. */
export interface DocumentStructure {
  hash: string;
  kind: 'agenda' | 'minutes' | 'report' | 'unknown';
  committee?: string;
  date?: string;
  time?: string;
  venue?: string;
  items: AgendaEntry[];
  /** Printed page label per PDF page (index 0 is PDF page 1); null where none. */
  pageLabels: (string | null)[];
  numbering: 'stamps' | 'pdfLabels' | 'pdfPages';
  /** Where the agenda came from. */
  agendaSource: 'front-sheet' | 'outline' | 'none';
  extractedAt: number;
  /** How long extraction took, for the benchmarks. */
  durationMs: number;
  /** Annotations another PDF reader left in the file, which the user may adopt. */
  embedded?: ImportedAnnotationDraft[];
  /** How many more of them are of kinds Scrutineer does not show in its list (shapes, stamps…). */
  embeddedUnsupported?: number;
}

/** An agenda item with its printed page range and the PDF pages it covers. */
export type AgendaEntry = AgendaItemWithPdf;

/** The text of one page as lines, for finding and re-anchoring passages. */
export interface PageText {
  hash: string;
  page: number;
  lines: string[];
}

/** The PDF bytes as a Blob, which IndexedDB keeps on disk rather than in the JS heap. */
export interface StoredFile {
  hash: string;
  blob: Blob;
  size: number;
}

/** Where the reader was in a document. */
export interface ViewState {
  docId: string;
  /** 1-based PDF page number. */
  page: number;
  /** pdf.js scale value: a number, or "page-width" and friends. */
  scale: string;
  updatedAt: number;
}

/** One user setting, stored by key (for example "palette"). */
export interface Setting {
  key: string;
  value: unknown;
}
