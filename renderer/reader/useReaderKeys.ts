// Keyboard navigation for the reader: Page Up/Down, Home/End and Ctrl +/−/0 for zoom.
import { useEffect } from 'react';
import type { ViewerControl } from './viewerControl';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useReaderKeys(control: ViewerControl | null) {
  useEffect(() => {
    if (!control) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const zoomKey = event.ctrlKey || event.metaKey;
      const action: (() => void) | undefined = zoomKey
        ? { '+': control.zoomIn, '=': control.zoomIn, '-': control.zoomOut, '0': control.fitWidth }[event.key]
        : event.altKey
          ? undefined
          : { PageDown: control.nextPage, PageUp: control.previousPage, Home: control.firstPage, End: control.lastPage }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [control]);
}
