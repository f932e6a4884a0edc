// "New inquiry day": a review with its first inquiry day. When the meeting's papers hold
// a scoping report, it is offered as the starting point and what it says (objective, key
// objectives, lines of enquiry, officers to interview) is filled in, all editable.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../common/ModalDialog';
import type { MemberSuggestion } from '../../shared/questions/membership';
import type { ScopingExtract, WitnessSuggestion } from '../../shared/questions/scopingReport';
import type { InquirySource } from '../../shared/questions/types';
import { useNavigation } from '../navigation/navigation';
import { useNotices } from '../common/notices';
import type { Meeting } from '../db/types';
import { readScopingReport, scopingReportsIn, type ScopingCandidate } from '../inquiries/inquiriesData';
import { startInquiry } from '../questions/inquiryLists';
import { DialogActions } from '../common/DialogActions';

interface Props {
  meeting: Meeting;
  members: MemberSuggestion[];
  onClose(): void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const candidateKey = (candidate: ScopingCandidate) => `${candidate.document.id}#${candidate.item.number}`;

export function NewInquiryDialog({ meeting, members, onClose }: Props) {
  const titleId = useId();
  const ids = { source: useId(), title: useId(), date: useId(), venue: useId(), objective: useId(), key: useId(), lines: useId(), linesHint: useId() };
  const notify = useNotices((state) => state.add);
  const openInquiry = useNavigation((state) => state.openInquiry);
  const [candidates, setCandidates] = useState<ScopingCandidate[] | null>(null);
  const [sourceKey, setSourceKey] = useState('');
  const [source, setSource] = useState<InquirySource | null>(null);
  const [extract, setExtract] = useState<ScopingExtract | null>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [venue, setVenue] = useState('');
  const [objective, setObjective] = useState('');
  const [keyObjectives, setKeyObjectives] = useState('');
  const [linesOfEnquiry, setLinesOfEnquiry] = useState('');
  const [witnesses, setWitnesses] = useState<Set<string>>(new Set());
  const [chosenMembers, setChosenMembers] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [typed, setTyped] = useState(false);

  // Reads a scoping report and fills the form with what it says.
  const choose = (key: string, from: readonly ScopingCandidate[] | null = candidates) => {
    setSourceKey(key);
    const candidate = from?.find((c) => candidateKey(c) === key);
    if (!candidate) {
      setSource(null);
      setExtract(null);
      return;
    }
    void readScopingReport(candidate).then(({ extract: found, source: origin }) => {
      setSource(origin);
      setExtract(found);
      setTitle(found.title);
      setObjective(found.objective);
      setKeyObjectives(found.keyObjectives.join('\n'));
      setLinesOfEnquiry(found.linesOfEnquiry.join('\n'));
      setWitnesses(new Set());
    });
  };

  useEffect(() => {
    let active = true;
    void scopingReportsIn(meeting.id).then((found) => {
      if (!active) return;
      setCandidates(found);
      if (found[0]) choose(candidateKey(found[0]), found);
    });
    return () => {
      active = false;
    };
    // Once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meeting.id]);

  const toggle = (set: Set<string>, value: string, update: (next: Set<string>) => void) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    update(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError('Give the review a title.');
      return;
    }
    setSaving(true);
    try {
      const suggested: WitnessSuggestion[] = extract?.witnesses.filter((w) => witnesses.has(w.name)) ?? [];
      const { inquiryId } = await startInquiry({
        title,
        committee: meeting.committee,
        meetingId: meeting.id,
        source,
        objective,
        keyObjectives: lines(keyObjectives),
        linesOfEnquiry: lines(linesOfEnquiry),
        members: members.filter((m) => chosenMembers.has(m.name)).map((m) => ({ name: m.name, role: m.role })),
        witnesses: suggested,
        day: { date, venue },
      });
      notify('info', `Inquiry day for “${title.trim()}” created.`);
      onClose();
      openInquiry(inquiryId);
    } catch (failure) {
      setError(`The inquiry could not be created: ${failure instanceof Error ? failure.message : String(failure)}`);
      setSaving(false);
    }
  };

  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose} className="wide-dialog" unsaved={typed ? 'inquiry day' : undefined}>
      {/* Any typing or choosing in the form: Escape then asks before it is lost. */}
      <form onSubmit={(event) => void submit(event)} onInput={() => setTyped(true)} noValidate>
        <h2 id={titleId}>New inquiry day</h2>
        {candidates === null ? (
          <p className="hint">Looking for a scoping report in this meeting’s papers…</p>
        ) : (
          <div className="form-field">
            <label htmlFor={ids.source}>Start from</label>
            <select id={ids.source} value={sourceKey} onChange={(event) => choose(event.target.value)}>
              {candidates.map((candidate) => (
                <option key={candidateKey(candidate)} value={candidateKey(candidate)}>
                  Scoping report: {candidate.item.number} {candidate.item.title}
                  {candidate.item.pages ? ` (pages ${candidate.item.pages.from}–${candidate.item.pages.to})` : ''}
                </option>
              ))}
              <option value="">A blank review</option>
            </select>
            {candidates.length === 0 && <p className="hint small">No scoping report was found in this meeting’s papers: fill in the review yourself.</p>}
            {extract && <p className="hint small">Filled in from the scoping report. Check and edit everything before creating the inquiry day.</p>}
          </div>
        )}
        <div className="form-field">
          <label htmlFor={ids.title}>Review title</label>
          <input id={ids.title} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={ids.date}>Date of the inquiry day</label>
            <input id={ids.date} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
          </div>
          <div className="form-field grow">
            <label htmlFor={ids.venue}>Venue</label>
            <input id={ids.venue} type="text" value={venue} onChange={(event) => setVenue(event.target.value)} />
          </div>
        </div>
        <div className="form-field">
          <label htmlFor={ids.objective}>Objective</label>
          <textarea id={ids.objective} rows={2} value={objective} onChange={(event) => setObjective(event.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.key}>Key objectives (one per line)</label>
          <textarea id={ids.key} rows={6} value={keyObjectives} onChange={(event) => setKeyObjectives(event.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.lines}>Lines of enquiry (one per line)</label>
          <textarea id={ids.lines} rows={4} value={linesOfEnquiry} aria-describedby={ids.linesHint} onChange={(event) => setLinesOfEnquiry(event.target.value)} />
          <p id={ids.linesHint} className="hint small">
            {extract?.linesSource === 'scope'
              ? 'The report’s Lines of Enquiry section leaves them to the working group; these are the terms of reference from its Scope.'
              : 'The questions on the day are grouped under these.'}
          </p>
        </div>
        {extract && extract.witnesses.length > 0 && (
          <fieldset className="choices">
            <legend>Officers the report suggests interviewing</legend>
            {extract.witnesses.map((w) => (
              <label key={w.name} className="check">
                <input type="checkbox" checked={witnesses.has(w.name)} onChange={() => toggle(witnesses, w.name, setWitnesses)} />
                {w.name}
                {(w.role || w.organisation) && <span className="hint"> ({[w.role, w.organisation].filter(Boolean).join(', ')})</span>}
              </label>
            ))}
          </fieldset>
        )}
        {members.length > 0 && (
          <fieldset className="choices">
            <legend>Members of the working group</legend>
            {members.map((m) => (
              <label key={m.name} className="check">
                <input type="checkbox" checked={chosenMembers.has(m.name)} onChange={() => toggle(chosenMembers, m.name, setChosenMembers)} />
                {m.name}
                {m.role && <span className="hint"> ({m.role})</span>}
              </label>
            ))}
          </fieldset>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <DialogActions submit="Create inquiry day" onCancel={onClose} disabled={saving} />
      </form>
    </ModalDialog>
  );
}
