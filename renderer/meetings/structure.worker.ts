// Web worker: reads every page's text with pdf.js and works out the document's structure
// (front sheet, agenda, printed page numbers) off the UI thread.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { OutlineNode } from '../../shared/agenda/types';
import { textLines } from '../../shared/pdf/textLines';
import { readExistingAnnotations, type PdfJsAnnotationData } from '../../shared/annotations/pdfImport';
import { analyseDocument } from './analyseDocument';
import type { StructureRequest, StructureResponse } from './structureMessages';

// pdf.js runs in a worker of its own, nested in this one. Left to itself inside a worker
// it would load its worker code into this scope and answer our messages as its own.
GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module', name: 'pdf.js (structure)' });

const reply = (message: StructureResponse) => (self as unknown as { postMessage(message: StructureResponse): void }).postMessage(message);

type RawOutline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;

async function resolveOutline(pdf: PDFDocumentProxy, nodes: RawOutline | null | undefined): Promise<OutlineNode[]> {
  if (!nodes) return [];
  const resolved: OutlineNode[] = [];
  for (const node of nodes) {
    let pdfPage: number | undefined;
    try {
      const dest = typeof node.dest === 'string' ? await pdf.getDestination(node.dest) : node.dest;
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

self.onmessage = async (event: MessageEvent<StructureRequest>) => {
  const { blob, password, assetsBase } = event.data;
  const started = performance.now();
  const task = getDocument({
    data: new Uint8Array(await blob.arrayBuffer()),
    password,
    standardFontDataUrl: `${assetsBase}standard_fonts/`,
    cMapUrl: `${assetsBase}cmaps/`,
    wasmUrl: `${assetsBase}wasm/`,
    iccUrl: `${assetsBase}iccs/`,
    // A worker has no document for pdf.js to resolve URLs or load fonts against; only
    // text is read here, so the pdf.js worker fetches what it needs itself.
    useWorkerFetch: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
  });
  try {
    const pdf = await task.promise;
    // Ask for every page at once: pdf.js queues them in its own worker, and the round
    // trips overlap instead of adding up.
    const read = await Promise.all(
      Array.from({ length: pdf.numPages }, async (_, index) => {
        const page = await pdf.getPage(index + 1);
        const [content, annotations] = await Promise.all([page.getTextContent(), page.getAnnotations({ intent: 'display' })]);
        page.cleanup();
        return { lines: textLines(content.items), annotations: annotations as PdfJsAnnotationData[] };
      }),
    );
    const pages = read.map((page) => page.lines);
    // Annotations another reader left in the file, offered to the user to adopt.
    const embedded = readExistingAnnotations(read.map((page) => page.annotations));
    const [pdfLabels, outline] = await Promise.all([pdf.getPageLabels().catch(() => null), pdf.getOutline().catch(() => null)]);
    const structure = { ...analyseDocument(pages, { pdfLabels, outline: await resolveOutline(pdf, outline) }), embedded: embedded.drafts, embeddedUnsupported: embedded.unsupported.length };
    reply({ ok: true, structure, pages, durationMs: performance.now() - started });
  } catch (error) {
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) });
  } finally {
    await task.destroy();
  }
};
