// Meeting mode: the focused view for the day. One question at a time, the next one not
// yet asked first; mark it asked or answered, type the answer and any follow-up (stored as
// typed), and move on. Nothing else on screen.
import './meetingMode.css';
import { useEffect, useId, useRef, useState } from 'react';
import { addresseeOf, witnessNamed } from '../../shared/questions/listView';
import { priorityLabel, statusLabel, type Question, type QuestionStatus, type Witness } from '../../shared/questions/types';
import { useNavigation, type Route } from '../navigation/navigation';
import { useInquiryOfList } from './inquiryLists';
import { useAutosavedText } from '../notes/useAutosavedText';
import { PassageQuote } from '../passages/PassageQuote';
import { updateQuestion, useQuestionList, useQuestions } from './questionsData';

/** Keys that move between questions (shown under the buttons). */
const STEPS: Record<string, -1 | 1> = { ArrowRight: 1, PageDown: 1, n: 1, N: 1, ArrowLeft: -1, PageUp: -1, p: -1, P: -1 };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const isDone = (status: QuestionStatus) => status === 'asked' || status === 'answered' || status === 'follow-up';

function QuestionCard({ question, number, total, addressee, detail }: { question: Question; number: number; total: number; addressee: string; detail: string }) {
  const answer = useAutosavedText(question.answer, (text) => updateQuestion(question.id, { answer: text }), { kind: 'question', id: question.id, field: 'answer' });
  const followUp = useAutosavedText(question.followUp, (text) => updateQuestion(question.id, { followUp: text }), { kind: 'question', id: question.id, field: 'followUp' });
  const ids = { answer: useId(), followUp: useId(), heading: useId() };
  const mark = (status: QuestionStatus) => void updateQuestion(question.id, { status: question.status === status ? 'agreed' : status });

  return (
    <article className="mm-card" aria-labelledby={ids.heading}>
      <p className="mm-position">
        Question {number} of {total}
      </p>
      <h2 id={ids.heading} className="mm-question">
        {question.text}
      </h2>
      <dl className="mm-facts">
        {(question.itemNumber || question.itemTitle) && (
          <div>
            <dt>Agenda item</dt>
            <dd>{[question.itemNumber, question.itemTitle].filter(Boolean).join(' ')}</dd>
          </div>
        )}
        <div>
          <dt>For</dt>
          <dd>
            {addressee || '—'}
            {detail && <span className="hint"> ({detail})</span>}
          </dd>
        </div>
        <div>
          <dt>Lead member</dt>
          <dd>{question.leadMember || '—'}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`badge status-badge status-${question.status}`}>{statusLabel(question.status)}</span>
            {question.priority !== 'medium' && <span className={`badge priority-${question.priority}`}>{priorityLabel(question.priority)} priority</span>}
          </dd>
        </div>
      </dl>
      {question.passages.length > 0 && (
        <details className="mm-passages">
          <summary>Prompted by {question.passages.length === 1 ? 'a passage' : `${question.passages.length} passages`}</summary>
          {question.passages.map((passage, index) => (
            <PassageQuote key={index} passage={passage} />
          ))}
        </details>
      )}
      <div className="mm-marks" role="group" aria-label="Mark this question">
        <button type="button" aria-pressed={question.status === 'asked'} onClick={() => mark('asked')}>
          Mark asked
        </button>
        <button type="button" aria-pressed={question.status === 'answered'} onClick={() => mark('answered')}>
          Mark answered
        </button>
        <button type="button" aria-pressed={question.status === 'follow-up'} onClick={() => mark('follow-up')}>
          Needs follow-up
        </button>
      </div>
      <div className="form-field">
        <label htmlFor={ids.answer}>Answer</label>
        <textarea id={ids.answer} rows={5} value={answer.text} onChange={(event) => answer.change(event.target.value)} onBlur={() => void answer.flush()} />
      </div>
      <div className="form-field">
        <label htmlFor={ids.followUp}>Follow-up</label>
        <textarea id={ids.followUp} rows={2} value={followUp.text} onChange={(event) => followUp.change(event.target.value)} onBlur={() => void followUp.flush()} />
      </div>
    </article>
  );
}

export function MeetingMode({ listId, back }: { listId: string; back: Route }) {
  const questions = useQuestions(listId);
  const list = useQuestionList(listId);
  const ofList = useInquiryOfList(listId);
  const exitRef = useRef<HTMLButtonElement>(null);
  useEffect(() => exitRef.current?.focus(), []);
  const leave = () => useNavigation.setState({ route: back });
  const title = ofList ? `${ofList.inquiry.title}: inquiry day` : (list?.title ?? 'Questions');

  return (
    <main className="meeting-mode" aria-label="Meeting mode">
      <div className="mm-bar">
        <button type="button" ref={exitRef} onClick={leave}>
          Exit meeting mode
        </button>
        <h1 className="mm-title">{title}</h1>
        <span className="mm-progress">{questions ? `${questions.filter((q) => isDone(q.status)).length} of ${questions.length} asked` : ''}</span>
      </div>
      {questions && questions.length === 0 && <p className="hint centred-dark">This list has no questions yet.</p>}
      {questions && questions.length > 0 && <MeetingModeBody questions={questions} witnesses={ofList?.inquiry.witnesses ?? []} />}
    </main>
  );
}

function MeetingModeBody({ questions, witnesses }: { questions: Question[]; witnesses: Witness[] }) {
  // Start at the first question not yet asked.
  const [currentId, setCurrentId] = useState(() => (questions.find((q) => !isDone(q.status)) ?? questions[0]!).id);
  const found = questions.findIndex((q) => q.id === currentId);
  const index = found >= 0 ? found : 0;
  const current = questions[index]!;
  const go = (step: -1 | 1) => {
    const next = questions[index + step];
    if (next) setCurrentId(next.id);
  };
  const upcoming = questions.slice(index + 1).find((q) => !isDone(q.status));
  const witness = witnesses.find((w) => w.id === current.witnessId) ?? witnessNamed(current.forWhom, witnesses);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || document.querySelector('dialog[open]')) return;
      // While typing an answer, the plain keys type; Alt with the arrows still moves on.
      if (isTyping(event.target) && !event.altKey) return;
      const step = STEPS[event.key];
      if (!step) return;
      event.preventDefault();
      go(step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="mm-body">
      <QuestionCard
        key={current.id}
        question={current}
        number={index + 1}
        total={questions.length}
        addressee={addresseeOf(current, witnesses)}
        detail={witness ? [witness.role, witness.organisation].filter(Boolean).join(', ') : ''}
      />
      <nav className="mm-nav" aria-label="Move between questions">
        <button type="button" disabled={index <= 0} aria-keyshortcuts="ArrowLeft PageUp P" onClick={() => go(-1)}>
          Previous question
        </button>
        <button type="button" className="primary large" disabled={index >= questions.length - 1} aria-keyshortcuts="ArrowRight PageDown N" onClick={() => go(1)}>
          Next question
        </button>
        <p className="mm-keys hint">
          Keys: <kbd>←</kbd> <kbd>→</kbd>, <kbd>Page Up</kbd> <kbd>Page Down</kbd> or <kbd>P</kbd> <kbd>N</kbd> move between questions (with <kbd>Alt</kbd> while typing).
        </p>
      </nav>
      {upcoming && (
        <p className="mm-upcoming">
          <span className="q-label">Next not yet asked</span> {upcoming.text}{' '}
          <button type="button" className="link-button" onClick={() => setCurrentId(upcoming.id)}>
            Go to it
          </button>
        </p>
      )}
    </div>
  );
}
