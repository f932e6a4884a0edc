// The "Page" field: shows where the reader is and jumps to a typed page.
import { useState, type FormEvent } from 'react';
import { useNotices } from '../common/notices';
import { useReader } from './readerStore';

export function PageField({ onGo }: { onGo(page: number): void }) {
  const page = useReader((state) => state.page);
  const pageCount = useReader((state) => state.pageCount);
  const notify = useNotices((state) => state.add);
  // What the user is typing; null while they are not editing, so the field follows the page.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(page);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number.parseInt(text.trim(), 10);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > pageCount) {
      notify('error', `There is no page “${text.trim()}” in this document: it has pages 1 to ${pageCount}.`);
    } else {
      onGo(wanted);
    }
    setDraft(null);
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
        onFocus={(event) => event.target.select()}
        onBlur={() => setDraft(null)}
        onChange={(event) => setDraft(event.target.value)}
        aria-describedby="page-count"
      />
      <span id="page-count">of {pageCount}</span>
    </form>
  );
}
