// pdf.js set-up for the whole renderer: worker, asset locations and safe defaults.
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

// Copied beside the bundle at build time (see vite.config.ts).
const assets = new URL('./pdfjs/', document.baseURI).href;

export interface OpenOptions {
  /** Called when the PDF needs a password; resolve with it, or null to give up. */
  askPassword?: (wrongBefore: boolean) => Promise<string | null>;
}

export class PasswordCancelledError extends Error {
  constructor() {
    super('Password entry cancelled');
    this.name = 'PasswordCancelledError';
  }
}

/** Opens PDF bytes with pdf.js. The bytes are handed to the worker, not copied. */
export function openPdf(data: Uint8Array, { askPassword }: OpenOptions = {}): PDFDocumentLoadingTask {
  const task = getDocument({
    data,
    standardFontDataUrl: `${assets}standard_fonts/`,
    cMapUrl: `${assets}cmaps/`,
    wasmUrl: `${assets}wasm/`,
    iccUrl: `${assets}iccs/`,
    stopAtErrors: false,
  });
  task.onPassword = (update: (password: string) => void, reason: number) => {
    // reason 2 is pdf.js's PasswordResponses.INCORRECT_PASSWORD.
    const wrongBefore = reason === 2;
    if (!askPassword) {
      void task.destroy();
      return;
    }
    void askPassword(wrongBefore).then((password) => {
      if (password === null) {
        cancelled.add(task);
        void task.destroy();
      } else {
        update(password);
      }
    });
  };
  return task;
}

const cancelled = new WeakSet<PDFDocumentLoadingTask>();

/** True when the loading task ended because the user declined to give a password. */
export function wasPasswordCancelled(task: PDFDocumentLoadingTask): boolean {
  return cancelled.has(task);
}
