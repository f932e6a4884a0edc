// Edits the selected annotation: comment (or a text box's text), colour, tags; delete.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Annotation } from '../../shared/annotations';
import { deleteAnnotation, flushAnnotationSaves, updateAnnotation } from './annotationManager';
import { describe } from './annotationsData';
import { useAnnotationView } from './annotationView';
import type { PaletteColour } from './palette';

const SAVE_DELAY_MS = 250;

/** A text field saved as the user types (within a quarter of a second), and on leaving it. */
function useAutosave(annotation: Annotation, field: 'comment' | 'text', initial: string) {
  const [value, setValue] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);
  const id = annotation.id;
  useEffect(() => {
    // Closing the editor (Done, another annotation) must not lose what was just typed.
    const flush = () => {
      clearTimeout(timer.current);
      if (pending.current === null) return;
      const text = pending.current;
      pending.current = null;
      void updateAnnotation(id, { [field]: text });
    };
    // Leaving the page: written now, not when the batch would have been.
    const leave = () => {
      flush();
      void flushAnnotationSaves();
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      flush();
    };
  }, [id, field]);
  const change = (next: string) => {
    setValue(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (pending.current === null) return;
      const text = pending.current;
      pending.current = null;
      void updateAnnotation(id, { [field]: text });
    }, SAVE_DELAY_MS);
  };
  return [value, change] as const;
}

export function AnnotationEditor({ annotation, palette, place, actions }: { annotation: Annotation; palette: PaletteColour[]; place: string; actions?: ReactNode }) {
  const select = useAnnotationView((state) => state.select);
  const [comment, setComment] = useAutosave(annotation, 'comment', annotation.comment);
  const [text, setText] = useAutosave(annotation, 'text', annotation.text ?? '');
  const [tags, setTags] = useState(annotation.tags.join(', '));

  const saveTags = () => {
    const next = [...new Set(tags.split(',').map((tag) => tag.trim()).filter(Boolean))];
    if (next.join('\u0000') !== annotation.tags.join('\u0000')) void updateAnnotation(annotation.id, { tags: next });
  };

  return (
    <section className="annotation-editor" aria-label={`Edit ${describe(annotation)}`}>
      <div className="editor-heading">
        <strong>
          {describe(annotation).replace(/^./, (c) => c.toUpperCase())} · {place}
        </strong>
        <button type="button" onClick={() => select(null)}>
          Done
        </button>
      </div>
      {annotation.quote && <blockquote>{annotation.quote.exact}</blockquote>}
      {annotation.kind === 'textbox' && (
        <>
          <label htmlFor="annotation-text">Text</label>
          <textarea id="annotation-text" rows={3} value={text} onChange={(event) => setText(event.target.value)} autoFocus={!annotation.text} />
        </>
      )}
      <label htmlFor="annotation-comment">Comment</label>
      <textarea id="annotation-comment" rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />
      <fieldset className="colour-choice">
        <legend>Colour</legend>
        {palette.map((entry) => (
          <button
            key={entry.colour}
            type="button"
            className="swatch-button"
            aria-pressed={annotation.colour === entry.colour}
            onClick={() => void updateAnnotation(annotation.id, { colour: entry.colour, meaning: entry.meaning })}
          >
            <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
            {entry.meaning}
          </button>
        ))}
      </fieldset>
      <label htmlFor="annotation-tags">Tags</label>
      <input id="annotation-tags" type="text" value={tags} placeholder="e.g. budget, safeguarding" onChange={(event) => setTags(event.target.value)} onBlur={saveTags} onKeyDown={(event) => event.key === 'Enter' && saveTags()} />
      <div className="editor-actions">
        {actions}
        <button
          type="button"
          className="danger"
          onClick={() => {
            select(null);
            void deleteAnnotation(annotation.id);
          }}
        >
          Delete {describe(annotation)}
        </button>
      </div>
    </section>
  );
}
