// The passage the user has selected: in a pack's text shown beside the questions (elements
// marked data-passage-document / data-pdf-page) or on a pdf.js page of the reader.

export interface SelectedPassage {
  documentId: string;
  pdfPage: number;
  quote: string;
}

export function selectedPassage(readerDocumentId?: string): SelectedPassage | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const quote = selection.toString().replace(/\s+/g, ' ').trim();
  if (!quote) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const own = start?.closest<HTMLElement>('[data-passage-document][data-pdf-page]');
  if (own?.dataset.passageDocument) return { documentId: own.dataset.passageDocument, pdfPage: Number(own.dataset.pdfPage), quote };
  const page = start?.closest<HTMLElement>('.page[data-page-number]');
  if (page && readerDocumentId && start?.closest('.textLayer')) return { documentId: readerDocumentId, pdfPage: Number(page.dataset.pageNumber), quote };
  return null;
}

/** Mouse-down handler for buttons that act on the selection: pressing them must not clear it. */
export const keepSelection = (event: { preventDefault(): void }) => event.preventDefault();
