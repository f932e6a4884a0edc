// Small editing pieces for the inquiry screen: a text field stored as it is typed, and an
// editable list of texts (key objectives, lines of enquiry).
import { useId, useState, type FormEvent } from 'react';
import type { TextEntry } from '../../shared/questions/types';
import type { TypedKey } from '../common/typedText';
import { useAutosavedText } from '../notes/useAutosavedText';

/** `keep`: where the typed value belongs, so words typed just before a reload are written at the next start. */
export function AutosaveField({ label, value, onSave, keep, multiline = false, type = 'text' }: { label: string; value: string; onSave(value: string): Promise<void>; keep?: TypedKey; multiline?: boolean; type?: 'text' | 'date' }) {
  const id = useId();
  const { text, change, flush } = useAutosavedText(value, onSave, keep);
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} value={text} onChange={(event) => change(event.target.value)} onBlur={() => void flush()} />
      ) : (
        <input id={id} type={type} value={text} onChange={(event) => change(event.target.value)} onBlur={() => void flush()} />
      )}
    </div>
  );
}

interface EntryListProps {
  title: string;
  /** "key objective", "line of enquiry". */
  noun: string;
  entries: readonly TextEntry[];
  ordered?: boolean;
  empty: string;
  onAdd(text: string): Promise<void>;
  onUpdate(id: string, text: string): Promise<void>;
  onRemove(id: string): Promise<void>;
}

export function EntryList({ title, noun, entries, ordered = false, empty, onAdd, onUpdate, onRemove }: EntryListProps) {
  const headingId = useId();
  const newId = useId();
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [draft, setDraft] = useState('');
  const List = ordered ? 'ol' : 'ul';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    const text = draft;
    setDraft('');
    await onAdd(text);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    if (editing.text.trim()) await onUpdate(editing.id, editing.text);
    setEditing(null);
  };

  return (
    <section className="entry-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {entries.length === 0 && <p className="hint small">{empty}</p>}
      {entries.length > 0 && (
        <List className="entries">
          {entries.map((entry, index) => (
            <li key={entry.id}>
              {editing?.id === entry.id ? (
                <form className="entry-edit" onSubmit={(event) => void save(event)}>
                  <textarea
                    aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)} ${index + 1}`}
                    rows={2}
                    autoFocus
                    value={editing.text}
                    onChange={(event) => setEditing({ id: entry.id, text: event.target.value })}
                    onKeyDown={(event) => {
                      if (event.key === 'Escape') {
                        event.preventDefault();
                        setEditing(null);
                      }
                    }}
                  />
                  <span className="entry-buttons">
                    <button type="submit" className="primary">
                      Save
                    </button>
                    <button type="button" onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </span>
                </form>
              ) : (
                <>
                  <span className="entry-text">{entry.text}</span>
                  <span className="entry-buttons">
                    <button type="button" className="small" aria-label={`Edit ${noun} ${index + 1}`} onClick={() => setEditing({ id: entry.id, text: entry.text })}>
                      Edit
                    </button>
                    <button type="button" className="small" aria-label={`Remove ${noun} ${index + 1}`} onClick={() => void onRemove(entry.id)}>
                      Remove
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </List>
      )}
      <form className="entry-add" onSubmit={(event) => void add(event)}>
        <label htmlFor={newId} className="visually-hidden">
          New {noun}
        </label>
        <input id={newId} type="text" placeholder={`Add a ${noun}`} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" aria-label={`Add ${noun}`} disabled={!draft.trim()}>
          Add
        </button>
      </form>
    </section>
  );
}
