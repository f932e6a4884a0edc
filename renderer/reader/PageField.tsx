// The "Page" field: shows the printed page number (as stamped on the paper) and jumps to a
// typed one; "PDF 41" reaches a PDF page directly. Until the printed numbers are read it says
// so, and a typed number waits for them rather than being taken for a PDF page.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useNotices } from '../common/notices';
import { pagePosition, pageRequest } from './pageFieldState';
import type { PageNumbers } from './pageNumbers';
import { useReader } from './readerStore';

export function PageField({ numbers, onGo }: { numbers: PageNumbers; onGo(pdfPage: number): void }) {
  const page = useReader((state) => state.page);
  const pageCount = useReader((state) => state.pageCount);
  const notify = useNotices((state) => state.add);
  // What the user is typing; null while they are not editing, so the field follows the page.
  const [draft, setDraft] = useState<string | null>(null);
  // A page typed before the printed numbers were known: gone to once they are, never guessed.
  // An object per submit, so typing the same page again is a new request.
  const [request, setRequest] = useState<{ typed: string } | null>(null);
  const handled = useRef<{ typed: string } | null>(null);
  // Once it can, the effect below goes there; until then the field says what it waits for.
  const state = request ? pageRequest(request.typed, pageCount, numbers.known) : null;
  const ready = state?.ready ?? false;
  const waitingFor = state && !state.ready ? state.waitingFor : null;
  const label = numbers.labelOf(page);
  const text = draft ?? (numbers.known ? label : String(page)) ?? '';

  const go = useCallback(
    (typed: string) => {
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
    },
    [numbers, pageCount, notify, onGo],
  );

  useEffect(() => {
    if (!request || request === handled.current || !ready) return;
    handled.current = request;
    go(request.typed);
  }, [request, ready, go]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    setDraft(null);
    if (pageRequest(typed, pageCount, numbers.known).ready) go(typed);
    else setRequest({ typed });
  };

  // Shown in full as a tooltip when a narrow toolbar cuts it short.
  const position = pagePosition(page, pageCount, numbers, waitingFor);
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
      <span role="status" className="visually-hidden">
        {waitingFor === null ? '' : `${waitingFor}.`}
      </span>
      <span id="page-position" className="page-position" title={position}>
        {position}
      </span>
    </form>
  );
}
