// Opens a candidate PDF once at import to learn its page count and title, and turns
// pdf.js failures into messages that name the file and the reason.
import { openPdf, wasPasswordCancelled, type OpenOptions } from '../pdf/pdfjs';

export interface PdfFacts {
  pageCount: number;
  title: string | undefined;
  encrypted: boolean;
}

export type InspectResult =
  | { ok: true; facts: PdfFacts }
  | { ok: false; reason: 'password-cancelled' | 'unreadable'; detail: string };

function metadataTitle(info: unknown, dcTitle: unknown): string | undefined {
  const candidates = [dcTitle, (info as { Title?: unknown } | null)?.Title];
  for (const value of candidates) {
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

export async function inspectPdf(bytes: Uint8Array, options: OpenOptions): Promise<InspectResult> {
  let askedForPassword = false;
  const task = openPdf(bytes, {
    askPassword: options.askPassword
      ? (wrongBefore) => {
          askedForPassword = true;
          return options.askPassword!(wrongBefore);
        }
      : undefined,
  });
  try {
    const pdf = await task.promise;
    // Reading the last page as well as the first catches files whose pages are damaged.
    await pdf.getPage(1);
    if (pdf.numPages > 1) await pdf.getPage(pdf.numPages);
    const { info, metadata } = await pdf.getMetadata();
    const title = metadataTitle(info, metadata?.get('dc:title'));
    return { ok: true, facts: { pageCount: pdf.numPages, title, encrypted: askedForPassword } };
  } catch (error) {
    if (wasPasswordCancelled(task)) return { ok: false, reason: 'password-cancelled', detail: '' };
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await task.destroy();
  }
}
