// Which documents of a meeting to download and which to list without downloading, and
// what a fetched document means for the library (new, unchanged, or a new version).
import type { MeetingDetail } from './xml';
import type { PackKind, PackLink } from './meetingPage';
import { resolveOnSite } from './site';

export type DocumentKind = Exclude<PackKind, 'other' | 'minutes'> | 'report';

export interface PlannedDocument {
  /** The document's identity on the site, stable across checks and republications. */
  key: string;
  url: string;
  title: string;
  kind: DocumentKind;
  /** The agenda item that links it (reports). */
  itemNumber?: string;
  /** Why it is listed but not downloaded ("Exempt"...); absent when it is downloaded. */
  skipped?: { label: 'Exempt' | 'Cancelled' | 'Elsewhere'; reason: string };
}

export const EXEMPT_REASON =
  'Exempt (restricted, Part 2): the council publishes it only to signed-in members, so it was not downloaded.';

const PACK_KINDS = new Set<PackKind>(['frontsheet', 'pack', 'supplement']);

/** The key of a meeting-wide document: its path on the site without the query. */
const packKey = (url: string) => `pack:${new URL(url).pathname.toLowerCase()}`;

/**
 * The meeting's documents in the order they are fetched: front sheet, reports pack and
 * supplements from the meeting page, then each report the service links (once, even when
 * several items link it). Restricted items and documents are listed as exempt; nothing of
 * a cancelled meeting is downloaded.
 */
export function planDocuments(base: string, detail: MeetingDetail, packs: PackLink[]): PlannedDocument[] {
  const planned: PlannedDocument[] = [];
  const cancelled = detail.cancelled ? { label: 'Cancelled' as const, reason: 'The meeting is cancelled, so its papers were not downloaded.' } : undefined;
  for (const link of packs) {
    if (!PACK_KINDS.has(link.kind)) continue;
    planned.push({ key: packKey(link.url), url: link.url, title: link.title, kind: link.kind as DocumentKind, ...(cancelled && { skipped: cancelled }) });
  }
  const seen = new Set<number>();
  for (const item of detail.items) {
    for (const doc of item.documents) {
      if (seen.has(doc.attachmentId)) continue;
      seen.add(doc.attachmentId);
      const url = resolveOnSite(doc.url, base);
      const restricted = item.restricted || doc.restricted;
      const skipped = restricted
        ? { label: 'Exempt' as const, reason: EXEMPT_REASON }
        : cancelled ?? (url ? undefined : { label: 'Elsewhere' as const, reason: 'It is linked on another website, so it was not downloaded.' });
      planned.push({
        key: `attachment:${doc.attachmentId}`,
        url: url ?? doc.url,
        title: doc.title || item.title,
        kind: 'report',
        itemNumber: item.number,
        ...(skipped && { skipped }),
      });
    }
  }
  return planned;
}

/** What is already known of a document from an earlier check. */
export interface KnownDocument {
  hash: string;
  documentId: string;
}

export type DownloadDecision =
  | { action: 'unchanged' }
  | { action: 'store'; revisionOf?: string };

/**
 * New bytes for a document already downloaded become its next version; the same bytes,
 * or a "not modified" answer, change nothing.
 */
export function decideDownload(known: KnownDocument | undefined, fetched: { notModified: true } | { hash: string }): DownloadDecision {
  if ('notModified' in fetched) return known ? { action: 'unchanged' } : { action: 'store' };
  if (!known) return { action: 'store' };
  if (known.hash === fetched.hash) return { action: 'unchanged' };
  return { action: 'store', revisionOf: known.documentId };
}
