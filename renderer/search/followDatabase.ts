// Keeps the search worker in step with the database. Gathering what there is to search reads
// every document, note and question, so it must not run on every write: a check downloading
// hundreds of papers writes many times a second, and re-gathering after each write made the
// work grow with the square of the library. After a write to what is searched, it gathers a
// moment later, once for all the writes of that moment, and never more often than its own
// cost allows.
import Dexie, { type ObservabilitySet } from 'dexie';

/** Tables nothing searched is read from: writes there (page texts, files, the index itself) ask for nothing. */
const UNSEARCHED = new Set(['pageTexts', 'files', 'searchIndex', 'viewStates', 'undoLog', 'settings', 'councils', 'councilDocuments', 'syncOutbox', 'syncMeta', 'restoreHistory', 'glossaryEdits']);
/** Writes within this long of the first are gathered together. */
export const QUIET_MS = 250;
/** At most this share of the time goes on gathering while writes keep coming. */
const COST_SHARE = 4;

const tableOf = (part: string) => /^idb:\/\/[^/]+\/([^/:]+)/.exec(part)?.[1];

/** Whether a write (Dexie's mutated parts) touched a table anything searched is read from. */
export function touchesSearched(parts: ObservabilitySet): boolean {
  return Object.keys(parts).some((part) => !UNSEARCHED.has(tableOf(part) ?? ''));
}

/**
 * Gathers now and after each burst of writes to searched tables, handing each result to
 * `deliver`. Returns a function that stops following.
 */
export function followDatabase<T>(gather: () => Promise<T>, deliver: (result: T) => void, fail: (error: unknown) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let lastCost = 0;
  let stopped = false;

  const run = async () => {
    timer = undefined;
    running = true;
    const started = performance.now();
    try {
      const result = await gather();
      // Counted by the benchmark (npm run bench:moderngov): gatherings per check, against documents.
      performance.measure('scrutineer:search-gathered', { start: started, duration: performance.now() - started });
      if (!stopped) deliver(result);
    } catch (error) {
      fail(error);
    } finally {
      running = false;
      lastCost = performance.now() - started;
      if (again) {
        again = false;
        schedule();
      }
    }
  };

  function schedule() {
    if (stopped) return;
    // A write during a gather may have come after it read that table: gather again after it.
    if (running) {
      again = true;
      return;
    }
    // Already waiting: that gather will see this write too. (Not put off again, or a steady
    // stream of writes would keep search from ever catching up.)
    if (timer !== undefined) return;
    timer = setTimeout(() => void run(), Math.max(QUIET_MS, lastCost * COST_SHARE));
  }

  const onWrite = (parts: ObservabilitySet) => {
    if (touchesSearched(parts)) schedule();
  };
  Dexie.on('storagemutated', onWrite);
  void run();
  return () => {
    stopped = true;
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onWrite);
  };
}
