// The reader toolbar's annotation tools: Ink and Text box, Undo and Redo (also Ctrl+Z and
// Ctrl+Shift+Z or Ctrl+Y when not typing).
import { INK_COLOURS, INK_WIDTHS, saveAppearance, useAppearance } from '../common/appearance';
import { useEffect, type MouseEvent } from 'react';
import { useNotices } from '../common/notices';
import { redo, undo } from '../undo/undoStack';
import { useUndo } from '../undo/useUndo';
import { annotationScope } from './annotationManager';
import { useAnnotationView, type Tool } from './annotationView';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function AnnotationTools({ onKeyboardTextBox }: { onKeyboardTextBox(): void }) {
  const tool = useAnnotationView((state) => state.tool);
  const setTool = useAnnotationView((state) => state.setTool);
  const documentId = useAnnotationView((state) => state.documentId);
  // The open document's changes, and its deletions from before a reload.
  const scope = documentId ? annotationScope(documentId) : null;
  const { undoLabel, redoLabel } = useUndo(scope);
  const notify = useNotices((state) => state.add);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const again = (key === 'z' && event.shiftKey) || key === 'y';
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      if (!scope) return;
      void (again ? redo(scope) : undo(scope)).then((label) => label && notify('info', `${again ? 'Redone' : 'Undone'}: ${label}.`));
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setTool('select');
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keydown', onEscape);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onEscape);
    };
  }, [notify, setTool, scope]);

  const toggle = (next: Tool) => (event: MouseEvent) => {
    // From the keyboard (no pointer), a text box is placed at once on the current page.
    if (next === 'textbox' && event.detail === 0) {
      onKeyboardTextBox();
      return;
    }
    setTool(tool === next ? 'select' : next);
  };

  return (
    <div className="annotation-tools" role="group" aria-label="Annotate">
      {tool === 'ink' && <InkChoice />}
      <button type="button" aria-pressed={tool === 'ink'} title="Draw on the page (Esc to stop)" onClick={toggle('ink')}>
        Ink
      </button>
      <button type="button" aria-pressed={tool === 'textbox'} title="Click on the page to add a text box" onClick={toggle('textbox')}>
        Text box
      </button>
      <button type="button" disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel.toLowerCase()} (Ctrl+Z)` : 'Undo (Ctrl+Z)'} onClick={() => scope && void undo(scope)}>
        Undo
      </button>
      <button type="button" disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel.toLowerCase()} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'} onClick={() => scope && void redo(scope)}>
        Redo
      </button>
    </div>
  );
}

/** While drawing: the ink's colour and width (remembered with the appearance settings). */
function InkChoice() {
  const { inkColour, inkWidth } = useAppearance();
  // Below the Ink button rather than beside it: the reader's toolbar stays one row while drawing.
  return (
    <div className="ink-choice" role="group" aria-label="Ink">
      <select aria-label="Ink colour" value={inkColour} onChange={(event) => void saveAppearance({ inkColour: event.target.value })}>
        {INK_COLOURS.map((ink) => (
          <option key={ink.colour} value={ink.colour}>
            {ink.name}
          </option>
        ))}
      </select>
      <select aria-label="Ink width" value={inkWidth} onChange={(event) => void saveAppearance({ inkWidth: Number(event.target.value) })}>
        {INK_WIDTHS.map((ink) => (
          <option key={ink.width} value={ink.width}>
            {ink.name}
          </option>
        ))}
      </select>
    </div>
  );
}
