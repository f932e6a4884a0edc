// Opening the question form: for a new question (from the Questions region, or from a
// passage of a pack: a text selection or an annotation), or to edit one. View state
// only; the form reads and writes questions through questionsData.
import { create } from 'zustand';
import type { PassageLink } from '../../shared/questions/types';
import type { QuestionInput } from './questionsData';

export type QuestionFormRequest =
  | {
      mode: 'new';
      /** The list to add to; when absent, the meeting's list (made on saving if it has none). */
      listId?: string;
      meetingId: string | null;
      passage?: PassageLink;
      defaults?: Partial<QuestionInput>;
    }
  | { mode: 'edit'; questionId: string };

interface QuestionFormState {
  request: QuestionFormRequest | null;
  /** Where focus goes back to when the form closes. */
  returnFocus: HTMLElement | null;
  /** `returnFocus`: where focus goes back to, when not where it is now (an opener about to go away). */
  open(request: QuestionFormRequest, returnFocus?: HTMLElement | null): void;
  close(): void;
}

export const useQuestionForm = create<QuestionFormState>()((set, get) => ({
  request: null,
  returnFocus: null,
  open: (request, returnFocus) => set({ request, returnFocus: returnFocus ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null) }),
  close: () => {
    const { returnFocus } = get();
    set({ request: null, returnFocus: null });
    if (returnFocus?.isConnected) requestAnimationFrame(() => returnFocus.focus());
  },
}));

/**
 * Opens the question form pre-filled with a passage of a pack (its quote becomes the
 * draft question and its agenda item the question's item), for the meeting's list. The
 * reader's selection toolbar and annotation sidebar call this.
 */
export function startQuestionFromPassage(passage: PassageLink, meetingId: string | null, returnFocus?: HTMLElement | null): void {
  useQuestionForm.getState().open({ mode: 'new', meetingId, passage }, returnFocus);
}

/** Opens the form for a new question in a list (or the meeting's list). */
export function startNewQuestion(options: { meetingId: string | null; listId?: string; passage?: PassageLink; defaults?: Partial<QuestionInput> }): void {
  useQuestionForm.getState().open({ mode: 'new', ...options });
}

export function editQuestion(questionId: string): void {
  useQuestionForm.getState().open({ mode: 'edit', questionId });
}
