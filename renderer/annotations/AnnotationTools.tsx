// The reader toolbar's annotation tools: Ink and Text box, Undo and Redo (also Ctrl+Z and
// Ctrl+Shift+Z or Ctrl+Y when not typing).
import { useEffect, type MouseEvent } from 'react';
import { useNotices } from '../common/notices';
import { useHistory } from './history';
import { useAnnotationView, type Tool } from './annotationView';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function AnnotationTools({ onKeyboardTextBox }: { onKeyboardTextBox(): void }) {
  const tool = useAnnotationView((state) => state.tool);
  const setTool = useAnnotationView((state) => state.setTool);
  const canUndo = useHistory((state) => state.past.length > 0);
  const canRedo = useHistory((state) => state.future.length > 0);
  const notify = useNotices((state) => state.add);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || key === 'y';
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      void (redo ? useHistory.getState().redo() : useHistory.getState().undo()).then((label) => label && notify('info', `${redo ? 'Redone' : 'Undone'}: ${label}.`));
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
  }, [notify, setTool]);

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
      <button type="button" aria-pressed={tool === 'ink'} title="Draw on the page (Esc to stop)" onClick={toggle('ink')}>
        Ink
      </button>
      <button type="button" aria-pressed={tool === 'textbox'} title="Click on the page to add a text box" onClick={toggle('textbox')}>
        Text box
      </button>
      <button type="button" disabled={!canUndo} title="Undo (Ctrl+Z)" onClick={() => void useHistory.getState().undo()}>
        Undo
      </button>
      <button type="button" disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" onClick={() => void useHistory.getState().redo()}>
        Redo
      </button>
    </div>
  );
}
