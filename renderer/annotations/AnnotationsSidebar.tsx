// The annotations sidebar: every annotation of the document in reading order, filters,
// the editor for the chosen one, those needing review after a revision, and exports.
import { useMemo, type ReactNode } from 'react';
import type { Annotation, AnnotationKind } from '../../shared/annotations';
import { describe } from './annotationsData';
import { useAnnotationView } from './annotationView';
import { AnnotationEditor } from './AnnotationEditor';
import { NeedsReview } from './NeedsReview';
import { ColourMeanings } from './ColourMeanings';
import { colourLabel, type PaletteColour } from './palette';
import { SelectField } from '../common/SelectField';

interface Props {
  annotations: Annotation[];
  palette: PaletteColour[];
  placeOf(page: number): string;
  /** On an exempt page (Schedule 12A): shown with an "Exempt" marking. */
  isExempt?(annotation: Annotation): boolean;
  onGoTo(annotation: Annotation): void;
  /** Export buttons and other actions, rendered at the top. */
  actions: ReactNode;
  onPlace(annotation: Annotation): void;
  /** More sections at the foot (annotations left in the PDF by other readers). */
  children?: ReactNode;
  annotationActions?: (annotation: Annotation) => ReactNode;
}

const KINDS: AnnotationKind[] = ['highlight', 'underline', 'strikeout', 'note', 'ink', 'textbox'];

function entryText(annotation: Annotation): string {
  return annotation.quote?.exact || annotation.text || annotation.comment || (annotation.kind === 'ink' ? 'Drawing' : 'Note');
}

export function AnnotationsSidebar({ annotations, palette, placeOf, isExempt, onGoTo, actions, onPlace, children, annotationActions }: Props) {
  const selectedId = useAnnotationView((state) => state.selectedId);
  const filters = useAnnotationView((state) => state.filters);
  const setFilters = useAnnotationView((state) => state.setFilters);
  const select = useAnnotationView((state) => state.select);

  const placed = useMemo(() => annotations.filter((annotation) => !annotation.review), [annotations]);
  const needsReview = useMemo(() => annotations.filter((annotation) => annotation.review), [annotations]);
  const tags = useMemo(() => [...new Set(placed.flatMap((annotation) => annotation.tags))].sort(), [placed]);
  const shown = useMemo(
    () =>
      placed.filter(
        (annotation) =>
          (!filters.colour || annotation.colour === filters.colour) &&
          (!filters.tag || annotation.tags.includes(filters.tag)) &&
          (!filters.kind || annotation.kind === filters.kind),
      ),
    [placed, filters],
  );
  const selected = annotations.find((annotation) => annotation.id === selectedId);

  return (
    <aside className="annotations-sidebar" aria-label="Annotations">
      <div className="sidebar-heading">
        <h2>Annotations</h2>
        <span className="hint">{placed.length === shown.length ? placed.length : `${shown.length} of ${placed.length}`}</span>
      </div>
      <div className="sidebar-actions">{actions}</div>
      <ColourMeanings palette={palette} />
      {selected && !selected.review && <AnnotationEditor key={selected.id} annotation={selected} palette={palette} place={placeOf(selected.page)} actions={annotationActions?.(selected)} />}
      <div className="filters" role="group" aria-label="Filter annotations">
        <SelectField
          layout="inline"
          label="Colour"
          value={filters.colour ?? ''}
          empty="All colours"
          options={palette.map((entry) => ({ value: entry.colour, label: colourLabel(palette, entry.colour) }))}
          onChange={(value) => setFilters({ colour: value || null })}
        />
        <SelectField layout="inline" label="Tag" value={filters.tag ?? ''} empty="All tags" options={tags.map((tag) => ({ value: tag, label: tag }))} onChange={(value) => setFilters({ tag: value || null })} />
        <SelectField
          layout="inline"
          label="Kind"
          value={filters.kind ?? ''}
          empty="All kinds"
          options={KINDS.map((kind) => ({ value: kind, label: describe({ kind }) }))}
          onChange={(value) => setFilters({ kind: (value || null) as AnnotationKind | null })}
        />
      </div>
      {placed.length === 0 ? (
        <p className="hint">Select text on a page to highlight, underline or strike it through, or to add a note.</p>
      ) : (
        <ul className="annotation-list" aria-label="Annotations in reading order">
          {shown.map((annotation) => (
            <li key={annotation.id}>
              <button
                type="button"
                className={`annotation-entry${annotation.id === selectedId ? ' selected' : ''}`}
                aria-current={annotation.id === selectedId ? 'true' : undefined}
                onClick={() => {
                  select(annotation.id, true);
                  onGoTo(annotation);
                }}
              >
                <span className="entry-meta">
                  <span className="swatch" style={{ background: annotation.colour }} aria-hidden="true" />
                  {placeOf(annotation.page)} · {describe(annotation)}
                  {isExempt?.(annotation) && <span className="exempt-badge">Exempt</span>}
                </span>
                <span className="entry-quote">{entryText(annotation)}</span>
                {annotation.comment && annotation.comment !== entryText(annotation) && <span className="entry-comment">{annotation.comment}</span>}
                {annotation.tags.length > 0 && <span className="entry-tags">{annotation.tags.map((tag) => `#${tag}`).join(' ')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {needsReview.length > 0 && <NeedsReview annotations={needsReview} onPlace={onPlace} />}
      {children}
    </aside>
  );
}
