// Annotations whose text was removed or changed beyond recognition in a revised version:
// never dropped, shown with their old quote to be placed again or dismissed.
import type { Annotation } from '../../shared/annotations';
import { deleteAnnotation } from './annotationManager';
import { describe } from './annotationsData';

export function NeedsReview({ annotations, onPlace }: { annotations: Annotation[]; onPlace(annotation: Annotation): void }) {
  return (
    <section className="needs-review" aria-label="Needs review">
      <h3>Needs review ({annotations.length})</h3>
      <p className="hint">Their text changed or was removed in this version. Select the right text on a page and choose “Place on selection”, or dismiss them.</p>
      <ul aria-label="Annotations needing review">
        {annotations.map((annotation) => (
          <li key={annotation.id} className="review-entry">
            <span className="entry-meta">
              {describe(annotation)} · was on PDF page {annotation.review!.oldPage}
            </span>
            <blockquote>{annotation.review!.oldQuote || annotation.comment || '(no text)'}</blockquote>
            {annotation.comment && <span className="entry-comment">{annotation.comment}</span>}
            <div className="review-actions">
              <button type="button" onClick={() => onPlace(annotation)}>
                Place on selection
              </button>
              <button type="button" onClick={() => void deleteAnnotation(annotation.id)}>
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
