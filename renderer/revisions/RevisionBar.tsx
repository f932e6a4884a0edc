// Above the pages of a document with versions: on an earlier version, the banner "A newer version exists" with a way to the same place in it; on a revised one, what version it is. Both offer "What changed" and badge the changed pages.
import { useState } from 'react';
import { openPassage } from '../passages/openPassage';
import type { ReaderContext } from '../reader/ReaderScreen';
import { useReader } from '../reader/readerStore';
import { formatDateTime } from '../library/format';
import { ChangedPageBadges } from './ChangedPageBadges';
import { loadComparison, useComparison } from './comparison';
import { useVersionNeighbours } from './versionsOf';
import { WhatChanged } from './WhatChanged';
import './revisions.css';

export function RevisionBar({ reader }: { reader: ReaderContext }) {
  const neighbours = useVersionNeighbours(reader.documentId);
  const [showChanges, setShowChanges] = useState(false);
  const document = neighbours?.document;
  const newest = neighbours?.newest ?? null;
  const previous = neighbours?.previous ?? null;
  // An earlier version is compared with the newest; a revised one with the version it revised.
  const earlier = newest ? document : previous;
  const later = newest ?? (previous ? document : null);
  const state = useComparison(earlier, later);
  if (!document || !earlier || !later) return null;

  const open = (documentId: string, pdfPage: number) => {
    setShowChanges(false);
    if (documentId === reader.documentId) reader.control?.goToPage(pdfPage);
    else void openPassage({ documentId, pdfPage });
  };

  const openSamePlace = async () => {
    const page = useReader.getState().page;
    // The page holding the same text in the newest version; the same page number when the texts are not read yet.
    const comparison = await loadComparison(document, later).catch(() => null);
    const target = comparison?.pageMap[page - 1] ?? Math.min(page, later.pageCount);
    open(later.id, target);
  };

  const changedPages = state?.status === 'ready' ? (newest ? state.comparison.changedEarlierPages : state.comparison.changedPages) : [];

  return (
    <>
      {newest ? (
        <section className="revision-banner newer" aria-label="A newer version exists">
          <p>
            <strong>A newer version exists</strong>: this is version {document.version}; version {newest.version} was imported {formatDateTime(newest.importedAt)}.
          </p>
          <div className="revision-actions">
            <button type="button" onClick={() => void openSamePlace()}>
              Open the same place in version {newest.version}
            </button>
            <button type="button" onClick={() => setShowChanges(true)}>
              What changed
            </button>
          </div>
        </section>
      ) : (
        <section className="revision-banner" aria-label="Revised version">
          <p>
            Version {document.version}, revised from version {earlier.version}
            {state?.status === 'ready' && state.comparison.changes.length > 0 ? `: ${state.comparison.changedPages.length} pages changed.` : '.'}
          </p>
          <div className="revision-actions">
            <button type="button" onClick={() => setShowChanges(true)}>
              What changed
            </button>
          </div>
        </section>
      )}
      <ChangedPageBadges handle={reader.handle} pages={changedPages} label={newest ? `Changed in version ${newest.version}` : `Changed since version ${earlier.version}`} />
      {showChanges && <WhatChanged earlier={earlier} later={later} onOpen={open} onClose={() => setShowChanges(false)} />}
    </>
  );
}
