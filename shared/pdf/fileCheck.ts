// Recognises files that cannot be a usable PDF before pdf.js is asked to open them, and
// says why in words a councillor can act on.

export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'web-page' }
  | { kind: 'not-pdf' }
  | { kind: 'truncated' };

/** Bytes to read from each end of a file for checkFileEnds. */
export const HEAD_BYTES = 1024;
export const TAIL_BYTES = 2048;

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/**
 * Checks the first and last bytes of a file. PDF readers accept a header anywhere in the
 * first kilobyte, and every complete PDF ends with "%%EOF" (perhaps followed by padding);
 * a download cut short does not.
 */
export function checkFileEnds(size: number, head: Uint8Array, tail: Uint8Array): FileProblem | null {
  if (size === 0) return { kind: 'empty' };
  const start = latin1(head);
  if (!start.includes('%PDF-')) {
    return /<(!doctype\s+html|html|head|body|form|script|meta)\b/i.test(start) ? { kind: 'web-page' } : { kind: 'not-pdf' };
  }
  if (!latin1(tail).includes('%%EOF')) return { kind: 'truncated' };
  return null;
}

/** A sentence naming the file and the reason, for an alert. */
export function describeFileProblem(fileName: string, problem: FileProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `“${fileName}” is empty (0 bytes), so there is nothing to import. Download it again.`;
    case 'web-page':
      return `“${fileName}” is not a PDF: it is a web page saved with a .pdf name (often a sign-in page). Sign in to the council's website and download the document again.`;
    case 'not-pdf':
      return `“${fileName}” is not a PDF file, so it cannot be imported.`;
    case 'truncated':
      return `“${fileName}” is incomplete: the file stops before the end of the PDF, as happens when a download is interrupted. Download it again.`;
  }
}
