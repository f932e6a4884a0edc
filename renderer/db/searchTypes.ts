// Row shapes of the search tables (version 8): the saved index and the user's glossary changes.
import type { SealedText } from './types';

/** What a search source was indexed as, so a restart indexes only what changed. */
export interface SourceMeta {
  kind: 'pack' | 'minutes' | 'report' | 'document' | 'note' | 'question' | 'annotation' | 'inquiry' | 'workprogramme';
  title: string;
  meetingId: string | null;
  meetingLabel: string;
  committee: string;
  /** ISO yyyy-mm-dd, or ''. */
  date: string;
  /** The whole source is exempt (a document the user marked, or said so on its first pages; work quoting exempt papers). */
  exempt: boolean;
  /** For a document: its PDF pages in exempt (Part 2) agenda items. */
  exemptPages?: number[];
  /** A later version of the document exists. */
  superseded: boolean;
  documentId?: string;
  hash?: string;
  /** Printed page label per PDF page (index 0 is page 1). */
  pageLabels?: (string | null)[];
  /** Agenda items with the PDF pages they cover. */
  items?: { number: string; title: string; pdfFrom: number; pdfTo: number }[];
  /** For an annotation: the PDF page it is on. */
  page?: number;
  /** For a question: its list; for a note: its scope. */
  listId?: string;
  inquiryId?: string | null;
}

export interface IndexedSource {
  stamp: string;
  meta: SourceMeta;
  /** The index entries made from it (pages, or the one note). */
  ids: string[];
  /** Its first pages say "not for publication": exempt whatever the app's marks say. */
  textExempt?: boolean;
}

/** What the saved index holds. */
export interface SearchIndexContents {
  /** MiniSearch's index, as its toJSON() gives it. */
  index: unknown;
  /** Each source's content stamp when it was indexed, and what it is. */
  sources: Record<string, IndexedSource>;
  /** Texts of small entries (notes, questions) for snippets, by entry id. */
  bodies: Record<string, string>;
  /** What the contents hold (the search worker's FORMAT); absent before format 2. */
  format?: number;
}

/**
 * The one saved index row (key "index"). Format 2: its contents (SearchIndexContents as JSON)
 * sealed with the platform's at-rest key, because the index holds the words of every page,
 * exempt and password-protected ones included. Format 1 (before sealing) kept them in clear
 * in json, sources and bodies: such a row is read once and saved sealed in its place.
 */
export interface StoredSearchIndex {
  key: string;
  sealed?: SealedText;
  /** Format 1 only: MiniSearch's JSON. */
  json?: string;
  /** Format 1 only. */
  sources?: Record<string, IndexedSource>;
  /** Format 1 only. */
  bodies?: Record<string, string>;
  savedAt: number;
  version: number;
}

/** A user's change to the glossary: a new entry, a corrected expansion, or a hidden one. */
export interface GlossaryEdit {
  id: string;
  acronym: string;
  /** For "add" and "correct": the expansion to show. */
  expansion: string;
  action: 'add' | 'correct' | 'hide';
  /** For "correct" and "hide": the expansion found in the packs that this replaces or hides. */
  original: string | null;
  updatedAt: number;
}
