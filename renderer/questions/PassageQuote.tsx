// A passage a question or note points at: where it is and what it says, with a way back.
import type { PassageLink } from '../../shared/questions/types';
import { passagePlace } from '../notes/notesData';
import { openPassage } from './openPassage';

export function PassageQuote({ passage, onRemove, removeLabel }: { passage: PassageLink; onRemove?(): void; removeLabel?: string }) {
  return (
    <figure className="passage">
      <blockquote>{passage.quote}</blockquote>
      <figcaption>
        <span>{passagePlace(passage)}</span>
        <button type="button" className="link-button" onClick={() => void openPassage(passage)}>
          Open in the pack
        </button>
        {onRemove && (
          <button type="button" className="link-button" onClick={onRemove}>
            {removeLabel ?? 'Remove passage'}
          </button>
        )}
      </figcaption>
    </figure>
  );
}
