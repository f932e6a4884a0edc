// Two versions of a document compared from their stored page texts; kept per pair of files, since neither file ever changes.
import { useEffect, useState } from 'react';
import { compareVersions, type VersionComparison } from '../../shared/revisions/compare';
import type { StoredDocument } from '../db/types';
import { allPageTexts } from '../meetings/pageTextsData';

/** What a comparison needs of a version: its file and page count. */
type FileOf = Pick<StoredDocument, 'hash' | 'pageCount'>;

const cache = new Map<string, Promise<VersionComparison | null>>();

async function pagesOf(document: FileOf): Promise<string[][] | null> {
  const rows = await allPageTexts(document.hash);
  if (rows.length === 0) return null;
  const pages: string[][] = Array.from({ length: document.pageCount }, () => []);
  for (const row of rows) if (row.page >= 1 && row.page <= document.pageCount) pages[row.page - 1] = row.lines;
  return pages;
}

/** The comparison of `earlier` with `later`; null while either version's text has not been read. */
export function loadComparison(earlier: FileOf, later: FileOf): Promise<VersionComparison | null> {
  const key = `${earlier.hash}:${later.hash}`;
  let found = cache.get(key);
  if (!found) {
    found = (async () => {
      const [before, after] = await Promise.all([pagesOf(earlier), pagesOf(later)]);
      return before && after ? compareVersions(before, after) : null;
    })();
    // A version not read yet may be read later: try again next time.
    void found.then((result) => result === null && cache.delete(key), () => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

export type ComparisonState = { status: 'loading' } | { status: 'ready'; comparison: VersionComparison } | { status: 'unavailable'; reason: string };

export function useComparison(earlier: FileOf | null | undefined, later: FileOf | null | undefined): ComparisonState | null {
  const key = earlier && later ? `${earlier.hash}:${earlier.pageCount}:${later.hash}:${later.pageCount}` : null;
  const [result, setResult] = useState<{ key: string; state: ComparisonState } | null>(null);
  useEffect(() => {
    if (!key) return;
    const [earlierHash, earlierPages, laterHash, laterPages] = key.split(':');
    let cancelled = false;
    const settle = (state: ComparisonState) => !cancelled && setResult({ key, state });
    loadComparison({ hash: earlierHash!, pageCount: Number(earlierPages) }, { hash: laterHash!, pageCount: Number(laterPages) }).then(
      (comparison) => settle(comparison ? { status: 'ready', comparison } : { status: 'unavailable', reason: 'The text of one of the versions has not been read yet.' }),
      (error: unknown) => settle({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [key]);
  if (!key) return null;
  return result?.key === key ? result.state : { status: 'loading' };
}
