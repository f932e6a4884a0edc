// A passage of the open document (a text selection or an annotation) becomes a question,
// shown in the Questions panel, or a quote in a note, in one step.
import type { Annotation } from '../../shared/annotations';
import type { PageSelection } from '../annotations/SelectionToolbar';
import { useNotices } from '../common/notices';
import { returnTargetOf } from '../common/returnFocus';
import { quotePassageInNote } from '../notes/noteEntry';
import { startQuestionFromPassage } from '../questions/questionEntry';
import { resolvePassage } from '../passages/resolvePassage';
import type { SidePanel } from '../reader/SidePanelSwitch';

export function usePassageActions(documentId: string, meetingId: string | null, showPanel: (panel: SidePanel) => void) {
  const notify = useNotices((state) => state.add);

  const take = async (target: 'question' | 'note', pdfPage: number, quote: string, annotationId?: string) => {
    // Taken before anything moves focus: an opener that goes away with the selection (the
    // selection toolbar) names where focus goes back to, and opening the Questions panel
    // (a drawer when narrow) may move focus before the form opens.
    const { opener, fallbackSelector } = returnTargetOf(document.activeElement);
    const returnFocus = fallbackSelector ? document.querySelector<HTMLElement>(fallbackSelector) : opener;
    try {
      const passage = await resolvePassage({ documentId, pdfPage, quote, ...(annotationId ? { annotationId } : {}) });
      document.getSelection()?.removeAllRanges();
      if (target === 'question') {
        showPanel('questions');
        startQuestionFromPassage(passage, meetingId, returnFocus);
      } else {
        showPanel('notes');
        await quotePassageInNote(passage, meetingId);
      }
    } catch (error) {
      notify('error', `That passage could not be used: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const fromSelection = (target: 'question' | 'note', current: () => PageSelection) => () => {
    const selection = current();
    void take(target, selection.page, selection.quote?.exact ?? selection.text);
  };

  const selectionActions = (current: () => PageSelection) => (
    <>
      <button type="button" onClick={fromSelection('question', current)}>
        Add question
      </button>
      <button type="button" onClick={fromSelection('note', current)}>
        Quote in note
      </button>
    </>
  );

  const annotationActions = (annotation: Annotation) => {
    const quote = annotation.quote?.exact ?? annotation.comment;
    return (
      <>
        <button type="button" onClick={() => void take('question', annotation.page, quote, annotation.id)}>
          Ask about this
        </button>
        <button type="button" onClick={() => void take('note', annotation.page, quote, annotation.id)}>
          Quote in note
        </button>
      </>
    );
  };

  return { selectionActions, annotationActions };
}
