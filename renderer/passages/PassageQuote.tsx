// A passage a question or note points at: where it is and what it says, with a way back.
import type { PassageLink } from '../../shared/questions/types';
import { passagePlace } from './place';
import { openPassage } from './openPassage';
import { isPassageExempt } from '../../shared/exempt';
import { useExemptScope } from '../library/exemptScope';

export function PassageQuote({ passage, onRemove, removeLabel }: { passage: PassageLink; onRemove?(): void; removeLabel?: string }) {
  const scope = useExemptScope();
  return (
    <figure className="passage">
      <blockquote>{passage.quote}</blockquote>
      <figcaption>
        <span>{passagePlace(passage)}</span>
        {scope && isPassageExempt(scope, passage) && <span className="exempt-badge">Exempt</span>}
        {passage.review && (
          <strong className="passage-review">
            Needs review: {passage.review.reason === 'context-changed' ? 'its words are in other text' : 'not found'} in the revised version
          </strong>
        )}
        {passage.detached ? (
          <span>“{passage.documentTitle}” was removed from the library</span>
        ) : (
          <button type="button" className="link-button" onClick={() => void openPassage(passage)}>
            Open in the pack
          </button>
        )}
        {onRemove && (
          <button type="button" className="link-button" onClick={onRemove}>
            {removeLabel ?? 'Remove passage'}
          </button>
        )}
      </figcaption>
    </figure>
  );
}
