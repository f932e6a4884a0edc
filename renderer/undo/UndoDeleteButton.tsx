// "Undo delete note" (or question, or list) in a region, while something deleted there
// can still be brought back: after the notice has gone, and after a reload.
import { undo } from './undoStack';
import { useUndo } from './useUndo';

export function UndoDeleteButton({ scope, onUndone }: { scope: string; onUndone?(label: string): void }) {
  const { undoLabel } = useUndo(scope);
  if (!undoLabel) return null;
  return (
    <button type="button" onClick={() => void undo(scope).then((label) => label && onUndone?.(label))}>
      Undo {undoLabel.charAt(0).toLowerCase() + undoLabel.slice(1)}
    </button>
  );
}
