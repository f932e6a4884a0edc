// The Questions region: a list's questions in running order, grouped and filtered as the
// user chooses, reordered by drag and drop or from the keyboard (Alt+↑/↓ on a question,
// the Move up/Move down buttons, or Space on the drag handle then the arrow keys), with
// each move announced. Also where questions are added, exported and asked (Meeting mode).
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { addresseeOf, filterChoices, filterQuestions, groupQuestions, keyAfter, keyForStep, lineText, sessionLabel, sessionOf, type Grouping, type QuestionGroup } from '../../shared/questions/listView';
import { compareByOrder, keyForMove } from '../../shared/questions/order';
import { QUESTION_STATUSES, type Inquiry, type InquiryDay, type Question, type QuestionList, type QuestionStatus } from '../../shared/questions/types';
import { useNavigation } from '../navigation/navigation';
import { useConfirm } from '../common/confirm';
import { useNotices } from '../common/notices';
import type { AgendaEntry } from '../db/types';
import { ExportDialog } from './ExportDialog';
import { editQuestion, startNewQuestion } from './questionEntry';
import { resolvePassage } from '../passages/resolvePassage';
import { deleteList, moveQuestion, questionsUndoScope, updateQuestion, useQuestions, type QuestionInput } from './questionsData';
import { UndoDeleteButton } from '../undo/UndoDeleteButton';
import { undoChange } from '../undo/undoStack';
import { QuestionRow, type RowHandlers } from './QuestionRow';
import { isQuestionExempt } from '../../shared/exempt';
import { useExemptScope } from '../library/exemptScope';
import { useListView, useQuestionView } from './questionView';
import { keepSelection, selectedPassage } from '../passages/selection';

interface Props {
  /** The list shown; null when the meeting has none yet (it is made with the first question). */
  list: QuestionList | null;
  /** Key for remembering grouping and filters (per meeting or inquiry day). */
  viewKey: string;
  /** The list to add to, made when there is none yet. */
  ensureList(): Promise<QuestionList>;
  meetingId: string | null;
  /** In the reader: the open document, so a selection on its pages can become a question. */
  readerDocumentId?: string;
  inquiry?: Inquiry | null;
  day?: InquiryDay | null;
  agenda?: readonly AgendaEntry[];
  /** Narrow column (the reader's sidebar). */
  compact?: boolean;
}

const short = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function QuestionListView({ list, viewKey, ensureList, meetingId, readerDocumentId, inquiry = null, day = null, agenda = [], compact = false }: Props) {
  const rows = useQuestions(list?.id);
  const exemptScope = useExemptScope();
  const view = useListView(viewKey);
  const setGrouping = useQuestionView((state) => state.setGrouping);
  const setFilter = useQuestionView((state) => state.setFilter);
  const notify = useNotices((state) => state.add);
  const ask = useConfirm((state) => state.ask);
  const openMeetingMode = useNavigation((state) => state.openMeetingMode);
  const headingId = useId();
  const helpId = useId();
  const ids = { group: useId(), status: useId(), lead: useId(), addressee: useId() };
  const [announcement, setAnnouncement] = useState('');
  const [exporting, setExporting] = useState(false);
  const [lifted, setLifted] = useState<{ id: string; original: string } | null>(null);
  // Roving tab stop: one question of the list is in the tab order; the arrows move between them.
  const [activeId, setActiveId] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<{ id: string; position: 'before' | 'after' } | null>(null);
  // Moves show at once; the database catches up a moment later.
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Partial<Question>>>(new Map());

  const witnesses = useMemo(() => inquiry?.witnesses ?? [], [inquiry]);
  const sessions = useMemo(() => day?.sessions ?? [], [day]);

  const ordered = useMemo(() => {
    const base = rows ?? [];
    if (overrides.size === 0) return base;
    return base.map((q) => (overrides.has(q.id) ? { ...q, ...overrides.get(q.id) } : q)).sort(compareByOrder);
  }, [rows, overrides]);

  // Forget overrides the stored rows now agree with.
  if (overrides.size > 0 && rows) {
    const byId = new Map(rows.map((q) => [q.id, q]));
    const settled = [...overrides].filter(([id, change]) => {
      const row = byId.get(id);
      return !row || Object.entries(change).every(([key, value]) => row[key as keyof Question] === value);
    });
    if (settled.length > 0) {
      const next = new Map(overrides);
      for (const [id] of settled) next.delete(id);
      setOverrides(next);
    }
  }

  const numbers = useMemo(() => new Map(ordered.map((q, index) => [q.id, index + 1])), [ordered]);
  const visible = useMemo(() => filterQuestions(ordered, view.filter, witnesses), [ordered, view.filter, witnesses]);
  const groups = useMemo(() => groupQuestions(visible, view.grouping, { agenda, inquiry, sessions }), [visible, view.grouping, agenda, inquiry, sessions]);
  const choices = useMemo(() => filterChoices(ordered, witnesses), [ordered, witnesses]);

  const latest = useRef({ ordered, groups, grouping: view.grouping, lifted });
  // Moves written but not yet shown: the next key press (before the list re-renders) counts them.
  const inFlight = useRef(new Map<string, { change: Partial<Question>; serial: number; stored: boolean }>());
  useLayoutEffect(() => {
    latest.current = { ordered, groups, grouping: view.grouping, lifted };
    // A stored move is counted by hand until the list shows it: a key pressed between the
    // write and the re-render would otherwise start from the old order (two quick Alt+↑
    // would move once).
    for (const [id, pending] of inFlight.current) {
      const shown = ordered.find((q) => q.id === id);
      const reflected = !shown || Object.entries(pending.change).every(([key, value]) => JSON.stringify(shown[key as keyof Question]) === JSON.stringify(value));
      if (pending.stored && reflected) inFlight.current.delete(id);
    }
  });
  const serial = useRef(0);
  const current = useCallback((): { ordered: Question[]; groups: QuestionGroup[] } => {
    const { ordered: shown, groups: shownGroups } = latest.current;
    if (inFlight.current.size === 0) return { ordered: shown, groups: shownGroups };
    const apply = (q: Question) => {
      const pending = inFlight.current.get(q.id);
      return pending ? { ...q, ...pending.change } : q;
    };
    return { ordered: shown.map(apply).sort(compareByOrder), groups: shownGroups.map((g) => ({ ...g, questions: g.questions.map(apply).sort(compareByOrder) })) };
  }, []);
  /** Focus to put back on a moved question once the list shows it in its new place (moving a node blurs it). */
  const pendingFocus = useRef<{ id: string; action: string; serial: number; ready: boolean } | null>(null);
  const dragging = useRef<string | null>(null);

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    // The stored rows, re-read, can move the row before its write reports back; moving the
    // node drops focus, so it goes back at once, or the next key press would be lost.
    const dropped = !document.activeElement || document.activeElement === document.body;
    if (!pending.ready && !dropped) return;
    const row = document.querySelector<HTMLElement>(`[data-question-id="${pending.id}"]`);
    if (!row) return;
    const target = pending.action === 'row' ? row : (row.querySelector<HTMLElement>(`[data-action="${pending.action}"]`) ?? row);
    if (document.activeElement !== target) target.focus();
    if (pending.ready) pendingFocus.current = null;
  });

  const describePosition = (id: string, all: readonly Question[]) => {
    const index = all.findIndex((q) => q.id === id);
    return `${index + 1} of ${all.length}`;
  };

  /**
   * Writes a new place (and, across groups, a new agenda item or line) for one question.
   * The list shows it once it is stored (a few milliseconds), so what is on screen
   * survives a reload; the stored rows are re-read a moment later.
   */
  const place = useCallback(
    (id: string, order: string, extra: Partial<QuestionInput> = {}) => {
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const row = active?.closest<HTMLElement>('[data-question-id]');
      const change: Partial<Question> = { order, ...extra };
      const mine = ++serial.current;
      if (row?.dataset.questionId === id) pendingFocus.current = { id, action: active === row ? 'row' : (active?.dataset.action ?? 'row'), serial: mine, ready: false };
      inFlight.current.set(id, { change: { ...inFlight.current.get(id)?.change, ...change }, serial: mine, stored: false });
      const all = current().ordered;
      const moved = all.find((q) => q.id === id);
      if (moved) setAnnouncement(`Moved “${short(moved.text, 50)}” to position ${describePosition(id, all)}.`);
      const write = Object.keys(extra).length ? updateQuestion(id, change) : moveQuestion(id, order);
      write.then(
        () => {
          const pending = inFlight.current.get(id);
          if (pending?.serial === mine) pending.stored = true;
          if (pendingFocus.current?.serial === mine) pendingFocus.current.ready = true;
          setOverrides((shown) => new Map(shown).set(id, { ...shown.get(id), ...change }));
        },
        (error: unknown) => {
          inFlight.current.delete(id);
          notify('error', `The move could not be saved: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    },
    [notify, current],
  );

  const groupOf = useCallback((id: string): QuestionGroup | undefined => current().groups.find((g) => g.questions.some((q) => q.id === id)), [current]);

  const handlers = useMemo<RowHandlers>(
    () => ({
      activate: (id) => setActiveId(id),
      edit: (id) => editQuestion(id),
      step: (id, step) => {
        const group = groupOf(id);
        if (!group) return;
        const key = keyForStep(current().ordered, group.questions, id, step);
        if (key === null) {
          setAnnouncement(step < 0 ? 'Already the first question here.' : 'Already the last question here.');
          return;
        }
        place(id, key);
      },
      lift: (id) => {
        const question = current().ordered.find((q) => q.id === id);
        if (!question) return;
        setLifted({ id, original: question.order });
        setAnnouncement(`Picked up question ${describePosition(id, current().ordered)}. Move it with the up and down arrow keys, press Space to drop it, or Escape to put it back.`);
      },
      drop: (id) => {
        setLifted(null);
        setAnnouncement(`Dropped at position ${describePosition(id, current().ordered)}.`);
      },
      cancelLift: (id) => {
        const was = latest.current.lifted;
        setLifted(null);
        if (was?.id === id) place(id, was.original);
        setAnnouncement('Put back where it was.');
      },
      handleBlur: (id) => {
        // Moving a row re-inserts it, which blurs its handle: keep it lifted while that happens.
        if (pendingFocus.current?.id === id) return;
        setLifted((current) => (current?.id === id ? null : current));
      },
      dragStart: (id, event) => {
        dragging.current = id;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', latest.current.ordered.find((q) => q.id === id)?.text ?? '');
      },
      dragOver: (id, event) => {
        if (!dragging.current) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const box = event.currentTarget.getBoundingClientRect();
        const position = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
        setDropTarget((current) => (current?.id === id && current.position === position ? current : { id, position }));
      },
      dragEnd: () => {
        dragging.current = null;
        setDropTarget(null);
      },
      dropOn: (targetId, event) => {
        const id = dragging.current;
        dragging.current = null;
        setDropTarget(null);
        if (!id) return;
        event.preventDefault();
        if (id === targetId) return;
        const box = event.currentTarget.getBoundingClientRect();
        const before = event.clientY < box.top + box.height / 2;
        const all = current().ordered;
        const { grouping } = latest.current;
        const order = before ? keyForMove(all, id, targetId) : keyAfter(all, id, targetId);
        // Dropped among another agenda item's (or line's) questions: it now belongs there.
        const target = all.find((q) => q.id === targetId)!;
        const extra: Partial<QuestionInput> =
          grouping === 'item' ? { itemNumber: target.itemNumber, itemTitle: target.itemTitle } : grouping === 'line' ? { lineId: target.lineId } : {};
        const moving = all.find((q) => q.id === id)!;
        const changed = Object.entries(extra).some(([key, value]) => moving[key as keyof Question] !== value);
        place(id, order, changed ? extra : {});
      },
    }),
    [groupOf, place, current],
  );

  const addQuestion = async () => {
    const selected = selectedPassage(readerDocumentId);
    let passage;
    if (selected) {
      try {
        passage = await resolvePassage(selected);
      } catch {
        passage = undefined;
      }
    }
    const target = list ?? (await ensureList());
    startNewQuestion({ meetingId, listId: target.id, ...(passage ? { passage } : {}) });
  };

  const removeList = async () => {
    if (!list) return;
    const count = ordered.length;
    const yes = await ask({
      title: 'Delete this question list?',
      message: `Its ${count === 1 ? 'question goes' : `${count} questions go`} with it. You can undo this straight afterwards.`,
      yes: 'Delete list',
      no: 'Keep it',
    });
    if (!yes) return;
    const deleted = await deleteList(list.id);
    if (deleted) notify('info', 'Question list deleted.', { label: 'Undo', run: () => void undoChange(deleted) });
  };

  const belongsTo = (q: Question) => {
    if (inquiry) {
      const line = lineText(inquiry.linesOfEnquiry, q.lineId);
      if (view.grouping !== 'line' && line) return short(line, 48);
      const session = sessions.find((s) => s.id === sessionOf(q, witnesses));
      return view.grouping !== 'session' && session ? sessionLabel(session) : '';
    }
    return view.grouping !== 'item' && q.itemNumber ? `Item ${q.itemNumber}` : '';
  };

  const groupingChoices: { value: Grouping; label: string }[] = inquiry
    ? [
        { value: 'none', label: 'Running order' },
        { value: 'session', label: 'Session' },
        { value: 'line', label: 'Line of enquiry' },
      ]
    : [
        { value: 'none', label: 'Running order' },
        { value: 'item', label: 'Agenda item' },
      ];

  const filtered = visible.length !== ordered.length;
  const loading = list !== null && rows === undefined;

  return (
    <section className={`questions-panel${compact ? ' compact' : ''}`} aria-labelledby={headingId}>
      <div className="panel-heading">
        <h2 id={headingId}>Questions</h2>
        <span className="hint">{filtered ? `${visible.length} of ${ordered.length} shown` : ordered.length === 1 ? '1 question' : `${ordered.length} questions`}</span>
      </div>
      <div className="panel-actions">
        <button type="button" className="primary" onMouseDown={keepSelection} onClick={() => void addQuestion()}>
          Add question
        </button>
        <button type="button" disabled={!list || ordered.length === 0} onClick={() => list && openMeetingMode(list.id)}>
          Meeting mode
        </button>
        <button type="button" disabled={!list} onClick={() => setExporting(true)}>
          Export questions
        </button>
        <UndoDeleteButton scope={questionsUndoScope({ meetingId, dayId: day?.id ?? null })} onUndone={(label) => notify('info', `Undone: ${label}.`)} />
      </div>
      {ordered.length > 0 && (
        <div className="list-controls">
          <div className="control">
            <label htmlFor={ids.group}>Group by</label>
            <select id={ids.group} value={view.grouping} onChange={(event) => setGrouping(viewKey, event.target.value as Grouping)}>
              {groupingChoices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label htmlFor={ids.status}>Show</label>
            <select id={ids.status} value={view.filter.status} onChange={(event) => setFilter(viewKey, { status: event.target.value as QuestionStatus | 'all' })}>
              <option value="all">All statuses</option>
              {QUESTION_STATUSES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label htmlFor={ids.lead}>Asked by</label>
            <select id={ids.lead} value={view.filter.leadMember} onChange={(event) => setFilter(viewKey, { leadMember: event.target.value })}>
              <option value="all">Any member</option>
              {choices.leadMembers.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label htmlFor={ids.addressee}>Addressed to</label>
            <select id={ids.addressee} value={view.filter.addressee} onChange={(event) => setFilter(viewKey, { addressee: event.target.value })}>
              <option value="all">Anyone</option>
              {choices.addressees.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <p id={helpId} className="visually-hidden">
        Up and down arrows go from question to question; Tab reaches its buttons; Enter edits it. To move a question, press Alt with the up or
        down arrow, use Move up and Move down, or drag it.
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {loading ? (
        <p className="hint">Loading…</p>
      ) : ordered.length === 0 ? (
        <p className="empty-hint">
          No questions yet. Use “Add question”, or select text in the pack first to quote it.
        </p>
      ) : visible.length === 0 ? (
        <p className="empty-hint">No question matches these filters.</p>
      ) : (
        groups.map((group, groupIndex) => (
          <div key={group.key} className="question-group" role={group.heading ? 'group' : undefined} aria-label={group.heading ?? undefined}>
            {group.heading && <h3 className="group-title">{group.heading}</h3>}
            <ol className="question-list" aria-label={group.heading ? `Running order: ${group.heading}` : 'Running order'}>
              {group.questions.map((q) => (
                <QuestionRow
                  key={q.id}
                  question={q}
                  number={numbers.get(q.id) ?? 0}
                  addressee={addresseeOf(q, witnesses)}
                  belongsTo={belongsTo(q)}
                  lifted={lifted?.id === q.id}
                  active={visible.some((v) => v.id === activeId) ? q.id === activeId : groupIndex === 0 && q.id === group.questions[0]?.id}
                  dropPosition={dropTarget?.id === q.id ? dropTarget.position : null}
                  handlers={handlers}
                  helpId={helpId}
                  exempt={exemptScope ? isQuestionExempt(exemptScope, q, list?.meetingId ?? meetingId ?? null) : false}
                />
              ))}
            </ol>
          </div>
        ))
      )}
      {list && ordered.length > 0 && (
        <div className="panel-footer">
          <button type="button" className="danger-outline" onClick={() => void removeList()}>
            Delete list
          </button>
        </div>
      )}
      {exporting && list && <ExportDialog list={list} grouping={view.grouping} onClose={() => setExporting(false)} />}
    </section>
  );
}
