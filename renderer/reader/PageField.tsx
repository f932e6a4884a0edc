// The "Page" field: shows where the reader is and jumps to a typed page.
import { useEffect, useState, type FormEvent } from 'react';
import { useNotices } from '../common/notices';
import { useReader } from './readerStore';

export function PageField({ onGo }: { onGo(page: number): void }) {
  const page = useReader((state) => state.page);
  const pageCount = useReader((state) => state.pageCount);
  const notify = useNotices((state) => state.add);
  const [text, setText] = useState(String(page));
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!editing) setText(String(page));
  }, [page, editing]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number.parseInt(text.trim(), 10);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > pageCount) {
      notify('error', `There is no page “${text.trim()}” in this document: it has pages 1 to ${pageCount}.`);
      setText(String(page));
    } else {
      onGo(wanted);
    }
    setEditing(false);
  };

  return (
    <form className="page-field" onSubmit={submit}>
      <label htmlFor="page-field">Page</label>
      <input
        id="page-field"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={4}
        value={text}
        onFocus={(event) => {
          setEditing(true);
          event.target.select();
        }}
        onBlur={() => setEditing(false)}
        onChange={(event) => setText(event.target.value)}
        aria-describedby="page-count"
      />
      <span id="page-count">of {pageCount}</span>
    </form>
  );
}
