// Row shapes of the IndexedDB tables.

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
