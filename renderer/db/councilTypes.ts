// Row shapes of the ModernGov tables (version 7): the councils the user added and what each
// check found of their documents.
import type { Committee } from '../../shared/moderngov/xml';

/** A council's ModernGov site the user added, with its committees and which they follow. */
export interface Council {
  id: string;
  /** The site's base URL (shared/moderngov/site.ts `siteBase`). */
  base: string;
  /** The site's host, as the user knows it. */
  name: string;
  committees: Committee[];
  followed: number[];
  addedAt: number;
  lastCheckedAt: number | null;
  /** What the last check said about the site: a block, a busy site, or nothing (null). */
  problem: string | null;
}

export type DownloadEvent = 'arrived' | 'revised' | 'skipped' | 'failed';

/** One document of a followed meeting, as the last check left it. Keyed by [councilId+key]. */
export interface CouncilDocument {
  councilId: string;
  /** Stable identity on the site (shared/moderngov/plan.ts `PlannedDocument.key`). */
  key: string;
  title: string;
  committee: string;
  meetingDate: string;
  url: string;
  /** The library document its bytes became (latest version), once stored. */
  documentId: string | null;
  hash: string | null;
  etag: string | null;
  lastModified: string | null;
  /** What happened last, for "Recent downloads". */
  event: DownloadEvent;
  /** Why it was skipped or failed. */
  reason: string | null;
  label: string | null;
  /** When the event happened (unchanged checks leave it as it was). */
  at: number;
}
