// One question in a list: its number in the running order, text, who it is for, the lead
// member, status and priority, and the ways to move it (keyboard, buttons, drag and drop).
import { memo, type DragEvent, type KeyboardEvent } from 'react';
import { priorityLabel, statusLabel, type Question } from '../../shared/questions/types';

export interface RowHandlers {
  /** The row (or a button in it) has focus: it becomes the list's one tab stop. */
  activate(id: string): void;
  edit(id: string): void;
  step(id: string, step: -1 | 1): void;
  /** Keyboard "pick up" on the drag handle: arrows move, Space or Enter drops, Escape cancels. */
  lift(id: string): void;
  drop(id: string): void;
  cancelLift(id: string): void;
  dragStart(id: string, event: DragEvent): void;
  dragOver(id: string, event: DragEvent): void;
  dragEnd(): void;
  dropOn(id: string, event: DragEvent): void;
  /** Focus left the drag handle: a lifted question is dropped where it is (unless it is being moved). */
  handleBlur(id: string): void;
}

interface Props {
  question: Question;
  number: number;
  addressee: string;
  belongsTo: string;
  lifted: boolean;
  /** The list's one tab stop: only this row and its buttons are in the tab order. */
  active: boolean;
  dropPosition: 'before' | 'after' | null;
  handlers: RowHandlers;
  /** The id of the text that explains how to move questions. */
  helpId: string;
  /** From exempt papers (Schedule 12A): marked "Exempt". */
  exempt?: boolean;
}

const isEditable = (target: EventTarget) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Moves focus to another row of the same panel: by one (arrows) or to the first or last. */
function focusRow(from: HTMLElement, where: 'previous' | 'next' | 'first' | 'last'): boolean {
  const rows = [...(from.closest('section') ?? document).querySelectorAll<HTMLElement>('li.question-row')];
  const index = rows.indexOf(from);
  const target = where === 'first' ? rows[0] : where === 'last' ? rows[rows.length - 1] : rows[index + (where === 'next' ? 1 : -1)];
  if (!target || target === from) return false;
  target.focus();
  return true;
}

const ROW_KEYS: Record<string, 'previous' | 'next' | 'first' | 'last'> = { ArrowUp: 'previous', ArrowDown: 'next', Home: 'first', End: 'last' };

function QuestionRowImpl({ question, number, addressee, belongsTo, lifted, active, dropPosition, handlers, helpId, exempt = false }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (isEditable(event.target)) return;
    const modifier = event.altKey || event.ctrlKey || event.metaKey;
    if (modifier && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      handlers.step(question.id, event.key === 'ArrowUp' ? -1 : 1);
    } else if (!modifier && ROW_KEYS[event.key] && event.target === event.currentTarget) {
      event.preventDefault();
      focusRow(event.currentTarget, ROW_KEYS[event.key]!);
    } else if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      handlers.edit(question.id);
    }
  };

  const onHandleKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (!lifted && (event.key === ' ' || event.key === 'Enter')) {
      event.preventDefault();
      event.stopPropagation();
      handlers.lift(question.id);
    } else if (lifted) {
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        event.stopPropagation();
        handlers.step(question.id, event.key === 'ArrowUp' ? -1 : 1);
      } else if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        event.stopPropagation();
        handlers.drop(question.id);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        handlers.cancelLift(question.id);
      }
    }
  };

  const classes = ['question-row', `status-${question.status}`, lifted ? 'lifted' : '', dropPosition ? `drop-${dropPosition}` : ''].filter(Boolean).join(' ');
  return (
    <li
      className={classes}
      data-question-id={question.id}
      tabIndex={active ? 0 : -1}
      aria-describedby={helpId}
      onFocus={() => !active && handlers.activate(question.id)}
      draggable
      onKeyDown={onKeyDown}
      onDragStart={(event) => handlers.dragStart(question.id, event)}
      onDragOver={(event) => handlers.dragOver(question.id, event)}
      onDragEnd={handlers.dragEnd}
      onDrop={(event) => handlers.dropOn(question.id, event)}
    >
      <span className="q-number" aria-hidden="true">
        {number}.
      </span>
      <div className="q-body">
        <p className="q-text">
          <span className="visually-hidden">Question {number}: </span>
          {question.text}
        </p>
        <p className="q-meta">
          {addressee && (
            <span>
              <span className="q-label">For</span> {addressee}
            </span>
          )}
          <span>
            <span className="q-label">Lead</span> {question.leadMember || '—'}
          </span>
          {belongsTo && <span className="q-item">{belongsTo}</span>}
        </p>
        <p className="q-badges">
          <span className={`badge status-badge status-${question.status}`}>{statusLabel(question.status)}</span>
          {question.priority !== 'medium' && <span className={`badge priority-${question.priority}`}>{priorityLabel(question.priority)} priority</span>}
          {exempt && <span className="exempt-badge">Exempt</span>}
          {question.passages.length > 0 && <span className="badge quiet">{question.passages.length === 1 ? '1 passage' : `${question.passages.length} passages`}</span>}
        </p>
        {question.answer && (
          <p className="q-answer">
            <span className="q-label">Answer</span> {question.answer}
          </p>
        )}
        {question.followUp && (
          <p className="q-answer">
            <span className="q-label">Follow-up</span> {question.followUp}
          </p>
        )}
      </div>
      <div className="q-actions">
        <button type="button" data-action="edit" tabIndex={active ? 0 : -1} onClick={() => handlers.edit(question.id)}>
          Edit
        </button>
        <button type="button" data-action="up" tabIndex={active ? 0 : -1} aria-label="Move up" title="Move up (Alt+↑)" onClick={() => handlers.step(question.id, -1)}>
          ↑
        </button>
        <button type="button" data-action="down" tabIndex={active ? 0 : -1} aria-label="Move down" title="Move down (Alt+↓)" onClick={() => handlers.step(question.id, 1)}>
          ↓
        </button>
        <button
          type="button"
          data-action="handle" tabIndex={active ? 0 : -1}
          className="drag-handle"
          aria-label="Reorder"
          aria-pressed={lifted}
          title="Drag, or press Space and use the arrow keys"
          onKeyDown={onHandleKeyDown}
          onBlur={() => lifted && handlers.handleBlur(question.id)}
        >
          ⠿
        </button>
      </div>
    </li>
  );
}

export const QuestionRow = memo(QuestionRowImpl);
