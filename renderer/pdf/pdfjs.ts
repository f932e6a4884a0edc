// pdf.js set-up for the UI thread (the reader): its worker, and opening a file that may ask for a password.
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { documentOptions, pdfjsAssetsBase } from './options';

GlobalWorkerOptions.workerSrc = workerUrl;

const assets = pdfjsAssetsBase(document.baseURI);

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
  const task = getDocument({ ...documentOptions(assets, 'window'), data });
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
