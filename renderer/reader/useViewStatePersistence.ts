// Saves the page and zoom of the open document as they change, so it reopens where it was left.
import { useEffect } from 'react';
import { useReader } from './readerStore';
import { saveViewState } from '../library/viewStateData';

const SAVE_DELAY_MS = 200;

export function useViewStatePersistence(documentId: string, active: boolean) {
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const flush = () => {
      clearTimeout(timer);
      if (!pending) return;
      pending = false;
      const { page, scaleValue } = useReader.getState();
      void saveViewState(documentId, page, scaleValue);
    };
    const unsubscribe = useReader.subscribe((state, previous) => {
      if (state.pageCount === 0) return;
      if (state.page === previous.page && state.scaleValue === previous.scaleValue) return;
      pending = true;
      clearTimeout(timer);
      timer = setTimeout(flush, SAVE_DELAY_MS);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [documentId, active]);
}
