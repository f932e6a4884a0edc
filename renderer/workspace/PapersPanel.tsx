// The Papers region of the meeting workspace: the pack's agenda and the text of the item
// chosen, to read beside the questions and notes. Selected text can become a question or
// be quoted in a note, with a link back to its page.
import { useEffect, useId, useMemo, useState } from 'react';
import type { AgendaEntry, StoredDocument } from '../db/types';
import { quotePassageInNote } from '../notes/noteEntry';
import { openPassage } from '../passages/openPassage';
import { startQuestionFromPassage } from '../questions/questionEntry';
import { usePagesOf } from '../library/documentPages';
import { resolvePassage } from '../passages/resolvePassage';
import { keepSelection, selectedPassage } from '../passages/selection';

/** Joins a page's lines into paragraphs: a new one at a numbered paragraph, a bullet, or after a short line. */
export function paragraphsOf(lines: readonly string[]): string[] {
  const width = Math.max(40, ...lines.map((line) => line.length));
  const out: string[] = [];
  let previous = '';
  for (const line of lines) {
    const starts = out.length === 0 || /^(\d{1,3}[.)]|[•●▪\-–]|\(?[a-z]\))\s/.test(line) || previous.length < width * 0.7 || /:-?$/.test(previous);
    if (starts) out.push(line);
    else out[out.length - 1] += ` ${line}`;
    previous = line;
  }
  return out;
}

const MAX_PAGES = 40;

function ItemText({ paper, item, meetingId }: { paper: StoredDocument; item: AgendaEntry; meetingId: string }) {
  const from = item.pdfFrom ?? 1;
  const to = Math.min(item.pdfTo ?? from, from + MAX_PAGES - 1);
  const pages = usePagesOf(paper.id, from, to);
  const [hasSelection, setHasSelection] = useState(false);

  useEffect(() => {
    const update = () => setHasSelection(selectedPassage()?.documentId === paper.id);
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [paper.id]);

  const withSelection = async (action: 'question' | 'note') => {
    const selected = selectedPassage();
    if (!selected) return;
    const passage = await resolvePassage(selected);
    if (action === 'question') startQuestionFromPassage(passage, meetingId);
    else await quotePassageInNote(passage, meetingId);
  };

  return (
    <div className="item-text">
      <div className="item-text-bar">
        <button type="button" className="link-button" onClick={() => void openPassage({ documentId: paper.id, pdfPage: from })}>
          Open in the reader
        </button>
        <span className="selection-actions" role="group" aria-label="Selected text">
          <button type="button" disabled={!hasSelection} onMouseDown={keepSelection} onClick={() => void withSelection('question')}>
            Ask about this
          </button>
          <button type="button" disabled={!hasSelection} onMouseDown={keepSelection} onClick={() => void withSelection('note')}>
            Quote in note
          </button>
        </span>
      </div>
      {pages === undefined && <p className="hint">Loading the text…</p>}
      {pages?.map((page) => (
        <div key={page.pdfPage} className="page-text" data-passage-document={paper.id} data-pdf-page={page.pdfPage}>
          <p className="page-label">{page.printed ? `Page ${page.printed} · PDF page ${page.pdfPage}` : `PDF page ${page.pdfPage}`}</p>
          {page.lines.length === 0 ? <p className="hint">No text on this page (it may be a scan).</p> : paragraphsOf(page.lines).map((text, index) => <p key={index}>{text}</p>)}
        </div>
      ))}
      {(item.pdfTo ?? from) > to && <p className="hint">The rest of this item is in the reader.</p>}
    </div>
  );
}

export function PapersPanel({ meetingId, documents, agendaDocument, agenda }: { meetingId: string; documents: StoredDocument[]; agendaDocument: StoredDocument | null; agenda: AgendaEntry[] }) {
  const headingId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const located = useMemo(() => agenda.filter((item) => item.pdfFrom !== undefined), [agenda]);
  const item = located.find((entry, index) => `${entry.number}-${index}` === chosen) ?? null;

  return (
    <section className="papers-panel" aria-labelledby={headingId}>
      <div className="panel-heading">
        <h2 id={headingId}>Papers</h2>
      </div>
      <ul className="paper-list" aria-label="Documents">
        {documents.map((paper) => (
          <li key={paper.id}>
            <button type="button" className="link-button" onClick={() => void openPassage({ documentId: paper.id, pdfPage: 1 })}>
              {paper.title}
            </button>
            <span className="hint small"> · {paper.pageCount} pages</span>
          </li>
        ))}
      </ul>
      {agendaDocument && located.length > 0 && (
        <>
          <p className="hint small">Choose an item to read its text here. Select text to make it a question or quote it in a note.</p>
          <ol className="workspace-agenda" aria-label="Agenda items">
            {located.map((entry, index) => {
              const key = `${entry.number}-${index}`;
              const current = key === chosen;
              return (
                <li key={key} className={entry.parent ? 'sub-item' : undefined}>
                  <button type="button" className={`agenda-item${current ? ' current' : ''}`} aria-expanded={current} onClick={() => setChosen(current ? null : key)}>
                    <span className="agenda-number">{entry.number}</span>
                    <span className="agenda-title">
                      {entry.title}
                      {entry.pages && (
                        <span className="agenda-meta">{entry.pages.from === entry.pages.to ? `Page ${entry.pages.from}` : `Pages ${entry.pages.from}–${entry.pages.to}`}</span>
                      )}
                    </span>
                  </button>
                  {current && item && <ItemText paper={agendaDocument} item={item} meetingId={meetingId} />}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
