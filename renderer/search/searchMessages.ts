// What the app and the search worker say to each other.
import type { SnippetPart } from '../../shared/search/snippet';
import type { SourceMeta } from '../db/searchTypes';

export type Kind = SourceMeta['kind'];

export interface SearchFilters {
  /** Kinds to include; empty for all. */
  kinds: Kind[];
  committee: string;
  /** ISO dates, inclusive; '' for open. */
  from: string;
  to: string;
  includeExempt: boolean;
}

export const NO_FILTERS: SearchFilters = { kinds: [], committee: '', from: '', to: '', includeExempt: true };

/** One source as the app has it now. Documents name their file (the worker reads its pages); the rest carry their text. */
export interface SourceUpdate {
  source: string;
  stamp: string;
  meta: SourceMeta;
  hash?: string;
  entries?: { id: string; text: string }[];
}

export interface SearchHit {
  id: string;
  source: string;
  meta: SourceMeta;
  /** PDF page, for a page of a document. */
  page: number | null;
  /** "Page 14" as printed, else "PDF page 14". */
  pageName: string | null;
  item: string | null;
  snippet: SnippetPart[];
  /** What the reader should highlight on the page: phrases and the matched words as written. */
  highlight: string[];
}

export type ToWorker =
  | { type: 'init' }
  /** The platform's at-rest key (non-extractable), or why there is none. */
  | { type: 'key'; key: CryptoKey | null; problem?: string }
  | { type: 'sync'; updates: SourceUpdate[] }
  | { type: 'query'; id: number; text: string; filters: SearchFilters; documentId?: string; limit: number; channel?: string }
  | { type: 'glossary'; id: number; documents: { documentId: string; hash: string }[] };

export interface GlossaryFound {
  acronym: string;
  expansion: string;
  documentId: string;
  page: number;
}

export type FromWorker =
  | { type: 'ready'; loaded: boolean; sources: number; ms: number }
  | { type: 'synced'; indexed: number; removed: number; sources: number; ms: number; changed: boolean; pages: number }
  /** Whether changes to the index are waiting to be saved on this device. */
  | { type: 'saving'; pending: boolean }
  | { type: 'results'; id: number; hits: SearchHit[]; total: number; ms: number; skipped?: boolean }
  | { type: 'glossary'; id: number; terms: GlossaryFound[] }
  | { type: 'failed'; id?: number; message: string };
