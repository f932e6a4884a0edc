// Acronyms on the reader's pages explained: each glossary acronym in a page's text layer
// gets a small button over it which, pointed at or focused, shows and announces its meaning
// ("CSE: Child Sexual Exploitation"). Drawn over the text layer, which pdf.js owns.
import { useEffect, useMemo } from 'react';
import type { StoredDocument } from '../db/types';
import type { ViewerHandle } from '../reader/PdfView';
import { useGlossary } from './useGlossary';

const LAYER = 'acronym-layer';

/** The element of a page of the viewer (pdf.js types its page views loosely). */
function pageElement(handle: ViewerHandle, index: number): HTMLElement | undefined {
  const view = handle.viewer.getPageView(index) as { div?: HTMLElement } | undefined;
  return view?.div;
}

function showTip(button: HTMLButtonElement, text: string) {
  const page = button.closest('.page');
  if (!page) return;
  hideTip();
  const tip = document.createElement('div');
  tip.className = 'acronym-tip';
  tip.id = 'acronym-tip';
  tip.setAttribute('role', 'tooltip');
  tip.textContent = text;
  tip.style.left = button.style.left;
  tip.style.top = `${parseFloat(button.style.top) + parseFloat(button.style.height) + 4}px`;
  page.append(tip);
  button.setAttribute('aria-describedby', tip.id);
}

function hideTip() {
  document.getElementById('acronym-tip')?.remove();
}

function markPage(pageDiv: HTMLElement, meanings: Map<string, string>, pattern: RegExp) {
  pageDiv.querySelector(`.${LAYER}`)?.remove();
  const textLayer = pageDiv.querySelector('.textLayer');
  if (!textLayer || meanings.size === 0) return;
  const layer = document.createElement('div');
  layer.className = LAYER;
  const origin = pageDiv.getBoundingClientRect();
  const walker = document.createTreeWalker(textLayer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(pattern)) {
      const acronym = match[1] ?? '';
      const meaning = meanings.get(acronym);
      if (!meaning) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + acronym.length);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'acronym-mark';
      button.setAttribute('aria-label', `${acronym}: ${meaning}`);
      Object.assign(button.style, { left: `${rect.left - origin.left}px`, top: `${rect.top - origin.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      const text = `${acronym}: ${meaning}`;
      button.addEventListener('mouseenter', () => showTip(button, text));
      button.addEventListener('focus', () => showTip(button, text));
      button.addEventListener('mouseleave', hideTip);
      button.addEventListener('blur', hideTip);
      layer.append(button);
    }
  }
  pageDiv.append(layer);
}

export function AcronymLayer({ handle, document }: { handle: ViewerHandle | null; document: StoredDocument | null | undefined }) {
  const documents = useMemo(() => (document ? [document] : undefined), [document]);
  const entries = useGlossary(documents);
  // The glossary is rebuilt whenever the document's row or the search index changes; the pages'
  // buttons are redrawn only when the meanings themselves change, so a focused one is not lost.
  const signature = useMemo(() => {
    const map = new Map<string, string>();
    for (const entry of entries ?? []) if (!map.has(entry.acronym)) map.set(entry.acronym, entry.expansion);
    return JSON.stringify([...map]);
  }, [entries]);
  const meanings = useMemo(() => new Map<string, string>(JSON.parse(signature) as [string, string][]), [signature]);

  useEffect(() => {
    if (!handle || meanings.size === 0) return;
    const escaped = [...meanings.keys()].map((acronym) => acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`\\b(${escaped.join('|')})\\b`, 'g');
    const onRendered = (event: { pageNumber: number }) => {
      const pageDiv = pageElement(handle, event.pageNumber - 1);
      if (pageDiv) markPage(pageDiv, meanings, pattern);
    };
    handle.eventBus.on('textlayerrendered', onRendered);
    // Pages already drawn before the glossary was ready.
    for (let index = 0; index < handle.viewer.pagesCount; index++) {
      const pageDiv = pageElement(handle, index);
      if (pageDiv?.querySelector('.textLayer span')) markPage(pageDiv, meanings, pattern);
    }
    return () => {
      handle.eventBus.off('textlayerrendered', onRendered);
      hideTip();
    };
  }, [handle, meanings]);
  return null;
}
