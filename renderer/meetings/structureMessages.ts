// Messages between the UI thread and the worker that reads a PDF once: its page count and
// title first, then, after a 'continue', every page's text and the structure found in it.
import type { MeetingDetails } from '../../shared/agenda';
import type { DocumentStructure } from '../db/types';

export interface ReadRequest {
  type: 'read';
  /** The file's bytes, transferred (not copied) to the worker and on to pdf.js's own. */
  bytes: ArrayBuffer;
  /** A password already known for the file (a background re-read). */
  password?: string;
  /** Whether to ask the UI thread (a 'password' message) when pdf.js needs a password. */
  askPassword: boolean;
  /** Where pdf.js's fonts, CMaps and decoders are served (the worker has no document). */
  assetsBase: string;
}

/** The user's answer to a 'password' message; null when they gave up. */
export interface PasswordAnswer {
  type: 'password';
  password: string | null;
}

/** Go on from the page count and title to the text and structure. */
export interface Continue {
  type: 'continue';
}

/** Stop starting pages (a document is opening in the reader) or start again (its first page is painted). */
export interface Yield {
  type: 'pause' | 'resume';
}

export type StructureRequest = ReadRequest | PasswordAnswer | Continue | Yield;

export interface PdfFacts {
  pageCount: number;
  title: string | undefined;
  /** True when pdf.js asked for a password to open it. */
  encrypted: boolean;
}

export type StructureResponse =
  | { type: 'password'; wrongBefore: boolean }
  | ({ type: 'facts' } & PdfFacts)
  /** How many pages' text has been read so far, sent now and then while reading. */
  | { type: 'progress'; read: number; total: number }
  /** The meeting an agenda or minutes names on its first pages, sent once they are read so the library can file it before the rest is. */
  | { type: 'front'; details: Required<Pick<MeetingDetails, 'committee' | 'date'>> & Pick<MeetingDetails, 'time' | 'venue'> }
  | { type: 'structure'; structure: Omit<DocumentStructure, 'hash' | 'extractedAt' | 'durationMs'>; pages: string[][]; durationMs: number }
  /** `opened` says whether 'facts' was sent first, that is whether the failure was in reading the text. */
  | { type: 'failed'; opened: boolean; passwordCancelled: boolean; message: string };
