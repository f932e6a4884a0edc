// Dialogs give focus back to what opened them when they close (Escape, Cancel or done), so a
// keyboard user carries on where they were instead of at the top of the page.
import { useEffect, useRef } from 'react';

/**
 * Where focus should go back to from `active`: itself, or, for an opener that goes away with
 * what it acts on (a toolbar on a selection), the element its container names in data-return-focus.
 */
export function returnTargetOf(active: Element | null): { opener: HTMLElement | null; fallbackSelector: string | undefined } {
  const opener = active instanceof HTMLElement && active !== document.body ? active : null;
  return { opener, fallbackSelector: opener?.closest<HTMLElement>('[data-return-focus]')?.dataset.returnFocus };
}

export function useReturnFocus(open: boolean): void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) return;
    const target = returnTargetOf(document.activeElement);
    opener.current = target.opener;
    const { fallbackSelector } = target;
    return () => {
      const back = opener.current?.isConnected ? opener.current : fallbackSelector ? document.querySelector<HTMLElement>(fallbackSelector) : null;
      opener.current = null;
      // After the dialog has gone, and only if focus was not sent somewhere on purpose.
      requestAnimationFrame(() => {
        const now = document.activeElement;
        const lost = !now || now === document.body || !now.isConnected || now.closest('dialog:not([open])') !== null;
        if (lost && back?.isConnected) back.focus();
      });
    };
  }, [open]);
}
