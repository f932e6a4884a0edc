// The "Page" field: shows the printed page number (as stamped on the paper) and jumps to a
// typed one; "PDF 41" reaches a PDF page directly.
import { useState, type FormEvent } from 'react';
import { useNotices } from '../common/notices';
import type { PageNumbers } from './pageNumbers';
import { useReader } from './readerStore';

export function PageField({ numbers, onGo }: { numbers: PageNumbers; onGo(pdfPage: number): void }) {
  const page = useReader((state) => state.page);
  const pageCount = useReader((state) => state.pageCount);
  const notify = useNotices((state) => state.add);
  // What the user is typing; null while they are not editing, so the field follows the page.
  const [draft, setDraft] = useState<string | null>(null);
  const label = numbers.labelOf(page);
  const text = draft ?? label ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    const target = numbers.resolve(typed, pageCount);
    if (target === undefined) {
      notify(
        'error',
        numbers.printed
          ? `There is no page stamped “${typed}” in this document. Type a printed page number, or “PDF 1” to “PDF ${pageCount}” for PDF pages.`
          : `There is no page “${typed}” in this document: it has pages 1 to ${pageCount}.`,
      );
    } else {
      onGo(target);
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
        placeholder="—"
        value={text}
        onFocus={(event) => event.target.select()}
        onBlur={() => setDraft(null)}
        onChange={(event) => setDraft(event.target.value)}
        aria-describedby="page-position"
      />
      <span id="page-position" className="page-position">
        {numbers.printed ? (
          <>
            {label ? `Page ${label} · ` : 'No printed number · '}PDF page {page} of {pageCount}
          </>
        ) : (
          <>of {pageCount}</>
        )}
      </span>
    </form>
  );
}
