// Find in this document (Ctrl+F), and the walk through a search's matches: the words come
// from the search index (so typos and word endings match as in Search), pdf.js's find marks
// them in the text layer and walks them across pages. Enter / Shift+Enter and F3 move on.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewerHandle } from '../reader/PdfView';
import { NO_FILTERS } from './searchMessages';
import { searchIndex } from './searchClient';
import { useSearchView } from './searchView';

interface Counts {
  current: number;
  total: number;
}

function whenPagesReady(handle: ViewerHandle, then: () => void): () => void {
  if (handle.viewer.pagesCount > 0 && handle.viewer.currentScaleValue) {
    then();
    return () => undefined;
  }
  const onInit = () => then();
  handle.eventBus.on('pagesinit', onInit, { once: true });
  return () => handle.eventBus.off('pagesinit', onInit);
}

export function FindBar({ handle, documentId }: { handle: ViewerHandle | null; documentId: string }) {
  const [text, setText] = useState('');
  const [counts, setCounts] = useState<Counts | null>(null);
  const [searched, setSearched] = useState('');
  const field = useRef<HTMLInputElement>(null);

  const find = useCallback(
    (query: string[], type: '' | 'again', previous = false) => {
      if (!handle || query.length === 0) return;
      handle.eventBus.dispatch('find', { source: null, type, query: query.length === 1 ? query[0] : query, caseSensitive: false, entireWord: false, highlightAll: true, findPrevious: previous, matchDiacritics: false });
    },
    [handle],
  );
  const [query, setQuery] = useState<string[]>([]);

  // A search result opened this document: go to its page and mark its words.
  useEffect(() => {
    const request = useSearchView.getState().find;
    if (!handle || !request || request.documentId !== documentId) return;
    return whenPagesReady(handle, () => {
      useSearchView.getState().requestFind(null);
      handle.viewer.currentPageNumber = request.page;
      setText(useSearchView.getState().text);
      setSearched(useSearchView.getState().text);
      setQuery(request.query);
      find(request.query, '');
    });
  }, [handle, documentId, find]);

  useEffect(() => {
    if (!handle) return;
    const onCount = (event: { matchesCount?: Counts }) => {
      if (event.matchesCount) setCounts({ ...event.matchesCount });
    };
    handle.eventBus.on('updatefindmatchescount', onCount);
    handle.eventBus.on('updatefindcontrolstate', onCount);
    return () => {
      handle.eventBus.off('updatefindmatchescount', onCount);
      handle.eventBus.off('updatefindcontrolstate', onCount);
    };
  }, [handle]);

  const go = useCallback(
    async (previous: boolean) => {
      if (text.trim() && text !== searched) {
        setSearched(text);
        const results = await searchIndex(text, NO_FILTERS, { documentId, limit: 400 });
        const words = [...new Set(results.hits.flatMap((hit) => hit.highlight))];
        setQuery(words);
        setCounts(words.length ? null : { current: 0, total: 0 });
        find(words, '');
        return;
      }
      find(query, 'again', previous);
    },
    [text, searched, documentId, find, query],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        field.current?.focus();
        field.current?.select();
      } else if (event.key === 'F3') {
        event.preventDefault();
        void go(event.shiftKey);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  const status = counts === null ? '' : counts.total === 0 ? 'No matches' : `Match ${Math.max(1, counts.current)} of ${counts.total}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <input
        ref={field}
        type="search"
        aria-label="Find in document"
        aria-keyshortcuts="Control+F"
        placeholder="Find in document"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void go(event.shiftKey);
          }
        }}
      />
      {/* Arrows keep the reader's toolbar to one row; the names and tooltips say what they do. */}
      <button type="button" aria-label="Previous match" title="Previous match (Shift+Enter, Shift+F3)" onClick={() => void go(true)} disabled={query.length === 0} aria-keyshortcuts="Shift+Enter Shift+F3">
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" aria-label="Next match" title="Next match (Enter, F3)" onClick={() => void go(false)} disabled={query.length === 0 && !text.trim()} aria-keyshortcuts="Enter F3">
        <span aria-hidden="true">↓</span>
      </button>
      <span role="status" className="find-status">
        {status}
      </span>
    </div>
  );
}
