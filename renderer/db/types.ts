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
  /** Where the title came from; a title the user typed is never replaced. */
  titleSource?: 'metadata' | 'file' | 'content' | 'service' | 'user';
  /** The PDF's own metadata title, as imported. */
  metadataTitle?: string;
  /**
   * How it came to be under its meeting when nothing in it named the meeting outright: inferred
   * from a "To:" line, its title or its pages in a pack, under that agenda item. The user can
   * correct it ("Edit meeting details").
   */
  filing?: { inferred: boolean; item?: string; reason: string };
  /** Minutes: the meeting whose papers they came with (the meeting they record is `meetingId`). */
  alsoFor?: { meetingId: string; item?: string };
  /** Versions of one document share a group id (the first version's id). */
  versionGroup: string;
  /** 1 for the first version, then 2, 3... as revised versions are imported. */
  version: number;
  /** Set while "Is this a revised version?" waits for an answer, so it is asked again after a restart. */
  revisionQuestion?: 'pending';
  /** Downloaded from the council's site and not opened yet: the library shows "New". */
  unopened?: boolean;
  /** Marked exempt by the user (Schedule 12A): left out of exports and backups unless asked for. */
  exempt?: boolean;
  /** Agenda items (by number) the user marked exempt, beyond those the front sheet puts in Part 2. */
  exemptItems?: string[];
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
  /** The council's site lists the meeting as cancelled. */
  cancelled?: boolean;
  /** The agenda as the council's ModernGov service lists it (authoritative when present). */
  serviceItems?: ServiceItem[];
}

/** An agenda item as the council's site lists it, with the documents it links. */
export interface ServiceItem {
  number: string;
  title: string;
  restricted: boolean;
  documents: { title: string; restricted: boolean }[];
}

/** What was found in a document's text: its front sheet, agenda and printed page numbers. */
export interface DocumentStructure {
  hash: string;
  kind: 'agenda' | 'minutes' | 'report' | 'unknown';
  /** An agenda's papers: front sheet alone, front sheet with reports, or a supplement. */
  role?: 'front sheet' | 'pack' | 'supplement';
  /** A report's own title ("Subject: ..."). */
  reportTitle?: string;
  /** The decision a report or record of decision is about ("Decision no: 24/00019"), for filing it under the item with that reference. */
  reportReference?: string;
  /** A report's or letter's own date, when it names no meeting. */
  documentDate?: string;
  /** PDF pages (1-based) whose printed number was inferred, not read from a stamp. */
  inferredPages?: number[];
  /** The PDF's bookmarks, flattened. */
  bookmarks?: { title: string; pdfPage?: number; depth: number }[];
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

/** A structures row as stored: in clear, or, for a password-protected or exempt file, sealed (its JSON encrypted). */
export type StoredStructure = DocumentStructure | { hash: string; sealed: SealedText };

/** An agenda item with its printed page range and the PDF pages it covers. */
export type AgendaEntry = AgendaItemWithPdf;

/** The text of one page as lines, for finding and re-anchoring passages. */
export interface PageText {
  hash: string;
  page: number;
  lines: string[];
}

/** AES-GCM ciphertext under the platform's at-rest key (renderer/platform/sealing.ts). */
export interface SealedText {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * A pageTexts row as stored: the lines in clear, or, for a password-protected or exempt
 * file, sealed (the lines' JSON encrypted) with no clear lines beside them.
 */
export type StoredPageText = PageText | { hash: string; page: number; sealed: SealedText };

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
