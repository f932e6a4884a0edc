// Web worker entry: reads an imported or stored PDF with pdf.js off the UI thread (the
// work is in structureReader.ts).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { StructureRequest } from './structureMessages';

// pdf.js runs in a worker of its own, nested in this one. It is started before this worker
// loads pdf.js's API (structureReader.ts and its imports), so the two load side by side
// rather than one after the other. Left to itself inside a worker pdf.js would load its
// worker code into this scope and answer our messages as its own.
const pdfjsWorker = new Worker(workerUrl, { type: 'module', name: 'pdf.js (structure)' });
// A second pdf.js worker for long documents: pdf.js reads a document's pages one at a time,
// so a second core halves the wait for a 600-page pack. Started now, beside the first, so its
// code is loaded by the time a long document needs it rather than in the middle of the read.
const cores = self.navigator.hardwareConcurrency ?? 1;
const helper = cores >= 2 ? new Worker(workerUrl, { type: 'module', name: 'pdf.js (structure, second)' }) : undefined;
const handle = import('./structureReader').then(({ startReader }) => startReader(pdfjsWorker, helper));

// Messages that arrive while the reader loads wait for it, in order.
self.onmessage = (event: MessageEvent<StructureRequest>) => void handle.then((take) => take(event.data));
