// The Search dialog (Ctrl+K or the Search button): results as you type, grouped by meeting
// then document or kind; choosing one opens the reader at its page with the words marked,
// or the note or question.
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import { useMeetings } from '../meetings/meetingsData';
import { useNavigation } from '../navigation/navigation';
import { useNotesView, scopeKey } from '../notes/noteEntry';
import { useQuestionForm } from '../questions/questionEntry';
import { NO_FILTERS, type Kind, type SearchFilters, type SearchHit } from './searchMessages';
import { searchIndex, startSearch, useSearchStatus, type SearchResults } from './searchClient';
import { useSearchView } from './searchView';
import './search.css';

/** Results shown at first, and how many more each "Show more results" adds: a short list paints at once while typing. */
const FIRST_SHOWN = 30;
const MORE_SHOWN = 100;

const KIND_LABELS: Record<Kind, string> = { pack: 'Packs', minutes: 'Minutes', report: 'Reports', document: 'Other papers', annotation: 'My annotations', note: 'Notes', question: 'Questions', inquiry: 'Reviews', workprogramme: 'Work programme' };

interface Group {
  meeting: string;
  parts: { heading: string; hits: SearchHit[] }[];
}

function groupHits(hits: SearchHit[]): Group[] {
  const groups = new Map<string, Map<string, SearchHit[]>>();
  for (const hit of hits) {
    const meeting = groups.get(hit.meta.meetingLabel) ?? new Map<string, SearchHit[]>();
    groups.set(hit.meta.meetingLabel, meeting);
    const heading = hit.page !== null ? hit.meta.title : KIND_LABELS[hit.meta.kind];
    meeting.set(heading, [...(meeting.get(heading) ?? []), hit]);
  }
  return [...groups].map(([meeting, parts]) => ({ meeting, parts: [...parts].map(([heading, list]) => ({ heading, hits: list })) }));
}

function resultName(hit: SearchHit): string {
  const place = hit.page !== null ? `${hit.meta.title}, ${hit.pageName}` : `${KIND_LABELS[hit.meta.kind].replace(/s$/, '')}: ${hit.meta.title}`;
  return [place, hit.meta.superseded ? 'superseded' : '', hit.item ?? ''].filter(Boolean).join(', ');
}

function StatusLine() {
  const status = useSearchStatus();
  if (status.failed) return <p role="alert">Search could not start: {status.failed}</p>;
  if (status.loaded === null) return <p className="hint">Opening the search index…</p>;
  const origin = status.loaded ? `Search index loaded from this device in ${status.loadMs} ms` : 'Search index built on this device';
  const since = status.indexedSinceStart === 0 ? 'nothing re-indexed' : `${status.indexedSinceStart} indexed since start`;
  return (
    <p className="hint" data-testid="search-index-status">
      {origin}: {status.sources} {status.sources === 1 ? 'source' : 'sources'}, {since}
      {status.indexing ? ' (indexing…)' : status.saving ? ' (saving…)' : ''}.
    </p>
  );
}

const Filters = memo(function Filters({ value, onChange }: { value: SearchFilters; onChange(next: SearchFilters): void }) {
  const meetings = useMeetings();
  // The committees of the library's meetings: a name typed by hand would have to match exactly.
  const committees = useMemo(() => [...new Set((meetings ?? []).map((meeting) => meeting.committee).filter(Boolean))].sort(), [meetings]);
  const toggleKind = (kind: Kind, on: boolean) => onChange({ ...value, kinds: on ? [...value.kinds, kind] : value.kinds.filter((k) => k !== kind) });
  return (
    <details className="search-filters">
      <summary>Filters</summary>
      <fieldset>
        <legend>Kind</legend>
        {(Object.keys(KIND_LABELS) as Kind[]).map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={value.kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} /> {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <label>
        Committee{' '}
        <select value={value.committee} onChange={(event) => onChange({ ...value, committee: event.target.value })}>
          <option value="">All committees</option>
          {committees.map((committee) => (
            <option key={committee} value={committee}>
              {committee}
            </option>
          ))}
        </select>
      </label>
      <label>
        From <input type="date" value={value.from} onChange={(event) => onChange({ ...value, from: event.target.value })} />
      </label>
      <label>
        To <input type="date" value={value.to} onChange={(event) => onChange({ ...value, to: event.target.value })} />
      </label>
      <label>
        <input type="checkbox" checked={value.includeExempt} onChange={(event) => onChange({ ...value, includeExempt: event.target.checked })} /> Include exempt papers
      </label>
    </details>
  );
});

/**
 * The results' items, drawn again only when an answer arrives: a keystroke re-renders the
 * box, the status and the list's busy mark, not 30 results.
 */
const ResultGroups = memo(function ResultGroups({ groups, onChoose }: { groups: Group[]; onChoose(hit: SearchHit): void }) {
  return groups.map((group) => (
    <li key={group.meeting} className="search-group">
      <h3>{group.meeting}</h3>
      <ul aria-label={group.meeting}>
        {group.parts.map((part) => (
          <li key={part.heading}>
            <h4>{part.heading}</h4>
            <ul aria-label={part.heading}>
              {part.hits.map((hit) => (
                <li key={hit.id}>
                  <button type="button" className="search-hit" aria-label={resultName(hit)} onClick={() => onChoose(hit)}>
                    <span className="search-place">
                      {hit.pageName ?? KIND_LABELS[hit.meta.kind].replace(/s$/, '')}
                      {hit.item ? ` · ${hit.item}` : ''}
                      {hit.meta.superseded ? <span className="search-superseded"> · superseded</span> : null}
                      {hit.meta.exempt ? ' · exempt' : ''}
                    </span>
                    <span className="search-snippet">
                      {hit.snippet.map((part, n) => (part.mark ? <mark key={n}>{part.text}</mark> : <span key={n}>{part.text}</span>))}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </li>
  ));
});

export function SearchDialog() {
  const { open, text, setOpen, setText, requestFind } = useSearchView();
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  // More results asked for this query; a new query starts with the short list again.
  const [more, setMore] = useState<{ key: string; limit: number }>({ key: '', limit: FIRST_SHOWN });
  // Results carry the query they answer: while a newer query is in flight the old list is
  // marked busy and the status says so, never counting the old results as the new query's.
  const [answer, setAnswer] = useState<{ key: string; results: SearchResults | null } | null>(null);
  // The text as typed: a trailing space changes the query (the last word is no longer a prefix).
  const key = JSON.stringify([text, filters]);
  const results = answer?.results ?? null;
  const current = answer?.key === key;
  const limit = more.key === key ? more.limit : FIRST_SHOWN;
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const revision = useSearchStatus((state) => state.revision);
  const { openDocument, openMeeting, openNotes, openInquiry, showWorkProgramme } = useNavigation();

  useEffect(() => {
    if (!open) return;
    startSearch();
    let latest = true;
    const asked = text.trim() ? searchIndex(text, filters, { channel: 'dialog', limit }) : Promise.resolve(null);
    const askedKey = JSON.stringify([text, filters]);
    void asked.then((found) => latest && setAnswer({ key: askedKey, results: found }));
    return () => {
      latest = false;
    };
  }, [open, text, filters, revision, limit]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
        requestAnimationFrame(() => input.current?.select());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);

  const groups = useMemo(() => groupHits(results?.hits ?? []), [results]);

  const choose = (hit: SearchHit) => {
    setOpen(false);
    if (hit.page !== null && hit.meta.documentId) {
      requestFind({ documentId: hit.meta.documentId, page: hit.page, query: hit.highlight });
      openDocument(hit.meta.documentId);
    } else if (hit.meta.kind === 'annotation' && hit.meta.documentId && hit.meta.page) {
      requestFind({ documentId: hit.meta.documentId, page: hit.meta.page, query: hit.highlight });
      openDocument(hit.meta.documentId);
    } else if (hit.meta.kind === 'inquiry' && hit.meta.inquiryId) {
      openInquiry(hit.meta.inquiryId);
    } else if (hit.meta.kind === 'workprogramme') {
      showWorkProgramme();
    } else if (hit.meta.kind === 'note') {
      const noteId = hit.id.slice('note:'.length);
      useNotesView.getState().setOpen(scopeKey({ meetingId: hit.meta.meetingId, inquiryId: hit.meta.inquiryId ?? null }), noteId, true);
      if (hit.meta.inquiryId) openInquiry(hit.meta.inquiryId);
      else if (hit.meta.meetingId) openMeeting(hit.meta.meetingId);
      else openNotes();
    } else if (hit.meta.kind === 'question') {
      useQuestionForm.getState().open({ mode: 'edit', questionId: hit.id.slice('question:'.length) });
    }
  };

  // One function for the list's whole life, calling the newest `choose`, so the list need not re-render for it.
  const chooseRef = useRef(choose);
  useLayoutEffect(() => {
    chooseRef.current = choose;
  });
  const onChoose = useCallback((hit: SearchHit) => chooseRef.current(hit), []);

  if (!open) return null;
  return (
    <ModalDialog labelledBy={titleId} onCancel={() => setOpen(false)} className="search-dialog">
      <div role="search" aria-labelledby={titleId} className="search-panel">
        <div className="search-head">
          <h2 id={titleId}>Search</h2>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        <input ref={input} type="search" aria-label="Search" autoFocus value={text} placeholder='Words, "an exact phrase", or the start of a word' onChange={(event) => setText(event.target.value)} />
        <Filters value={filters} onChange={setFilters} />
        <StatusLine />
        <p role="status" className="hint">
          {!current && text.trim() ? 'Searching…' : results ? `${results.total} ${results.total === 1 ? 'result' : 'results'}${results.total > results.hits.length ? `, the first ${results.hits.length} shown` : ''}` : ''}
        </p>
        {/* data-worker-ms: the worker's time for this answer, read by the benchmark (npm run bench). */}
        <ul aria-label="Results" aria-busy={!current} className="search-results" data-worker-ms={results?.ms}>
          <ResultGroups groups={groups} onChoose={onChoose} />
        </ul>
        {current && results && results.total > results.hits.length ? (
          <button type="button" onClick={() => setMore({ key, limit: limit + MORE_SHOWN })}>
            Show more results
          </button>
        ) : null}
      </div>
    </ModalDialog>
  );
}

export function SearchButton() {
  const setOpen = useSearchView((state) => state.setOpen);
  return (
    <button type="button" onClick={() => setOpen(true)} aria-keyshortcuts="Control+K">
      Search
    </button>
  );
}
