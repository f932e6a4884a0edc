// The agenda beside the reader: every item with its printed pages; choosing one goes to
// it, and the item being read is highlighted as the reader scrolls.
import { currentItemAt } from '../../shared/agenda';
import type { AgendaEntry } from '../db/types';
import { useReader } from './readerStore';

function pagesText(item: AgendaEntry): string {
  if (!item.pages) return item.supplement ? 'In a supplement' : '';
  const { from, to } = item.pages;
  return from === to ? `Page ${from}` : `Pages ${from}–${to}`;
}

export function AgendaPanel({ items, source, onGo }: { items: AgendaEntry[]; source: 'front-sheet' | 'outline'; onGo(pdfPage: number): void }) {
  const page = useReader((state) => state.page);
  const current = currentItemAt(items, page);
  return (
    <nav className="agenda" aria-label="Agenda">
      <h2>{source === 'outline' ? 'Contents' : 'Agenda'}</h2>
      <ol>
        {items.map((item, index) => {
          const pages = pagesText(item);
          const isCurrent = item === current;
          return (
            <li key={`${item.number}-${index}`} className={item.parent ? 'sub-item' : undefined}>
              <button
                type="button"
                className={`agenda-item${isCurrent ? ' current' : ''}${item.exempt ? ' exempt' : ''}`}
                aria-current={isCurrent ? 'true' : undefined}
                onClick={() => onGo(item.pdfFrom ?? 1)}
              >
                <span className="agenda-number">{item.number}</span>
                <span className="agenda-title">
                  {item.title}
                  {(pages || item.exempt) && (
                    <span className="agenda-meta">
                      {pages}
                      {item.exempt && <span className="exempt-badge">Exempt</span>}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
