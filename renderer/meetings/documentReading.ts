// The UI thread's side of the worker that reads a PDF once: hands it the bytes, answers
// its password questions, and turns its messages into two answers (facts, then structure).
import type { OpenOptions } from '../pdf/pdfjs';
import { pdfjsAssetsBase } from '../pdf/options';
import { onOpenPhase } from '../navigation/perfMarks';
import type { PdfFacts, StructureRequest, StructureResponse } from './structureMessages';

export type { PdfFacts } from './structureMessages';

export type InspectResult =
  | { ok: true; facts: PdfFacts }
  | { ok: false; reason: 'password-cancelled' | 'unreadable'; detail: string };

export type ExtractedStructure = Extract<StructureResponse, { type: 'structure' }>;
export type FrontSheetDetails = Extract<StructureResponse, { type: 'front' }>['details'];

export interface DocumentReading {
  /** Page count and title as soon as pdf.js has opened the file, or why it could not. */
  facts: Promise<InspectResult>;
  /**
   * Every page's text and the structure found in it; rejects if the file could not be read.
   * The worker waits for this call before reading the pages, so the caller can finish with
   * the facts (store and list the document) first.
   */
  structure(): Promise<ExtractedStructure>;
  /** Stops reading if it has not finished (the worker is ended); the promises still pending reject. */
  cancel(): void;
}

interface ReadOptions extends OpenOptions {
  /** A password already known for the file. */
  password?: string;
  /** Told now and then how many of the pages' texts have been read. */
  onProgress?(read: number, total: number): void;
  /** Told the meeting an agenda or minutes names, once its first pages are read. */
  onFrontSheet?(details: FrontSheetDetails): void;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

interface Standby {
  worker: Worker;
  expires: ReturnType<typeof setTimeout>;
  failed: boolean;
}

/**
 * A worker waiting for the next document: started before it is needed (it loads pdf.js
 * while the user picks a file), or kept from the document before, whose pdf.js code is
 * compiled and warm, so a run of downloads or imports does not start cold each time.
 */
let standby: Standby | undefined;
/** How long a worker waits for a file before it is ended (the file chooser was cancelled, or nothing more came). */
const STANDBY_MS = 60_000;

const startWorker = () => new Worker(new URL('./structure.worker.ts', import.meta.url), { type: 'module', name: 'structure' });

function keepWaiting(worker: Worker): void {
  const waiting: Standby = {
    worker,
    expires: setTimeout(() => {
      waiting.worker.terminate();
      if (standby === waiting) standby = undefined;
    }, STANDBY_MS),
    failed: false,
  };
  worker.onmessage = null;
  // A worker that failed to load reports it once; it would never answer afterwards.
  worker.onerror = () => {
    waiting.failed = true;
  };
  standby = waiting;
}

/** Starts a worker for the next readDocument, when the user is about to import a file. */
export function warmUpReader(): void {
  if (!standby) keepWaiting(startWorker());
}

/** A worker that has finished a document waits for the next one, unless one is waiting already. */
function release(worker: Worker): void {
  if (standby) worker.terminate();
  else keepWaiting(worker);
}

function takeWorker(): Worker {
  const waiting = standby;
  standby = undefined;
  if (!waiting) return startWorker();
  clearTimeout(waiting.expires);
  if (!waiting.failed) return waiting.worker;
  waiting.worker.terminate();
  return startWorker();
}

/** Workers reading now: told to give way while a document opens in the reader. */
const live = new Set<Worker>();
let opening = false;
let openingTimer: ReturnType<typeof setTimeout> | undefined;
onOpenPhase((phase) => {
  opening = phase === 'opening';
  clearTimeout(openingTimer);
  // As in the worker: a document that never paints (it failed to open) stops holding reading up.
  if (opening) openingTimer = setTimeout(() => (opening = false), 3000);
  for (const worker of live) worker.postMessage({ type: opening ? 'pause' : 'resume' } satisfies StructureRequest);
});

/** Reads a PDF in a worker. The bytes are transferred, so `bytes` is empty afterwards. */
export function readDocument(bytes: ArrayBuffer, { askPassword, password, onProgress, onFrontSheet }: ReadOptions = {}): DocumentReading {
  const worker = takeWorker();
  live.add(worker);
  let ended = false;
  // `finished`: the worker answered for the whole document and is ready for another; otherwise its state is unknown and it is ended.
  const end = (finished: boolean) => {
    if (ended) return;
    ended = true;
    live.delete(worker);
    if (finished) release(worker);
    else worker.terminate();
  };
  const facts = deferred<InspectResult>();
  const structure = deferred<ExtractedStructure>();
  // Callers that stop at a failed open never wait for the structure.
  structure.promise.catch(() => undefined);
  // Once this document is done the worker may be reading another: nothing more is sent to it for this one.
  const send = (message: StructureRequest, transfer: Transferable[] = []) => {
    if (!ended) worker.postMessage(message, transfer);
  };
  const fail = (message: string) => {
    if (ended) return;
    end(false);
    facts.resolve({ ok: false, reason: 'unreadable', detail: message });
    structure.reject(new Error(message));
  };

  worker.onmessage = (event: MessageEvent<StructureResponse>) => {
    const message = event.data;
    switch (message.type) {
      case 'password':
        void (askPassword?.(message.wrongBefore) ?? Promise.resolve(null)).then((answer) => send({ type: 'password', password: answer }));
        break;
      case 'facts': {
        const { type: _type, ...read } = message;
        facts.resolve({ ok: true, facts: read });
        break;
      }
      case 'progress':
        onProgress?.(message.read, message.total);
        break;
      case 'front':
        onFrontSheet?.(message.details);
        break;
      case 'structure':
        end(true);
        structure.resolve(message);
        break;
      case 'failed':
        end(true);
        if (!message.opened) facts.resolve(message.passwordCancelled ? { ok: false, reason: 'password-cancelled', detail: '' } : { ok: false, reason: 'unreadable', detail: message.message });
        structure.reject(new Error(message.message));
        break;
    }
  };
  worker.onerror = (event) => fail(event.message || 'The structure worker failed.');
  send({ type: 'read', bytes, password, askPassword: askPassword !== undefined, assetsBase: pdfjsAssetsBase(document.baseURI) }, [bytes]);
  if (opening) send({ type: 'pause' });

  let goingOn = false;
  return {
    facts: facts.promise,
    structure: () => {
      if (!goingOn) send({ type: 'continue' });
      goingOn = true;
      return structure.promise;
    },
    cancel: () => fail('Reading was stopped.'),
  };
}
