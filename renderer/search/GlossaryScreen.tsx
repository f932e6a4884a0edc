// The Glossary: acronyms and defined terms found in a meeting's papers or the whole
// library, where each was defined, with the user's own entries, corrections and hidden
// ones; exported as CSV or Markdown.
import { useId, useMemo, useState } from 'react';
import { glossaryCsv, glossaryMarkdown, type GlossaryEntry } from '../../shared/glossary/entries';
import { useDocuments } from '../library/libraryData';
import { currentVersions } from '../library/versions';
import { useMeetings } from '../meetings/meetingsData';
import { formatMeetingDate } from '../meetings/format';
import { platform } from '../platform';
import { addGlossaryEdit, removeGlossaryEdit, useGlossaryEdits } from './glossaryData';
import { useGlossary } from './useGlossary';
import './search.css';

const encode = (text: string) => new TextEncoder().encode(text);

function EntryRow({ entry }: { entry: GlossaryEntry }) {
  const [editing, setEditing] = useState(false);
  const [meaning, setMeaning] = useState(entry.expansion);
  const original = entry.original ?? entry.expansion;
  const save = async () => {
    if (entry.byUser && entry.sources.length === 0) {
      await addGlossaryEdit({ acronym: entry.acronym, expansion: meaning, action: 'add', original: null });
    } else {
      await addGlossaryEdit({ acronym: entry.acronym, expansion: meaning, action: 'correct', original });
    }
    setEditing(false);
  };
  return (
    <tr>
      <th scope="row">{entry.acronym}</th>
      <td>
        {editing ? (
          <input aria-label={`Meaning of ${entry.acronym}`} value={meaning} onChange={(event) => setMeaning(event.target.value)} />
        ) : (
          <>
            {entry.expansion}
            {entry.original ? <span className="hint"> (corrected; the papers say “{entry.original}”)</span> : null}
          </>
        )}
      </td>
      <td>{entry.sources.length ? entry.sources.map((source) => `${source.title}, ${source.pageName}`).join('; ') : 'Added by you'}</td>
      <td>
        {editing ? (
          <button type="button" onClick={() => void save()} disabled={!meaning.trim()}>
            Save
          </button>
        ) : (
          <button type="button" aria-label={`Correct ${entry.acronym}: ${entry.expansion}`} onClick={() => setEditing(true)}>
            Correct
          </button>
        )}{' '}
        <button type="button" aria-label={`Hide ${entry.acronym}: ${entry.expansion}`} onClick={() => void addGlossaryEdit({ acronym: entry.acronym, expansion: '', action: 'hide', original: entry.expansion })}>
          Hide
        </button>
      </td>
    </tr>
  );
}

function AddEntry() {
  const [acronym, setAcronym] = useState('');
  const [meaning, setMeaning] = useState('');
  return (
    <form
      className="glossary-tools"
      aria-label="Add an entry"
      onSubmit={(event) => {
        event.preventDefault();
        if (!acronym.trim() || !meaning.trim()) return;
        void addGlossaryEdit({ acronym, expansion: meaning, action: 'add', original: null }).then(() => {
          setAcronym('');
          setMeaning('');
        });
      }}
    >
      <label>
        Acronym <input value={acronym} onChange={(event) => setAcronym(event.target.value)} />
      </label>
      <label>
        Meaning <input value={meaning} onChange={(event) => setMeaning(event.target.value)} />
      </label>
      <button type="submit">Add entry</button>
    </form>
  );
}

function HiddenEntries() {
  const edits = useGlossaryEdits()?.filter((edit) => edit.action === 'hide');
  if (!edits?.length) return null;
  return (
    <details>
      <summary>Hidden entries ({edits.length})</summary>
      <ul>
        {edits.map((edit) => (
          <li key={edit.id}>
            {edit.acronym}: {edit.original}{' '}
            <button type="button" aria-label={`Show ${edit.acronym}: ${edit.original ?? ''}`} onClick={() => void removeGlossaryEdit(edit.id)}>
              Show again
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function GlossaryScreen({ meetingId }: { meetingId?: string }) {
  const [scope, setScope] = useState(meetingId ?? '');
  const allDocuments = useDocuments();
  const meetings = useMeetings();
  const documents = useMemo(() => (allDocuments ? currentVersions(allDocuments).filter((document) => !scope || document.meetingId === scope) : undefined), [allDocuments, scope]);
  const entries = useGlossary(documents);
  const titleId = useId();
  const meeting = meetings?.find((m) => m.id === scope);
  const title = meeting ? `Glossary: ${meeting.committee}, ${formatMeetingDate(meeting.date)}` : 'Glossary: whole library';
  const save = (suffix: string, mimeType: string, text: string) => void platform.saveFile({ suggestedName: `glossary.${suffix}`, mimeType, bytes: encode(text) });

  return (
    <main className="glossary-screen">
      <section className="glossary" aria-labelledby={titleId}>
        <h1 id={titleId}>Glossary</h1>
        <p>{title}</p>
        <div className="glossary-tools">
          <label>
            Papers of{' '}
            <select value={scope} onChange={(event) => setScope(event.target.value)}>
              <option value="">The whole library</option>
              {meetings?.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.committee}, {formatMeetingDate(m.date)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!entries?.length} onClick={() => entries && save('csv', 'text/csv', glossaryCsv(entries))}>
            Export CSV
          </button>
          <button type="button" disabled={!entries?.length} onClick={() => entries && save('md', 'text/markdown', glossaryMarkdown(entries, title))}>
            Export Markdown
          </button>
        </div>
        <AddEntry />
        {entries === undefined ? (
          <p className="hint">Reading the papers…</p>
        ) : entries.length === 0 ? (
          <p>No acronyms found yet.</p>
        ) : (
          <table aria-label="Acronyms">
            <thead>
              <tr>
                <th scope="col">Acronym</th>
                <th scope="col">Meaning</th>
                <th scope="col">Where defined</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <EntryRow key={`${entry.acronym}:${entry.expansion}`} entry={entry} />
              ))}
            </tbody>
          </table>
        )}
        <HiddenEntries />
      </section>
    </main>
  );
}
