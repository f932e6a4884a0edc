// The Councils screen: add a council by its ModernGov address, follow its committees, set
// the window of meetings looked at, check now, and see what arrived and what was skipped.
import { useId, useState, type FormEvent } from 'react';
import { formatMeetingDate } from '../meetings/format';
import { formatBytes } from '../library/format';
import { addCouncilByAddress } from './addCouncil';
import { useCheckProgress } from './checkProgress';
import { checkNow } from './checker';
import {
  removeCouncil,
  setFollowed,
  setMeetingWindowSetting,
  useCouncils,
  useMeetingWindowSetting,
  useRecentDownloads,
  type Council,
  type CouncilDocument,
} from './councilsData';
import './councils.css';

function AddCouncilForm() {
  const id = useId();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const outcome = await addCouncilByAddress(address);
    setBusy(false);
    if (outcome.ok) setAddress('');
    else setError(outcome.message);
  };

  return (
    <form className="add-council" onSubmit={(event) => void submit(event)}>
      <div className="form-field">
        <label htmlFor={`${id}-address`}>ModernGov address</label>
        <input
          id={`${id}-address`}
          type="text"
          inputMode="url"
          autoComplete="url"
          placeholder="democracy.yourcouncil.gov.uk"
          value={address}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(event) => setAddress(event.target.value)}
        />
        <p className="hint" id={`${id}-hint`}>
          The address of the council’s committee papers, for example democracy.yourcouncil.gov.uk.
        </p>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        Add council
      </button>
      {busy && <p role="status">Asking the site for its committees…</p>}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function WindowFields() {
  const id = useId();
  const setting = useMeetingWindowSetting();
  if (!setting) return null;
  const field = (key: 'weeksBack' | 'weeksAhead', label: string) => (
    <div className="form-field number-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={0}
        max={104}
        step={1}
        value={setting[key]}
        onChange={(event) => {
          const value = Number(event.target.value);
          if (Number.isInteger(value) && value >= 0 && value <= 104) void setMeetingWindowSetting({ ...setting, [key]: value });
        }}
      />
    </div>
  );
  return (
    <fieldset className="meeting-window">
      <legend>Meetings looked at</legend>
      {field('weeksBack', 'Weeks back')}
      {field('weeksAhead', 'Weeks ahead')}
    </fieldset>
  );
}

function CheckControls() {
  const progress = useCheckProgress();
  return (
    <div className="check-controls">
      <button type="button" className="primary" onClick={() => void checkNow()} disabled={progress.running}>
        Check now
      </button>
      {progress.running && (
        <div className="download-progress">
          <progress aria-label="Downloading" max={Math.max(progress.documentsTotal, 1)} value={progress.documentsDone} aria-valuetext={`${progress.documentsDone} of ${progress.documentsTotal} documents, ${formatBytes(progress.bytes)}`} />
          <span>
            {progress.documentsDone} of {progress.documentsTotal} documents · {formatBytes(progress.bytes)}
            {progress.current && <> · {progress.current}</>}
          </span>
        </div>
      )}
      <p role="status" className="check-status">
        {progress.running ? 'Checking the councils’ sites…' : progress.status}
      </p>
    </div>
  );
}

function CouncilCard({ council }: { council: Council }) {
  // The box shows the user's choice at once; the stored list catches up a moment later.
  const [chosen, setChosen] = useState<Record<number, boolean>>({});
  const follows = (id: number) => chosen[id] ?? council.followed.includes(id);
  const current = council.committees.filter((committee) => !committee.expired || council.followed.includes(committee.id));
  const expired = council.committees.filter((committee) => committee.expired && !council.followed.includes(committee.id));
  const box = (committee: Council['committees'][number]) => (
    <li key={committee.id}>
      <label>
        <input
          type="checkbox"
          checked={follows(committee.id)}
          onChange={(event) => {
            const follow = event.target.checked;
            setChosen((before) => ({ ...before, [committee.id]: follow }));
            void setFollowed(council.id, committee.id, follow);
          }}
        />
        <span className="visually-hidden">Follow </span>
        {committee.title}
      </label>
    </li>
  );
  return (
    <li className="council">
      <div className="council-heading">
        <h3>{council.name}</h3>
        <button type="button" onClick={() => void removeCouncil(council.id)}>
          Remove {council.name}
        </button>
      </div>
      <p className="hint">
        {council.base} · {council.lastCheckedAt ? `last checked ${new Date(council.lastCheckedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}` : 'not checked yet'}
      </p>
      {council.problem && <p className="council-problem">{council.problem}</p>}
      <fieldset>
        <legend>Committees to follow</legend>
        <ul className="committees">{current.map(box)}</ul>
        {expired.length > 0 && (
          <details>
            <summary>Committees that no longer meet ({expired.length})</summary>
            <ul className="committees">{expired.map(box)}</ul>
          </details>
        )}
      </fieldset>
    </li>
  );
}

function describe(entry: CouncilDocument): string {
  const where = `${entry.committee}, ${formatMeetingDate(entry.meetingDate)}`;
  switch (entry.event) {
    case 'arrived':
      return `Arrived: ${entry.title} (${where})${entry.reason ? `. ${entry.reason}` : ''}`;
    case 'revised':
      return `${entry.label ?? 'New version'} arrived: ${entry.title} (${where}), republished by the council${entry.reason ? `. ${entry.reason}` : ''}`;
    case 'skipped':
      return `Not downloaded${entry.label ? ` (${entry.label})` : ''}: ${entry.title} (${where}). ${entry.reason ?? ''}`;
    case 'failed':
      return `Failed: ${entry.title} (${where}). ${entry.reason ?? ''}`;
  }
}

function RecentDownloads() {
  const recent = useRecentDownloads();
  return (
    <section className="recent-downloads" aria-labelledby="recent-downloads-heading">
      <h2 id="recent-downloads-heading">Recent downloads</h2>
      {recent && recent.length === 0 && <p className="hint">Nothing yet: follow a committee and its papers arrive here and in the library.</p>}
      <ul aria-label="Recent downloads">
        {recent?.map((entry) => (
          <li key={`${entry.councilId}|${entry.key}`} className={`download-${entry.event}`}>
            {describe(entry)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CouncilsScreen() {
  const councils = useCouncils();
  return (
    <main className="councils-screen">
      <section className="councils" aria-labelledby="councils-heading">
        <h1 id="councils-heading">Councils</h1>
        <p className="hint">Follow committees on your council’s ModernGov site: their agenda packs, supplements and reports arrive in the library by themselves.</p>
        <AddCouncilForm />
        <WindowFields />
        <CheckControls />
        {councils && councils.length > 0 && (
          <>
            <h2>Your councils</h2>
            <ul className="council-list" aria-label="Your councils">
              {councils.map((council) => (
                <CouncilCard key={council.id} council={council} />
              ))}
            </ul>
          </>
        )}
        <RecentDownloads />
      </section>
    </main>
  );
}
