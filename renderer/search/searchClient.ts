// The app's side of the search worker: starts it, keeps it in step with the database (after
// changes to documents, pages read, notes or questions the sources' stamps are sent, and
// the worker indexes only what changed), and asks it queries.
import { create } from 'zustand';
import { atRestKey } from '../platform/atRestKey';
import type { FromWorker, GlossaryFound, SearchFilters, SearchHit, ToWorker } from './searchMessages';
import { followDatabase } from './followDatabase';
import { gatherSources } from './sources';

interface SearchStatus {
  /** The saved index was loaded at start (a restart does not rebuild it). */
  loaded: boolean | null;
  loadMs: number | null;
  sources: number;
  /** Sources indexed since start (0 after a reload where nothing changed). */
  indexedSinceStart: number;
  indexing: boolean;
  /** Changes not yet saved on this device (a restart now would index them again). */
  saving: boolean;
  failed: string | null;
  /** Goes up each time the index changes, so open results are asked again. */
  revision: number;
}

export const useSearchStatus = create<SearchStatus>()(() => ({ loaded: null, loadMs: null, sources: 0, indexedSinceStart: 0, indexing: false, saving: false, failed: null, revision: 0 }));

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  ms: number;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (message: FromWorker) => void>();

function send(message: ToWorker) {
  worker?.postMessage(message);
}

function onMessage(message: FromWorker) {
  switch (message.type) {
    case 'ready':
      useSearchStatus.setState({ loaded: message.loaded, loadMs: message.ms, sources: message.sources });
      return;
    case 'synced':
      // How long the worker took to index what changed, for the benchmark (npm run bench).
      if (message.indexed > 0) performance.measure('scrutineer:search-indexed', { start: performance.now() - message.ms, duration: message.ms, detail: { indexed: message.indexed, pages: message.pages } });
      useSearchStatus.setState((state) => ({
        sources: message.sources,
        indexedSinceStart: state.indexedSinceStart + message.indexed,
        indexing: false,
        revision: state.revision + (message.changed ? 1 : 0),
      }));
      return;
    case 'saving':
      useSearchStatus.setState({ saving: message.pending });
      return;
    case 'failed':
      if (message.id === undefined) useSearchStatus.setState({ failed: message.message, indexing: false });
      break;
  }
  if ('id' in message && message.id !== undefined) {
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  }
}

/** Starts the worker once and follows the database from then on. */
export function startSearch(): void {
  if (worker) return;
  worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  send({ type: 'init' });
  // The worker cannot ask the platform itself: it is handed the key (a CryptoKey stays non-extractable through postMessage).
  atRestKey().then(
    (key) => send({ type: 'key', key }),
    (error: unknown) => send({ type: 'key', key: null, problem: error instanceof Error ? error.message : String(error) }),
  );
  followDatabase(
    gatherSources,
    (updates) => {
      useSearchStatus.setState({ indexing: true });
      send({ type: 'sync', updates });
    },
    (error: unknown) => useSearchStatus.setState({ failed: error instanceof Error ? error.message : String(error) }),
  );
}

function ask<T extends FromWorker['type']>(message: ToWorker & { id: number }): Promise<Extract<FromWorker, { type: T }>> {
  return new Promise((resolve, reject) => {
    waiting.set(message.id, (answer) => {
      if (answer.type === 'failed') reject(new Error(answer.message));
      else resolve(answer as Extract<FromWorker, { type: T }>);
    });
    send(message);
  });
}

/** `channel`: a newer query on the same channel makes an older one still waiting answer nothing (typing). */
export async function searchIndex(text: string, filters: SearchFilters, options: { documentId?: string; limit?: number; channel?: string } = {}): Promise<SearchResults> {
  startSearch();
  const answer = await ask<'results'>({ type: 'query', id: nextId++, text, filters, documentId: options.documentId, limit: options.limit ?? 100, channel: options.channel });
  return { hits: answer.hits, total: answer.total, ms: answer.ms };
}

export async function glossaryOf(documents: { documentId: string; hash: string }[]): Promise<GlossaryFound[]> {
  startSearch();
  return (await ask<'glossary'>({ type: 'glossary', id: nextId++, documents })).terms;
}
