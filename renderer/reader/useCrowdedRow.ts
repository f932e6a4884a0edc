// Whether the reader's toolbar row holds all its controls at the current width and text size.
// When it does not, the row is marked crowded and toolbar.css moves the tools, zoom and panel
// switches under "More tools", so no control is ever cut off at the window's edge.
import { useLayoutEffect, type RefObject } from 'react';

/** The row's controls as laid out: its children, and the children of those that lay theirs out in the row (display: contents). */
function controls(row: HTMLElement): HTMLElement[] {
  return Array.from(row.children as HTMLCollectionOf<HTMLElement>)
    .flatMap((child) => (getComputedStyle(child).display === 'contents' ? Array.from(child.children as HTMLCollectionOf<HTMLElement>) : [child]))
    .filter((child) => child.tagName !== 'H1' && child.getClientRects().length > 0);
}

/** Whether the controls overflow the row, or, where the title has a row of its own (a very narrow window), wrap below the first. */
function crowdedNow(row: HTMLElement): boolean {
  if (row.scrollWidth > row.clientWidth + 1) return true;
  const [first, ...rest] = controls(row);
  if (!first) return false;
  const firstBottom = first.getBoundingClientRect().bottom;
  return rest.some((control) => control.getBoundingClientRect().top >= firstBottom);
}

export function useCrowdedRow(rowRef: RefObject<HTMLElement | null>, menuRef: RefObject<HTMLElement | null>, openMenu: () => void): void {
  useLayoutEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    const fit = () => {
      const wasCrowded = row.dataset.crowded === 'true';
      // Tried and measured in one go, before anything is painted: the full row, then the menu if it does not fit.
      delete row.dataset.crowded;
      const crowded = crowdedNow(row);
      if (crowded) row.dataset.crowded = 'true';
      // A control in use that has just moved under "More tools" stays in view (and keeps focus).
      if (crowded && !wasCrowded && menuRef.current?.contains(document.activeElement)) openMenu();
    };
    fit();
    // The width of the window and the text size both change the row's size.
    const observer = new ResizeObserver(fit);
    observer.observe(row);
    return () => observer.disconnect();
  }, [rowRef, menuRef, openMenu]);
}
