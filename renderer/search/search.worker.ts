// The search index, off the UI thread: loads the saved index at start (no rebuild), indexes
// only sources whose content changed, answers queries with snippets, and saves itself a
// moment after changes. Pages' text is read here from the database, never sent over, and
// kept in memory (phrases are checked and snippets built from it on every keystroke).
import { answerFrom, candidatesOf, entryText, neededFor, type EntryText } from '../../shared/search/answer';
import { createIndex, loadIndexObject, type Hit, type SearchIndex } from '../../shared/search/engine';
import { isEmptyQuery, parseQuery } from '../../shared/search/query';
import { termsOfDocument } from '../../shared/glossary/extract';
import { isExemptText } from '../../shared/search/exempt';
import type { IndexedSource, SourceMeta } from '../db/searchTypes';
import { allPageTexts } from '../meetings/pageTextsData';
import { provideAtRestKey } from '../platform/atRestKey';
import { loadSavedIndex, saveIndex } from './searchIndexData';
import type { FromWorker, GlossaryFound, SearchFilters, SearchHit, SourceUpdate, ToWorker } from './searchMessages';

// What the saved contents hold (the row itself is sealed, see searchIndexData). 2: sources
// remember what their text says about exemption apart from the app's marks.
const FORMAT = 2;
const SAVE_AFTER_MS = 1500;

// The at-rest key (sealed page texts, the saved index) comes from the app's main thread,
// which alone can ask the platform for it; everything that needs it waits for it.
let receiveKey!: (key: CryptoKey) => void;
let refuseKey!: (error: Error) => void;
const keyArrived = new Promise<CryptoKey>((resolve, reject) => {
  receiveKey = resolve;
  refuseKey = reject;
});
provideAtRestKey(() => keyArrived);

let index: SearchIndex = createIndex();
let sources: Record<string, IndexedSource> = {};
let bodies: Record<string, string> = {};
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let lastQueryAt = 0;
/** Each entry's text by id, for the sources in `textsLoaded` (read once per source). */
const texts = new Map<string, EntryText>();
const textsLoaded = new Set<string>();
const textsLoading = new Map<string, Promise<void>>();
/** The newest query asked on each channel: an older one still waiting is not worth answering. */
const newestQuery = new Map<string, number>();

const post = (message: FromWorker) => self.postMessage(message);

/** Work runs one message at a time, so a query never sees half an update. */
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

function scheduleSave() {
  // Said once when changes start waiting, not again each time typing puts the save off.
  if (saveTimer === undefined) post({ type: 'saving', pending: true });
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    // Serialising a large index takes the worker a while: not while someone is typing.
    if (performance.now() - lastQueryAt < SAVE_AFTER_MS) {
      scheduleSave();
      return;
    }
    saveTimer = undefined;
    serially(() => saveIndex({ index, sources, bodies, format: FORMAT }))
      // Not saved (no key this run): the next start indexes again; search itself works on.
      .catch((error: unknown) => console.warn('The search index was not saved:', error))
      .finally(() => {
        // A change since has scheduled another save: still pending.
        if (saveTimer === undefined) post({ type: 'saving', pending: false });
      });
  }, SAVE_AFTER_MS);
}

/** Puts a source's entry texts in memory: pages read from the database, small entries from `bodies`. */
function loadTexts(source: string): Promise<void> {
  if (textsLoaded.has(source)) return Promise.resolve();
  const pending = textsLoading.get(source);
  if (pending) return pending;
  const known = sources[source];
  if (!known) return Promise.resolve();
  const work = (async () => {
    const { hash, documentId } = known.meta;
    const read = hash && documentId ? (await allPageTexts(hash)).map((page) => ({ id: `page:${documentId}:${page.page}`, text: page.lines.join('\n') })) : known.ids.flatMap((id) => (bodies[id] === undefined ? [] : [{ id, text: bodies[id] }]));
    // Re-indexed or removed meanwhile: what the sync stored is newer than what was read.
    if (sources[source] !== known) return;
    for (const entry of read) texts.set(entry.id, entryText(entry.text));
    textsLoaded.add(source);
  })().finally(() => textsLoading.delete(source));
  textsLoading.set(source, work);
  return work;
}

/** After a restart, reads every source's text in the background, one source at a time, so the first queries need not. */
async function warmTexts() {
  for (const source of Object.keys(sources)) await loadTexts(source).catch(() => undefined);
}

async function init() {
  const started = performance.now();
  const saved = await loadSavedIndex();
  // An earlier version's contents (or a clear row from before sealing) are indexed afresh.
  const usable = saved?.contents.format === FORMAT ? saved.contents : undefined;
  if (usable) {
    index = loadIndexObject(usable.index);
    sources = usable.sources;
    bodies = usable.bodies;
  }
  post({ type: 'ready', loaded: Boolean(usable), sources: Object.keys(sources).length, ms: Math.round(performance.now() - started) });
  void warmTexts();
}

function removeSource(source: string) {
  const known = sources[source];
  if (!known) return;
  for (const id of known.ids) {
    if (index.has(id)) index.discard(id);
    delete bodies[id];
    texts.delete(id);
  }
  delete sources[source];
  textsLoaded.delete(source);
}

async function entriesOf(update: SourceUpdate): Promise<{ id: string; text: string }[] | null> {
  if (update.entries) return update.entries;
  if (!update.hash || !update.meta.documentId) return [];
  const pages = await allPageTexts(update.hash);
  // Not read yet: try again on a later sync, once the structure worker has stored the text.
  if (pages.length === 0) return null;
  return pages.map((page) => ({ id: `page:${update.meta.documentId}:${page.page}`, text: page.lines.join('\n') }));
}

async function sync(updates: SourceUpdate[]) {
  const started = performance.now();
  const wanted = new Set(updates.map((update) => update.source));
  let removed = 0;
  for (const source of Object.keys(sources)) {
    if (!wanted.has(source)) {
      removeSource(source);
      removed++;
    }
  }
  let indexed = 0;
  let pages = 0;
  let described = 0;
  for (const update of updates) {
    const known = sources[update.source];
    if (known && known.stamp === update.stamp) {
      // Only what it is may change (filed under a meeting, superseded): no re-indexing.
      const meta = { ...update.meta, exempt: update.meta.exempt || Boolean(known.textExempt) };
      if (JSON.stringify(meta) !== JSON.stringify(known.meta)) {
        known.meta = meta;
        described++;
      }
      continue;
    }
    const entries = await entriesOf(update);
    if (entries === null) continue;
    removeSource(update.source);
    const textExempt = update.hash ? entries.slice(0, 3).some((entry) => isExemptText(entry.text)) : false;
    index.addAll(entries.map((entry) => ({ id: entry.id, source: update.source, text: entry.text })));
    if (!update.hash) for (const entry of entries) bodies[entry.id] = entry.text;
    for (const entry of entries) texts.set(entry.id, entryText(entry.text));
    sources[update.source] = { stamp: update.stamp, meta: { ...update.meta, exempt: update.meta.exempt || textExempt }, ids: entries.map((entry) => entry.id), textExempt };
    textsLoaded.add(update.source);
    indexed++;
    pages += entries.length;
  }
  if (indexed > 0 || removed > 0 || described > 0) scheduleSave();
  post({ type: 'synced', indexed, removed, sources: Object.keys(sources).length, ms: Math.round(performance.now() - started), changed: indexed + removed + described > 0, pages });
}

const pageOf = (id: string) => (id.startsWith('page:') ? Number(id.slice(id.lastIndexOf(':') + 1)) : null);

function passes(hit: Hit, filters: SearchFilters, documentId: string | undefined): boolean {
  const meta = sources[hit.source]?.meta;
  if (!meta) return false;
  if (documentId && meta.documentId !== documentId) return false;
  if (filters.kinds.length > 0 && !filters.kinds.includes(meta.kind)) return false;
  if (filters.committee && meta.committee !== filters.committee) return false;
  if (filters.from && (!meta.date || meta.date < filters.from)) return false;
  if (filters.to && (!meta.date || meta.date > filters.to)) return false;
  return filters.includeExempt || !isExempt(meta, pageOf(String(hit.id)));
}

/** A whole exempt source, or a page of a document in an exempt agenda item. */
function isExempt(meta: SourceMeta, page: number | null): boolean {
  return meta.exempt || (page !== null && (meta.exemptPages?.includes(page) ?? false));
}

function describeHit(hit: Hit): Pick<SearchHit, 'meta' | 'page' | 'pageName' | 'item'> | null {
  const meta = sources[hit.source]?.meta;
  if (!meta) return null;
  const page = pageOf(String(hit.id));
  const label = page !== null ? meta.pageLabels?.[page - 1] : null;
  const item = page !== null ? meta.items?.find((entry) => page >= entry.pdfFrom && page <= entry.pdfTo) : undefined;
  return {
    meta: { ...meta, exempt: isExempt(meta, page), pageLabels: undefined, items: undefined, exemptPages: undefined },
    page,
    pageName: page === null ? null : label ? `Page ${label}` : `PDF page ${page}`,
    item: item ? `${item.number}. ${item.title}` : null,
  };
}

async function query(id: number, text: string, filters: SearchFilters, documentId: string | undefined, limit: number) {
  const started = performance.now();
  lastQueryAt = started;
  const parsed = parseQuery(text);
  if (isEmptyQuery(parsed)) {
    post({ type: 'results', id, hits: [], total: 0, ms: 0 });
    return;
  }
  const candidates = candidatesOf(index, parsed, (hit) => passes(hit, filters, documentId));
  const needed = new Set(neededFor(candidates, parsed, limit).map((hit) => hit.source));
  await Promise.all([...needed].map((source) => loadTexts(source)));
  const answer = answerFrom(candidates, parsed, (entry) => texts.get(entry), limit);
  const hits: SearchHit[] = answer.shown.flatMap(({ hit, snippet, highlight }) => {
    const about = describeHit(hit);
    return about ? [{ id: String(hit.id), source: hit.source, ...about, snippet, highlight }] : [];
  });
  post({ type: 'results', id, hits, total: answer.total, ms: Math.round(performance.now() - started) });
}

async function glossary(id: number, documents: { documentId: string; hash: string }[]) {
  const terms: GlossaryFound[] = [];
  for (const { documentId, hash } of documents) {
    const pages = (await allPageTexts(hash)).map((page) => ({ page: page.page, lines: page.lines }));
    for (const term of termsOfDocument(pages)) terms.push({ ...term, documentId });
  }
  post({ type: 'glossary', id, terms });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  // Not queued: the work waiting in the queue may be waiting for this very key.
  if (message.type === 'key') {
    if (message.key) receiveKey(message.key);
    else refuseKey(new Error(message.problem ?? 'The at-rest key is not available.'));
    return;
  }
  if (message.type === 'query' && message.channel) newestQuery.set(message.channel, message.id);
  const work = (): Promise<void> => {
    switch (message.type) {
      case 'init':
        return init();
      case 'sync':
        return sync(message.updates);
      case 'query':
        // Typing fast asks faster than a large library answers: only the newest query on a channel is answered.
        if (message.channel && newestQuery.get(message.channel) !== message.id) {
          post({ type: 'results', id: message.id, hits: [], total: 0, ms: 0, skipped: true });
          return Promise.resolve();
        }
        return query(message.id, message.text, message.filters, message.documentId, message.limit);
      case 'glossary':
        return glossary(message.id, message.documents);
    }
  };
  serially(work).catch((error: unknown) => {
    post({ type: 'failed', id: 'id' in message ? message.id : undefined, message: error instanceof Error ? error.message : String(error) });
  });
};
