// A text field stored as it is typed (see autosave.ts). Shows changes made elsewhere
// (a quote added from the reader) unless the user is in the middle of typing.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keepTyped, typedStored, type TypedKey } from '../common/typedText';
import { createAutosave, type Autosave } from './autosave';

export type SaveStatus = 'saved' | 'saving' | 'failed';

/** `keep`: where the value belongs, so typing not yet stored survives a reload or crash (see typedText). */
export function useAutosavedText(stored: string, save: (value: string) => Promise<void>, keep?: TypedKey) {
  const [text, setText] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<SaveStatus>('saved');
  if (stored !== seen) {
    setSeen(stored);
    if (!editing) setText(stored);
  }

  const saveRef = useRef(save);
  const keepRef = useRef(keep);
  useLayoutEffect(() => {
    saveRef.current = save;
    keepRef.current = keep;
  });
  const saverRef = useRef<Autosave | null>(null);
  useEffect(() => {
    const saver = createAutosave(
      async (value) => {
        const key = keepRef.current;
        await saveRef.current(value);
        if (key) typedStored(key, value);
      },
      () => setStatus('failed'),
      () => setStatus((current) => (current === 'failed' ? current : 'saved')),
    );
    saverRef.current = saver;
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      saverRef.current = null;
    };
  }, []);

  const change = (value: string) => {
    setText(value);
    setEditing(true);
    setStatus('saving');
    if (keepRef.current) keepTyped(keepRef.current, value);
    saverRef.current?.set(value);
  };

  /** Stores what is pending (on leaving the field, before acting on the stored text). */
  const flush = async () => {
    await saverRef.current?.flush();
    setEditing(false);
  };

  return { text, change, flush, status };
}
