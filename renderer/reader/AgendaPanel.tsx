// The agenda beside the reader: every item with its printed pages; choosing one goes to
// it (in this document, or in the meeting's document that holds its pages), and the item
// being read is highlighted as the reader scrolls. Below it, out of the way of reading,
// the user can mark single items exempt ("Mark item 7 exempt") where the front sheet does
// not already say so.
import { currentItemAt } from '../../shared/agenda';
import type { AgendaEntry } from '../db/types';
import './exempt.css';
import { useId } from 'react';
import { useReader } from './readerStore';

function pagesText(item: AgendaEntry): string {
  if (!item.pages) return item.supplement ? 'In a supplement' : '';
  const { from, to } = item.pages;
  return from === to ? `Page ${from}` : `Pages ${from}–${to}`;
}

interface Props {
  items: AgendaEntry[];
  source: 'front-sheet' | 'outline';
  onGo(item: AgendaEntry): void;
  /** Item numbers the user marked exempt. */
  marked?: readonly string[];
  onMarkExempt?(item: AgendaEntry, exempt: boolean): void;
}

export function AgendaPanel({ items, source, onGo, marked = [], onMarkExempt }: Props) {
  const page = useReader((state) => state.page);
  const current = currentItemAt(items, page);
  return (
    <div className="agenda">
      <nav aria-label="Agenda">
        <h2>{source === 'outline' ? 'Contents' : 'Agenda'}</h2>
        <ol>
          {items.map((item, index) => {
            const pages = pagesText(item);
            const isCurrent = item === current;
            const exempt = item.exempt || marked.includes(item.number);
            return (
              <li key={`${item.number}-${index}`} className={item.parent ? 'sub-item' : undefined}>
                <button
                  type="button"
                  title={`${item.number} ${item.title}`}
                  className={`agenda-item${isCurrent ? ' current' : ''}${exempt ? ' exempt' : ''}`}
                  aria-current={isCurrent ? 'true' : undefined}
                  onClick={() => onGo(item)}
                >
                  <span className="agenda-number">{item.number}</span>
                  <span className="agenda-title">
                    {item.title}
                    {(pages || exempt || item.agendaItem) && (
                      <span className="agenda-meta">
                        {pages}
                        {item.agendaItem && <span> Item {item.agendaItem}</span>}
                        {exempt && <span className="exempt-badge">Exempt</span>}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      {onMarkExempt && source === 'front-sheet' && <ExemptItems items={items} marked={marked} onMarkExempt={onMarkExempt} />}
    </div>
  );
}

/** Checkboxes for marking items exempt, folded away: one tab stop until opened. */
function ExemptItems({ items, marked, onMarkExempt }: { items: AgendaEntry[]; marked: readonly string[]; onMarkExempt(item: AgendaEntry, exempt: boolean): void }) {
  const hint = useId();
  return (
    <details className="agenda-exempt">
      <summary>Exempt items</summary>
      <p id={hint} className="hint">
        Mark an item exempt (Part 2) when its papers are not for publication. Items the front sheet lists under exclusion of the public are exempt already.
      </p>
      <ul aria-describedby={hint}>
        {items.map((item, index) => (
          <li key={`${item.number}-${index}`}>
            <label title={item.title}>
              <input
                type="checkbox"
                checked={item.exempt === true || marked.includes(item.number)}
                disabled={item.exempt === true}
                onChange={(event) => onMarkExempt(item, event.target.checked)}
              />{' '}
              <span>Mark item {item.number} exempt</span>
              {item.exempt && <span className="hint"> (by the front sheet)</span>}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
