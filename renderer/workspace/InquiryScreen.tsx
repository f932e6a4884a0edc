// An inquiry (a scrutiny review) and its inquiry days: the review's objective, key
// objectives, lines of enquiry and members; the day's sessions and witnesses; and the
// day's questions, which can be grouped by session or line of enquiry.
import './reflow.css';
import { useId, useState, type FormEvent } from 'react';
import { addresseeOf, sessionLabel } from '../../shared/questions/listView';
import type { Inquiry, InquiryDay, InquirySession, Witness } from '../../shared/questions/types';
import { useNavigation } from '../navigation/navigation';
import { useConfirm } from '../common/confirm';
import { useNotices } from '../common/notices';
import { formatMeetingDate } from '../meetings/format';
import { openPassage } from '../passages/openPassage';
import { startNewQuestion } from '../questions/questionEntry';
import { useMeetingContext } from '../library/meetingContext';
import { ensureDayList, useDayList, useQuestions } from '../questions/questionsData';
import { InquiryQuestionsPanel } from '../questions/QuestionsPanel';
import { Suggestions } from '../questions/Suggestions';
import { AutosaveField, EntryList } from '../inquiries/fields';
import { addInquiryDay, removeInquiryWitness } from '../questions/inquiryLists';
import { undoChange } from '../undo/undoStack';
import {
  addEntry,
  addMember,
  addSession,
  addWitness,
  deleteInquiry,
  removeEntry,
  removeMember,
  removeSession,
  updateDay,
  updateEntry,
  updateInquiryFields,
  updateSession,
  updateWitness,
  useInquiry,
} from '../inquiries/inquiriesData';
import { SelectField } from '../common/SelectField';

function ReviewColumn({ inquiry }: { inquiry: Inquiry }) {
  const context = useMeetingContext(inquiry.meetingId);
  const memberId = useId();
  const [member, setMember] = useState('');
  const headingId = useId();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!member.trim()) return;
    const name = member;
    setMember('');
    const suggestion = context?.members.find((m) => m.name.toLowerCase() === name.trim().toLowerCase());
    await addMember(inquiry.id, { name, role: suggestion?.role ?? '' });
  };

  const notMembers = (context?.members ?? []).map((m) => m.name).filter((name) => !inquiry.members.some((m) => m.name === name));

  return (
    <section className="inquiry-column" aria-labelledby={headingId}>
      <h2 id={headingId}>Review</h2>
      {inquiry.source && (
        <p className="hint small">
          From the scoping report {inquiry.source.itemNumber} {inquiry.source.itemTitle}.{' '}
          <button type="button" className="link-button" onClick={() => void openPassage({ documentId: inquiry.source!.documentId, pdfPage: inquiry.source!.pdfFrom })}>
            Open it
          </button>
        </p>
      )}
      <AutosaveField label="Review title" value={inquiry.title} keep={{ kind: 'inquiry', id: inquiry.id, field: 'title' }} onSave={(title) => updateInquiryFields(inquiry.id, { title })} />
      <AutosaveField label="Objective" value={inquiry.objective} multiline keep={{ kind: 'inquiry', id: inquiry.id, field: 'objective' }} onSave={(objective) => updateInquiryFields(inquiry.id, { objective })} />
      <EntryList
        title="Key objectives"
        noun="key objective"
        entries={inquiry.keyObjectives}
        empty="None yet."
        onAdd={(text) => addEntry(inquiry.id, 'keyObjectives', text)}
        onUpdate={(id, text) => updateEntry(inquiry.id, 'keyObjectives', id, text)}
        onRemove={(id) => removeEntry(inquiry.id, 'keyObjectives', id)}
      />
      <EntryList
        title="Lines of enquiry"
        noun="line of enquiry"
        ordered
        entries={inquiry.linesOfEnquiry}
        empty="None yet. Questions can be grouped under them."
        onAdd={(text) => addEntry(inquiry.id, 'linesOfEnquiry', text)}
        onUpdate={(id, text) => updateEntry(inquiry.id, 'linesOfEnquiry', id, text)}
        onRemove={(id) => removeEntry(inquiry.id, 'linesOfEnquiry', id)}
      />
      <section className="entry-list" aria-label="Members">
        <h3>Members</h3>
        {inquiry.members.length === 0 && <p className="hint small">Who is on the working group?</p>}
        <ul className="entries">
          {inquiry.members.map((m) => (
            <li key={m.id}>
              <span className="entry-text">
                {m.name}
                {m.role && <span className="hint"> ({m.role})</span>}
              </span>
              <span className="entry-buttons">
                <button type="button" className="small" aria-label={`Remove ${m.name}`} onClick={() => void removeMember(inquiry.id, m.id)}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
        <form className="entry-add" onSubmit={(event) => void add(event)}>
          <label htmlFor={memberId} className="visually-hidden">
            Member
          </label>
          <input id={memberId} type="text" placeholder="Add a member" value={member} onChange={(event) => setMember(event.target.value)} />
          <button type="submit" disabled={!member.trim()}>
            Add member
          </button>
        </form>
        <Suggestions values={notMembers} current={member} label="Committee members" onPick={(name) => void addMember(inquiry.id, { name, role: context?.members.find((m) => m.name === name)?.role ?? '' })} />
      </section>
    </section>
  );
}

function SessionsList({ inquiry, day }: { inquiry: Inquiry; day: InquiryDay }) {
  const [editing, setEditing] = useState<InquirySession | null>(null);
  const ids = { title: useId(), start: useId(), end: useId() };

  const add = async () => {
    const title = `Session ${day.sessions.length + 1}`;
    const id = await addSession(inquiry.id, day.id, { title, start: '', end: '' });
    setEditing({ id, title, start: '', end: '' });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    await updateSession(inquiry.id, day.id, editing.id, { title: editing.title.trim() || 'Session', start: editing.start, end: editing.end });
    setEditing(null);
  };

  return (
    <section className="entry-list" aria-label="Sessions">
      <h3>Sessions</h3>
      {day.sessions.length === 0 && <p className="hint small">No sessions yet. Witnesses are heard in sessions.</p>}
      <ol className="entries">
        {day.sessions.map((session, index) => (
          <li key={session.id}>
            {editing?.id === session.id ? (
              <form className="session-edit" onSubmit={(event) => void save(event)}>
                <div className="form-field">
                  <label htmlFor={ids.title}>Session title</label>
                  <input id={ids.title} type="text" autoFocus value={editing.title} onChange={(event) => setEditing({ ...editing, title: event.target.value })} />
                </div>
                <div className="form-row">
                  <div className="form-field">
                    <label htmlFor={ids.start}>Starts</label>
                    <input id={ids.start} type="time" value={editing.start} onChange={(event) => setEditing({ ...editing, start: event.target.value })} />
                  </div>
                  <div className="form-field">
                    <label htmlFor={ids.end}>Ends</label>
                    <input id={ids.end} type="time" value={editing.end} onChange={(event) => setEditing({ ...editing, end: event.target.value })} />
                  </div>
                </div>
                <span className="entry-buttons">
                  <button type="submit" className="primary">
                    Save session
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </span>
              </form>
            ) : (
              <>
                <span className="entry-text">
                  {sessionLabel(session)}
                  <span className="hint small block">
                    {inquiry.witnesses
                      .filter((w) => w.sessionId === session.id)
                      .map((w) => w.name)
                      .join(', ') || 'No witnesses yet'}
                  </span>
                </span>
                <span className="entry-buttons">
                  <button type="button" className="small" aria-label={`Edit session ${index + 1}`} onClick={() => setEditing(session)}>
                    Edit
                  </button>
                  <button type="button" className="small" aria-label={`Remove session ${index + 1}`} onClick={() => void removeSession(inquiry.id, day.id, session.id)}>
                    Remove
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => void add()}>
        Add session
      </button>
    </section>
  );
}

const EMPTY_WITNESS: Omit<Witness, 'id'> = { name: '', role: '', organisation: '', sessionId: null, time: '' };

function WitnessesList({ inquiry, day }: { inquiry: Inquiry; day: InquiryDay }) {
  const [draft, setDraft] = useState<Omit<Witness, 'id'>>(EMPTY_WITNESS);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), role: useId(), organisation: useId(), time: useId(), heading: useId() };
  const list = useDayList(inquiry.id, day.id);
  const questions = useQuestions(list?.id);
  const sessions = inquiry.days.flatMap((d, dayIndex) => d.sessions.map((s) => ({ session: s, label: inquiry.days.length > 1 ? `Day ${dayIndex + 1}: ${sessionLabel(s)}` : sessionLabel(s) })));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      setError('Give the witness’s name.');
      return;
    }
    const witness = { ...draft, name: draft.name.trim(), role: draft.role.trim(), organisation: draft.organisation.trim(), time: draft.time.trim() };
    const editing = editingId;
    // The form is ready for the next witness at once.
    setDraft(EMPTY_WITNESS);
    setEditingId(null);
    setError(null);
    try {
      if (editing) await updateWitness(inquiry.id, editing, witness);
      else await addWitness(inquiry.id, witness);
    } catch (failure) {
      setDraft(witness);
      setEditingId(editing);
      setError(`The witness could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  const askWitness = async (witness: Witness) => {
    const target = list ?? (await ensureDayList(inquiry.id, day.id, inquiry.meetingId));
    startNewQuestion({ meetingId: inquiry.meetingId, listId: target.id, defaults: { forWhom: witness.name, witnessId: witness.id } });
  };

  const count = (witness: Witness) => questions?.filter((q) => q.witnessId === witness.id || addresseeOf(q, inquiry.witnesses).toLowerCase() === witness.name.toLowerCase()).length ?? 0;

  return (
    <section className="entry-list" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Witnesses</h3>
      {inquiry.witnesses.length === 0 && <p className="hint small">No witnesses yet.</p>}
      <ul className="entries witnesses">
        {inquiry.witnesses.map((w) => {
          const session = sessions.find((s) => s.session.id === w.sessionId);
          const n = count(w);
          return (
            <li key={w.id}>
              <span className="entry-text">
                <strong>{w.name}</strong>
                {(w.role || w.organisation) && <span className="block">{[w.role, w.organisation].filter(Boolean).join(', ')}</span>}
                <span className="hint small block">
                  {[session?.label ?? 'No session yet', w.time].filter(Boolean).join(' · ')} · {n === 1 ? '1 question' : `${n} questions`}
                </span>
              </span>
              <span className="entry-buttons">
                <button type="button" className="small" onClick={() => void askWitness(w)}>
                  New question for {w.name}
                </button>
                <button
                  type="button"
                  className="small"
                  aria-label={`Edit ${w.name}`}
                  onClick={() => {
                    setEditingId(w.id);
                    setDraft({ name: w.name, role: w.role, organisation: w.organisation, sessionId: w.sessionId, time: w.time });
                  }}
                >
                  Edit
                </button>
                <button type="button" className="small" aria-label={`Remove ${w.name}`} onClick={() => void removeInquiryWitness(inquiry.id, w.id)}>
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <form className="witness-form" onSubmit={(event) => void submit(event)} noValidate>
        <h4>{editingId ? 'Edit witness' : 'Add a witness'}</h4>
        <div className="form-field">
          <label htmlFor={ids.name}>Name</label>
          <input id={ids.name} type="text" value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.role}>Role</label>
          <input id={ids.role} type="text" value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value })} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.organisation}>Organisation</label>
          <input id={ids.organisation} type="text" value={draft.organisation} onChange={(event) => setDraft({ ...draft, organisation: event.target.value })} />
        </div>
        <div className="form-row">
          <SelectField
            label="Session"
            className="form-field grow"
            value={draft.sessionId ?? ''}
            empty="No session yet"
            options={sessions.map((s) => ({ value: s.session.id, label: s.label }))}
            onChange={(value) => setDraft({ ...draft, sessionId: value || null })}
          />
          <div className="form-field">
            <label htmlFor={ids.time}>Time</label>
            <input id={ids.time} type="text" inputMode="numeric" placeholder="10:15" value={draft.time} onChange={(event) => setDraft({ ...draft, time: event.target.value })} />
          </div>
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="entry-buttons">
          <button type="submit" className="primary">
            {editingId ? 'Save witness' : 'Add witness'}
          </button>
          {editingId && (
            <button
              type="button"
              onClick={() => {
                setEditingId(null);
                setDraft(EMPTY_WITNESS);
              }}
            >
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

/** The ISO date of the day before an ISO date. */
const dayBefore = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function DayColumn({ inquiry, day, onDay }: { inquiry: Inquiry; day: InquiryDay; onDay(dayId: string): void }) {
  const headingId = useId();
  const index = inquiry.days.findIndex((d) => d.id === day.id);
  return (
    <section className="inquiry-column" aria-labelledby={headingId}>
      <h2 id={headingId}>{inquiry.days.length > 1 ? `Inquiry day ${index + 1}` : 'Inquiry day'}</h2>
      {inquiry.days.length > 1 && (
        <div className="day-tabs" role="group" aria-label="Inquiry days">
          {inquiry.days.map((d, i) => (
            <button key={d.id} type="button" aria-pressed={d.id === day.id} onClick={() => onDay(d.id)}>
              Day {i + 1}
              {d.date ? `: ${formatMeetingDate(d.date)}` : ''}
            </button>
          ))}
        </div>
      )}
      <div className="form-row">
        <AutosaveField key={`date-${day.id}`} label="Date" type="date" value={day.date} onSave={(date) => updateDay(inquiry.id, day.id, { date })} />
        <AutosaveField key={`venue-${day.id}`} label="Venue" value={day.venue} keep={{ kind: 'inquiryDay', id: `${inquiry.id} ${day.id}`, field: 'venue' }} onSave={(venue) => updateDay(inquiry.id, day.id, { venue })} />
      </div>
      {day.date && <p className="hint small">Questions go to the witnesses by {formatMeetingDate(dayBefore(day.date))}, the day before.</p>}
      <SessionsList inquiry={inquiry} day={day} />
      <WitnessesList inquiry={inquiry} day={day} />
      <button type="button" onClick={() => void addInquiryDay(inquiry.id, { date: '', venue: day.venue }).then(onDay)}>
        Add another day
      </button>
    </section>
  );
}

export function InquiryScreen({ inquiryId, dayId }: { inquiryId: string; dayId?: string }) {
  const inquiry = useInquiry(inquiryId);
  const [chosenDay, setChosenDay] = useState<string | undefined>(dayId);
  const showLibrary = useNavigation((state) => state.showLibrary);
  const openMeeting = useNavigation((state) => state.openMeeting);
  const ask = useConfirm((state) => state.ask);
  const notify = useNotices((state) => state.add);
  const headingId = useId();
  const day = inquiry ? (inquiry.days.find((d) => d.id === chosenDay) ?? inquiry.days[0]) : undefined;

  const remove = async () => {
    if (!inquiry) return;
    const yes = await ask({ title: 'Delete this review?', message: `“${inquiry.title}”, its inquiry days and their question lists will be deleted. You can undo this straight afterwards.`, yes: 'Delete review', no: 'Keep it' });
    if (!yes) return;
    const deleted = await deleteInquiry(inquiry.id);
    if (inquiry.meetingId) openMeeting(inquiry.meetingId);
    else showLibrary();
    if (deleted) notify('info', 'Review deleted.', { label: 'Undo', run: () => void undoChange(deleted) });
  };

  return (
    <main className="workspace inquiry" aria-labelledby={headingId}>
      <div className="screen-bar">
        <button type="button" onClick={showLibrary}>
          Library
        </button>
        {inquiry?.meetingId && (
          <button type="button" onClick={() => openMeeting(inquiry.meetingId!)}>
            Meeting
          </button>
        )}
        <h1 id={headingId} className="screen-title">
          {inquiry === null ? 'Review not found' : inquiry ? inquiry.title : ''}
          {inquiry?.committee && <span className="heading-date">{inquiry.committee}</span>}
        </h1>
        {inquiry && (
          <button type="button" className="danger-outline" onClick={() => void remove()}>
            Delete review
          </button>
        )}
      </div>
      {inquiry && day && (
        <div className="inquiry-columns">
          <ReviewColumn inquiry={inquiry} />
          <DayColumn inquiry={inquiry} day={day} onDay={setChosenDay} />
          <InquiryQuestionsPanel inquiry={inquiry} day={day} />
        </div>
      )}
    </main>
  );
}
