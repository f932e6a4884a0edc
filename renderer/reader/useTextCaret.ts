// Keyboard selection in the reader. With the pages focused, a caret moves through the text
// of the page being read: arrows by character and line, Ctrl+arrows by word; with Shift they
// extend a selection; S selects the sentence at the caret and P its paragraph; Escape clears.
// The selection is a real DOM selection, so the selected-text toolbar acts on it as on a
// mouse selection, and a live region says what was selected.
import { useEffect, useState } from 'react';
import type { PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { charStep, lineIndexAt, linesOf, paragraphAt, sentenceAt, wordStep } from '../../shared/reader/caretText';
import { caretRect, domPosition, offsetNearX, pageOffset, readPageText, type PageText } from './pageText';

interface Caret {
  pageNumber: number;
  page: PageText;
  pageElement: HTMLElement;
  anchor: number;
  focus: number;
}

const SPOKEN_LIMIT = 300;
const spoken = (text: string) => (text.length > SPOKEN_LIMIT ? `${text.slice(0, SPOKEN_LIMIT)}…` : text).replace(/\s+/g, ' ').trim();

function pageElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof Element ? node : node?.parentElement;
  return element?.closest<HTMLElement>('.page[data-page-number]') ?? null;
}

/** The caret as the DOM selection has it, when the selection lies on the page being read. */
function caretFromSelection(viewer: PDFViewer): Caret | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  const pageElement = pageElementOf(selection.focusNode);
  if (!pageElement || pageElementOf(selection.anchorNode) !== pageElement) return null;
  const pageNumber = Number(pageElement.dataset.pageNumber);
  if (pageNumber !== viewer.currentPageNumber) return null;
  const page = readPageText(pageElement);
  if (!page) return null;
  const anchor = pageOffset(page, selection.anchorNode, selection.anchorOffset);
  const focus = pageOffset(page, selection.focusNode, selection.focusOffset);
  if (anchor === null || focus === null) return null;
  return { pageNumber, page, pageElement, anchor, focus };
}

/** Where the caret last was, kept for when the DOM selection leaves the page. */
interface Remembered {
  pageNumber: number;
  focus: number;
}

/**
 * The caret where it was before a form or a command took the selection away ("Add question"
 * clears it, a focused field moves it), if that page is still the one being read.
 */
function caretFromMemory(viewer: PDFViewer, container: HTMLElement, remembered: Remembered | null): Caret | null {
  if (!remembered || remembered.pageNumber !== viewer.currentPageNumber) return null;
  const pageElement = container.querySelector<HTMLElement>(`.page[data-page-number="${remembered.pageNumber}"]`);
  const page = pageElement && readPageText(pageElement);
  if (!pageElement || !page) return null;
  const focus = Math.min(remembered.focus, page.text.length);
  return { pageNumber: remembered.pageNumber, page, pageElement, anchor: focus, focus };
}

/** A new caret at the first line of the page being read that is in view. */
function caretAtTopOfView(viewer: PDFViewer, container: HTMLElement): Caret | null {
  const pageNumber = viewer.currentPageNumber;
  const pageElement = container.querySelector<HTMLElement>(`.page[data-page-number="${pageNumber}"]`);
  const page = pageElement && readPageText(pageElement);
  if (!pageElement || !page) return null;
  const top = container.getBoundingClientRect().top;
  const first = linesOf(page.text).find((line) => (caretRect(page, line.start)?.top ?? -Infinity) >= top);
  const offset = first?.start ?? 0;
  return { pageNumber, page, pageElement, anchor: offset, focus: offset };
}

function moved(caret: Caret, key: string, word: boolean): number | null {
  const { page, focus } = caret;
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  if (key === 'ArrowLeft' || key === 'ArrowRight') return word ? wordStep(page.text, focus, forward) : charStep(page.text, focus, forward);
  const lines = linesOf(page.text);
  const index = lineIndexAt(lines, focus) + (forward ? 1 : -1);
  const target = lines[index];
  if (!target) return null;
  const x = caretRect(page, focus)?.left;
  return x === undefined ? target.start : offsetNearX(page, target.start, target.end, x);
}

export function useTextCaret(viewer: PDFViewer | null, container: HTMLElement | null): { announcement: string } {
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!viewer || !container) return;
    const caretElement = document.createElement('div');
    caretElement.className = 'text-caret';
    caretElement.setAttribute('aria-hidden', 'true');

    const show = (caret: Caret) => {
      const rect = caretRect(caret.page, caret.focus);
      if (!rect) return;
      const box = caret.pageElement.getBoundingClientRect();
      caretElement.style.left = `${rect.left - box.left - caret.pageElement.clientLeft}px`;
      caretElement.style.top = `${rect.top - box.top - caret.pageElement.clientTop}px`;
      caretElement.style.height = `${rect.height}px`;
      if (caretElement.parentElement !== caret.pageElement) caret.pageElement.append(caretElement);
      caretElement.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    };

    let remembered: Remembered | null = null;

    // `caretAt` is where the caret stays once the selection is used up: where the user moved it,
    // which for S and P is inside the sentence or paragraph they selected, not its end.
    const apply = (caret: Caret, anchor: number, focus: number, say: string, caretAt = focus) => {
      const from = domPosition(caret.page, anchor);
      const to = domPosition(caret.page, focus);
      document.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
      remembered = { pageNumber: caret.pageNumber, focus: caretAt };
      show({ ...caret, anchor, focus });
      setAnnouncement(say);
    };

    const onKey = (event: KeyboardEvent) => {
      // Only the pages region itself: a link on the page keeps its own keys.
      if (event.target !== container || event.altKey || event.metaKey) return;
      const key = event.key;
      const arrow = key.startsWith('Arrow');
      const lower = key.toLowerCase();
      const command = !event.ctrlKey && (lower === 's' || lower === 'p');
      if (!arrow && !command && key !== 'Escape') return;
      if (key === 'Escape') {
        if (document.getSelection()?.isCollapsed === false) {
          document.getSelection()?.collapseToEnd();
          setAnnouncement('Selection cleared.');
          event.preventDefault();
        }
        return;
      }
      container.dataset.caretUsed = 'true';
      const existing = caretFromSelection(viewer) ?? caretFromMemory(viewer, container, remembered);
      const caret = existing ?? caretAtTopOfView(viewer, container);
      if (!caret) return;
      event.preventDefault();
      if (!existing && !command) {
        // The first key only puts the caret at the top of what is in view.
        apply(caret, caret.focus, caret.focus, `Caret at the start of: ${spoken(caret.page.text.slice(caret.focus, caret.focus + 80).split('\n')[0] ?? '')}`);
        return;
      }
      if (command) {
        const span = lower === 's' ? sentenceAt(caret.page.text, caret.focus) : paragraphAt(caret.page.text, caret.focus);
        apply(caret, span.start, span.end, `Selected: ${spoken(caret.page.text.slice(span.start, span.end))}`, caret.focus);
        return;
      }
      const next = moved(caret, key, event.ctrlKey);
      if (next === null) {
        setAnnouncement(key === 'ArrowDown' ? 'End of the page. Page Down goes to the next page.' : 'Start of the page. Page Up goes to the previous page.');
        return;
      }
      if (event.shiftKey) {
        const [start, end] = caret.anchor <= next ? [caret.anchor, next] : [next, caret.anchor];
        apply(caret, caret.anchor, next, start === end ? 'Nothing selected.' : `Selected: ${spoken(caret.page.text.slice(start, end))}`);
        return;
      }
      const text = caret.page.text;
      const lines = linesOf(text);
      const line = lines[lineIndexAt(lines, next)];
      const say =
        key === 'ArrowUp' || key === 'ArrowDown'
          ? spoken(line ? text.slice(line.start, line.end) : '')
          : event.ctrlKey
            ? spoken(text.slice(next, wordStep(text, next, true)))
            : text[next] === ' ' ? 'space' : (text[next] ?? '');
      apply(caret, next, next, say);
    };

    container.addEventListener('keydown', onKey);
    return () => {
      container.removeEventListener('keydown', onKey);
      caretElement.remove();
    };
  }, [viewer, container]);

  return { announcement };
}
