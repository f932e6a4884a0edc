// The question form, a modal dialog: the question, what it belongs to (agenda item or line
// of enquiry), who it is for, the lead member, priority, status, answer, follow-up and a
// private note, with the passages that prompted it. New questions go to the end of the list.
import './questionForm.css';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { witnessNamed } from '../../shared/questions/listView';
import { QUESTION_PRIORITIES, QUESTION_STATUSES, type Inquiry, type PassageLink, type Question, type QuestionPriority, type QuestionStatus } from '../../shared/questions/types';
import { useNotices } from '../common/notices';
import { confirmDiscard } from '../common/discard';
import { useReturnFocus } from '../common/returnFocus';
import { SelectField } from '../common/SelectField';
import { agendaOptions } from '../meetings/format';
import { dayListsOfMeeting, inquiryOfList } from './inquiryLists';
import { meetingContext, type MeetingContext } from '../library/meetingContext';
import { PassageQuote } from '../passages/PassageQuote';
import { useQuestionForm, type QuestionFormRequest } from './questionEntry';
import {
  addQuestion,
  deleteQuestion,
  ensureMeetingList,
  EMPTY_QUESTION,
  getList,
  getQuestion,
  meetingList,
  namesInUse,
  updateQuestion,
  type QuestionInput,
} from './questionsData';
import { Suggestions } from './Suggestions';
import { undoChange } from '../undo/undoStack';

interface Loaded {
  request: QuestionFormRequest;
  question: Question | null;
  /** The list it is in or goes to; null: the meeting's list, made on saving. */
  listId: string | null;
  meetingId: string | null;
  context: MeetingContext;
  inquiry: Inquiry | null;
  /** Lists a new question can go to: the meeting's and its inquiry days'. */
  targets: { listId: string | null; label: string; inquiry: Inquiry | null }[];
  names: { leadMembers: string[]; addressees: string[] };
}

async function load(request: QuestionFormRequest): Promise<Loaded> {
  const question = request.mode === 'edit' ? ((await getQuestion(request.questionId)) ?? null) : null;
  if (request.mode === 'edit' && !question) throw new Error('This question is no longer in the list.');
  const listId = question?.listId ?? (request.mode === 'new' ? (request.listId ?? (await meetingList(request.meetingId))?.id ?? null) : null);
  const list = listId ? await getList(listId) : undefined;
  const meetingId = list?.meetingId ?? (request.mode === 'new' ? request.meetingId : null);
  const [context, ofList, names] = await Promise.all([meetingContext(meetingId), listId ? inquiryOfList(listId) : null, namesInUse()]);
  const targets: Loaded['targets'] = [];
  if (request.mode === 'new' && meetingId) {
    const meetingTarget = { listId: list?.kind === 'meeting' ? list.id : ((await meetingList(meetingId))?.id ?? null), label: 'Questions for the meeting', inquiry: null };
    const days = await dayListsOfMeeting(meetingId);
    if (days.length > 0) {
      targets.push(meetingTarget);
      for (const day of days) {
        const found = await inquiryOfList(day.listId);
        targets.push({ listId: day.listId, label: day.label, inquiry: found?.inquiry ?? null });
      }
    }
  }
  return { request, question, listId, meetingId, context, inquiry: ofList?.inquiry ?? null, targets, names };
}

export function QuestionForm() {
  const request = useQuestionForm((state) => state.request);
  const close = useQuestionForm((state) => state.close);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [failed, setFailed] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Whether the fields differ from how they opened: Escape then asks before discarding them.
  const dirty = useRef(false);
  const markDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  useReturnFocus(request !== null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (request && !dialog.open) dialog.showModal();
    if (!request && dialog.open) dialog.close();
    setFailed(null);
    if (!request) return;
    let active = true;
    load(request).then(
      (result) => active && setLoaded(result),
      (error: unknown) => active && setFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      active = false;
    };
  }, [request]);

  const ready = loaded && loaded.request === request ? loaded : null;
  return (
    <dialog
      ref={dialogRef}
      className="dialog question-form"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!dirty.current) close();
        else void confirmDiscard('question').then((discard) => discard && close());
      }}
    >
      <h2 id={titleId}>{request?.mode === 'edit' ? 'Edit question' : 'New question'}</h2>
      {failed && (
        <>
          <p role="alert">{failed}</p>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
      {!failed && request && !ready && <p className="hint">Loading…</p>}
      {ready && <QuestionFields key={request?.mode === 'edit' ? request.questionId : JSON.stringify(request)} loaded={ready} onDone={close} onDirty={markDirty} />}
    </dialog>
  );
}

function initialInput(loaded: Loaded): QuestionInput {
  const { question, request } = loaded;
  if (question) {
    const { text, itemNumber, itemTitle, lineId, forWhom, witnessId, leadMember, priority, status, answer, followUp, privateNote, passages } = question;
    return { text, itemNumber, itemTitle, lineId, forWhom, witnessId, leadMember, priority, status, answer, followUp, privateNote, passages };
  }
  const passage = request.mode === 'new' ? request.passage : undefined;
  const defaults = request.mode === 'new' ? (request.defaults ?? {}) : {};
  return {
    ...EMPTY_QUESTION,
    text: passage?.quote ?? '',
    itemNumber: passage?.itemNumber ?? null,
    itemTitle: passage?.itemTitle ?? null,
    passages: passage ? [passage] : [],
    ...defaults,
  };
}

function QuestionFields({ loaded, onDone, onDirty }: { loaded: Loaded; onDone(): void; onDirty(dirty: boolean): void }) {
  const notify = useNotices((state) => state.add);
  const [input, setInput] = useState<QuestionInput>(() => initialInput(loaded));
  const [initial] = useState(input);
  useEffect(() => {
    onDirty(JSON.stringify(input) !== JSON.stringify(initial));
    return () => onDirty(false);
  }, [onDirty, input, initial]);
  const [target, setTarget] = useState<string>(() => loaded.listId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const questionRef = useRef<HTMLTextAreaElement>(null);
  const ids = {
    question: useId(),
    forWhom: useId(),
    forHint: useId(),
    lead: useId(),
    priority: useId(),
    status: useId(),
    answer: useId(),
    followUp: useId(),
    note: useId(),
    noteHint: useId(),
    error: useId(),
  };

  const inquiry = loaded.targets.find((t) => (t.listId ?? '') === target)?.inquiry ?? loaded.inquiry;
  const isInquiry = inquiry !== null;
  const witnesses = inquiry?.witnesses ?? [];
  const witness = witnessNamed(input.forWhom, witnesses);
  const set = <K extends keyof QuestionInput>(key: K, value: QuestionInput[K]) => setInput((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    // A draft from a passage is selected, so typing replaces it.
    const field = questionRef.current;
    if (!field) return;
    field.focus();
    if (loaded.request.mode === 'new' && field.value) field.select();
  }, [loaded.request.mode]);

  const addresseeSuggestions = [...new Set([...witnesses.map((w) => w.name), ...loaded.context.roles, ...loaded.names.addressees])];
  const memberSuggestions = [...new Set([...(inquiry?.members ?? []).map((m) => m.name), ...loaded.context.members.map((m) => m.name), ...loaded.names.leadMembers])];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input.text.trim()) {
      setError('Write the question first.');
      questionRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const values: QuestionInput = {
        ...input,
        text: input.text.trim(),
        forWhom: input.forWhom.trim(),
        leadMember: input.leadMember.trim(),
        witnessId: witness?.id ?? null,
        lineId: isInquiry ? input.lineId : null,
      };
      if (loaded.question) {
        await updateQuestion(loaded.question.id, values);
      } else {
        const listId = target || (await ensureMeetingList(loaded.meetingId)).id;
        await addQuestion(listId, values);
      }
      onDone();
    } catch (failure) {
      setError(`The question could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!loaded.question) return;
    const deleted = await deleteQuestion(loaded.question.id);
    onDone();
    if (deleted) notify('info', 'Question deleted.', { label: 'Undo', run: () => void undoChange(deleted) });
  };

  const removePassage = (index: number) => set('passages', input.passages.filter((_, i) => i !== index));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {loaded.targets.length > 1 && !loaded.question && (
        <SelectField label="Add to list" value={target} onChange={setTarget} options={loaded.targets.map((t) => ({ value: t.listId ?? '', label: t.label }))} />
      )}
      <div className="form-field">
        <label htmlFor={ids.question}>Question</label>
        <textarea
          id={ids.question}
          ref={questionRef}
          rows={3}
          value={input.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
          onChange={(event) => {
            set('text', event.target.value);
            setError(null);
          }}
        />
      </div>
      {input.passages.length > 0 && (
        <div className="form-field passages">
          <span className="field-label">Prompted by</span>
          {input.passages.map((passage: PassageLink, index) => (
            <PassageQuote key={`${passage.documentId}-${passage.pdfPage}-${index}`} passage={passage} onRemove={() => removePassage(index)} />
          ))}
        </div>
      )}
      {isInquiry ? (
        <SelectField
          label="Line of enquiry"
          value={input.lineId ?? ''}
          empty="None"
          options={inquiry.linesOfEnquiry.map((line) => ({ value: line.id, label: line.text }))}
          onChange={(value) => set('lineId', value || null)}
        />
      ) : (
        loaded.context.agenda.length > 0 && (
          <SelectField
            label="Agenda item"
            value={input.itemNumber ?? ''}
            empty="None"
            options={agendaOptions(loaded.context.agenda)}
            onChange={(value) => {
              const item = loaded.context.agenda.find((entry) => entry.number === value);
              setInput((current) => ({ ...current, itemNumber: item?.number ?? null, itemTitle: item?.title ?? null }));
            }}
          />
        )
      )}
      <div className="form-field">
        <label htmlFor={ids.forWhom}>For</label>
        <input id={ids.forWhom} type="text" autoComplete="off" value={input.forWhom} aria-describedby={ids.forHint} onChange={(event) => set('forWhom', event.target.value)} />
        <p id={ids.forHint} className="hint small">
          {witness ? `Witness: ${[witness.name, witness.role, witness.organisation].filter(Boolean).join(', ')}` : 'A witness’s name or a role, such as a cabinet member.'}
        </p>
        <Suggestions values={addresseeSuggestions} current={input.forWhom} label="Suggested witnesses and roles" onPick={(value) => set('forWhom', value)} />
      </div>
      <div className="form-field">
        <label htmlFor={ids.lead}>Lead member</label>
        <input id={ids.lead} type="text" autoComplete="off" value={input.leadMember} onChange={(event) => set('leadMember', event.target.value)} />
        <Suggestions values={memberSuggestions} current={input.leadMember} label="Suggested members" onPick={(value) => set('leadMember', value)} />
      </div>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={ids.priority}>Priority</label>
          <select id={ids.priority} value={input.priority} onChange={(event) => set('priority', event.target.value as QuestionPriority)}>
            {QUESTION_PRIORITIES.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={input.status} onChange={(event) => set('status', event.target.value as QuestionStatus)}>
            {QUESTION_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={ids.answer}>Answer</label>
        <textarea id={ids.answer} rows={2} value={input.answer} onChange={(event) => set('answer', event.target.value)} />
      </div>
      <div className="form-field">
        <label htmlFor={ids.followUp}>Follow-up</label>
        <textarea id={ids.followUp} rows={2} value={input.followUp} onChange={(event) => set('followUp', event.target.value)} />
      </div>
      <div className="form-field">
        <label htmlFor={ids.note}>Private note</label>
        <textarea id={ids.note} rows={2} value={input.privateNote} aria-describedby={ids.noteHint} onChange={(event) => set('privateNote', event.target.value)} />
        <p id={ids.noteHint} className="hint small">
          Only exported when you choose to include private notes.
        </p>
      </div>
      {error && (
        <p id={ids.error} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {loaded.question && (
          <button type="button" className="danger-outline push-left" onClick={() => void remove()}>
            Delete question
          </button>
        )}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          Save
        </button>
      </div>
    </form>
  );
}
