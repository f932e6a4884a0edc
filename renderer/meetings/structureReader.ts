// The structure worker's work (see structure.worker.ts): opens a PDF with pdf.js once and
// reports its page count and title as soon as it is open, then, when asked to go on,
// reads every page's text and works out the document's structure (front sheet, agenda,
// printed page numbers). One document at a time; the worker is kept for the next one.
import { getDocument, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
import { parseFrontSheet } from '../../shared/agenda';
import type { OutlineNode } from '../../shared/agenda/types';
import { textLines } from '../../shared/pdf/textLines';
import { readExistingAnnotations, type PdfJsAnnotationData } from '../../shared/annotations/pdfImport';
import { documentOptions } from '../pdf/options';
import { analyseDocument } from './analyseDocument';
import type { PdfFacts, ReadRequest, StructureRequest, StructureResponse } from './structureMessages';

const reply = (message: StructureResponse) => (self as unknown as { postMessage(message: StructureResponse): void }).postMessage(message);

type RawOutline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;

async function resolveOutline(pdf: PDFDocumentProxy, nodes: RawOutline | null | undefined): Promise<OutlineNode[]> {
  if (!nodes) return [];
  const resolved: OutlineNode[] = [];
  for (const node of nodes) {
    let pdfPage: number | undefined;
    try {
      const dest: readonly unknown[] | null = typeof node.dest === 'string' ? await pdf.getDestination(node.dest) : node.dest;
      const ref = dest?.[0];
      if (ref && typeof ref === 'object') pdfPage = (await pdf.getPageIndex(ref as { num: number; gen: number })) + 1;
      else if (typeof ref === 'number') pdfPage = ref + 1;
    } catch {
      // A broken bookmark is left without a page rather than failing the whole outline.
    }
    resolved.push({ title: node.title, pdfPage, children: await resolveOutline(pdf, node.items) });
  }
  return resolved;
}

function metadataTitle(info: unknown, dcTitle: unknown): string | undefined {
  const candidates = [dcTitle, (info as { Title?: unknown } | null)?.Title];
  for (const value of candidates) {
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

async function readFacts(pdf: PDFDocumentProxy, encrypted: boolean): Promise<PdfFacts> {
  // Reading the last page as well as the first catches files whose pages are damaged.
  await pdf.getPage(1);
  if (pdf.numPages > 1) await pdf.getPage(pdf.numPages);
  const { info, metadata } = await pdf.getMetadata();
  return { pageCount: pdf.numPages, title: metadataTitle(info, metadata?.get('dc:title')), encrypted };
}

/** Pages in flight on each pdf.js worker. */
const LANES = 3;
/** Documents this long or longer are read by two pdf.js workers, when the machine has the cores. */
const SHARED_FROM_PAGES = 40;
/** Longest a pause lasts, in case the reader never says its page is painted (it failed to open). */
const MAX_PAUSE_MS = 3000;

/** Set while a document is opening in the reader: no page is started until it is painted. */
let paused: { promise: Promise<void>; resume(): void } | null = null;

function pause() {
  if (paused) return;
  let resume!: () => void;
  const promise = new Promise<void>((done) => (resume = done));
  const timer = setTimeout(() => resumeWork(), MAX_PAUSE_MS);
  paused = {
    promise,
    resume: () => {
      clearTimeout(timer);
      resume();
    },
  };
}

function resumeWork() {
  const was = paused;
  paused = null;
  was?.resume();
}

/** How often, at most, the library hears how far reading has got. */
const PROGRESS_MS = 250;
/** Pages a front sheet's meeting details are looked for in before the rest is read. */
const FRONT_PAGES = 4;

/** The meeting an agenda or minutes names on its first pages, for filing it while the rest is read. */
function frontDetails(pages: string[][]): Extract<StructureResponse, { type: 'front' }> | null {
  const front = parseFrontSheet(pages);
  if ((front.kind !== 'agenda' && front.kind !== 'minutes') || !front.committee || !front.date) return null;
  return { type: 'front', details: { committee: front.committee, date: front.date, ...(front.time ? { time: front.time } : {}), ...(front.venue ? { venue: front.venue } : {}) } };
}

/**
 * The same document opened by a second pdf.js worker, for reading half its pages, or null
 * when it is short, the machine has one core, or the second copy will not open.
 */
async function secondCopy(pdf: PDFDocumentProxy, options: { assetsBase: string; password?: string }) {
  if (!helper || pdf.numPages < SHARED_FROM_PAGES) return null;
  try {
    const task = getDocument({ ...documentOptions(options.assetsBase, 'worker'), data: await pdf.getData(), password: options.password, worker: helper });
    return { pdf: await task.promise, close: () => task.destroy() };
  } catch {
    // The first copy reads every page instead.
    return null;
  }
}

async function readStructure(pdf: PDFDocumentProxy, second: PDFDocumentProxy | null) {
  let done = 0;
  let told = 0;
  const total = pdf.numPages;
  reply({ type: 'progress', read: 0, total });
  const read = new Array<{ lines: string[]; annotations: PdfJsAnnotationData[] }>(total);
  let next = 0;
  const frontPages = Math.min(FRONT_PAGES, total);
  let frontTold = false;
  // Several pages in flight, so pdf.js's round trips overlap instead of adding up; few
  // enough that a pause (a document opening in the reader) takes effect at once.
  const lane = async (from: PDFDocumentProxy) => {
    while (next < total) {
      if (paused) await paused.promise;
      const index = next++;
      const page = await from.getPage(index + 1);
      const [content, annotations] = await Promise.all([page.getTextContent(), page.getAnnotations({ intent: 'display' })]);
      page.cleanup();
      read[index] = { lines: textLines(content.items), annotations: annotations as PdfJsAnnotationData[] };
      done++;
      // `read` is sparse until every page is in, and every() skips holes: index the first pages.
      const first = index < frontPages && !frontTold ? Array.from({ length: frontPages }, (_, i) => read[i]) : [];
      if (first.length > 0 && first.every(Boolean)) {
        frontTold = true;
        const front = frontDetails(first.map((page) => page!.lines));
        if (front) reply(front);
      }
      const now = performance.now();
      if (now - told >= PROGRESS_MS) {
        told = now;
        reply({ type: 'progress', read: done, total });
      }
    }
  };
  const copies = second ? [pdf, second] : [pdf];
  await Promise.all(copies.flatMap((copy) => Array.from({ length: LANES }, () => lane(copy))));
  const pages = read.map((page) => page.lines);
  // Annotations another reader left in the file, offered to the user to adopt.
  const embedded = readExistingAnnotations(read.map((page) => page.annotations));
  const [pdfLabels, outline] = await Promise.all([pdf.getPageLabels().catch(() => null), pdf.getOutline().catch(() => null)]);
  const structure = { ...analyseDocument(pages, { pdfLabels, outline: await resolveOutline(pdf, outline) }), embedded: embedded.drafts, embeddedUnsupported: embedded.unsupported.length };
  return { structure, pages };
}

/** The pdf.js worker every document is opened in; passed to getDocument so that ending a document does not end it. */
let primary: PDFWorker | undefined;
/** The second pdf.js worker, for long documents, on a machine with a second core; kept like the first, so its code stays compiled and warm. */
let helper: PDFWorker | undefined;
/** Where the user's answer to a password question goes; set while one is asked. */
let answerPassword: ((password: string | null) => void) | undefined;
/** Resolves the read in hand's wait for the UI thread's 'continue' (the document is listed). */
let goOn: (() => void) | undefined;

async function read({ bytes, password, askPassword, assetsBase }: ReadRequest) {
  // Set before the first await, so a 'continue' that follows this 'read' finds it.
  const goingOn = new Promise<void>((resolve) => (goOn = resolve));
  answerPassword = undefined;
  // A pause meant for the document before is over; the UI thread pauses this one anew if a document is opening.
  resumeWork();
  // The password that opened the file, for opening it again in a second pdf.js worker.
  let opener = password;
  const started = performance.now();
  // Time spent waiting for the user or the UI thread is not the worker's.
  let waitedMs = 0;
  let encrypted = false;
  let passwordCancelled = false;
  let opened = false;
  // A Uint8Array over the whole buffer is transferred on to pdf.js's worker, not copied.
  const task = getDocument({ ...documentOptions(assetsBase, 'worker'), data: new Uint8Array(bytes), password, worker: primary });
  if (askPassword) {
    task.onPassword = (update: (password: string) => void, reason: number) => {
      encrypted = true;
      const asked = performance.now();
      answerPassword = (answer) => {
        answerPassword = undefined;
        waitedMs += performance.now() - asked;
        if (answer !== null) {
          opener = answer;
          return update(answer);
        }
        passwordCancelled = true;
        void task.destroy();
      };
      // reason 2 is pdf.js's PasswordResponses.INCORRECT_PASSWORD.
      reply({ type: 'password', wrongBefore: reason === 2 });
    };
  }
  try {
    const pdf = await task.promise;
    reply({ type: 'facts', ...(await readFacts(pdf, encrypted)) });
    opened = true;
    // Reading every page waits until the UI thread has listed the document, so the two
    // do not compete for the processor while the user waits for the listing.
    const asked = performance.now();
    await goingOn;
    waitedMs += performance.now() - asked;
    const second = await secondCopy(pdf, { assetsBase, password: opener });
    const { structure, pages } = await readStructure(pdf, second?.pdf ?? null).finally(() => second?.close());
    reply({ type: 'structure', structure, pages, durationMs: performance.now() - started - waitedMs });
  } catch (error) {
    reply({ type: 'failed', opened, passwordCancelled, message: error instanceof Error ? error.message : String(error) });
  } finally {
    await task.destroy();
  }
}

/** Takes the UI thread's messages, with pdf.js's API using `pdfjsWorker` as its worker, and `helperWorker` (when there is one) for the second half of long documents. */
export function startReader(pdfjsWorker: Worker, helperWorker?: Worker): (message: StructureRequest) => void {
  primary = PDFWorker.create({ port: pdfjsWorker });
  if (helperWorker) helper = PDFWorker.create({ port: helperWorker });
  return (message) => {
    if (message.type === 'password') answerPassword?.(message.password);
    else if (message.type === 'continue') goOn?.();
    else if (message.type === 'pause') pause();
    else if (message.type === 'resume') resumeWork();
    else if (message.type === 'read') void read(message);
  };
}
