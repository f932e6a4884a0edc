// Annotations another PDF reader left inside the file: pdf.js already draws them on the
// page; here the user can adopt them as their own (to edit, list, carry over, export).
import type { ImportedAnnotationDraft } from '../../shared/annotations/pdfImport';
import { ANNOTATION_KIND_LABELS, type Annotation } from '../../shared/annotations';

interface Props {
  drafts: ImportedAnnotationDraft[];
  unsupported: number;
  adopted: Annotation[];
  placeOf(page: number): string;
  onAdopt(drafts: ImportedAnnotationDraft[]): void;
}


export function EmbeddedAnnotations({ drafts, unsupported, adopted, placeOf, onAdopt }: Props) {
  const taken = new Set(adopted.map((annotation) => annotation.importedRef).filter(Boolean));
  const open = drafts.filter((draft) => !draft.importedRef || !taken.has(draft.importedRef));
  if (open.length === 0 && unsupported === 0) return null;
  return (
    <section className="embedded" aria-label="Annotations in this PDF">
      <h3>In this PDF ({open.length})</h3>
      <p className="hint">
        Left by another PDF reader{unsupported > 0 ? `; ${unsupported} more (shapes, stamps) are shown on the page only` : ''}. Adopt them to edit, list and export them as yours.
      </p>
      {open.length > 1 && (
        <button type="button" onClick={() => onAdopt(open)}>
          Adopt all
        </button>
      )}
      <ul aria-label="Annotations left by another reader">
        {open.map((draft, index) => (
          <li key={draft.importedRef ?? index} className="review-entry">
            <span className="entry-meta">
              <span className="swatch" style={{ background: draft.colour }} aria-hidden="true" />
              {ANNOTATION_KIND_LABELS[draft.kind]} · {placeOf(draft.page)}
              {draft.author ? ` · ${draft.author}` : ''}
            </span>
            {(draft.comment || draft.text) && <span className="entry-comment">{draft.text || draft.comment}</span>}
            <div className="review-actions">
              <button type="button" onClick={() => onAdopt([draft])}>
                Adopt {ANNOTATION_KIND_LABELS[draft.kind].toLowerCase()} on {placeOf(draft.page)}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
