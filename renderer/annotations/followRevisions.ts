// Annotations follow a revised pack: registered with the library, which calls it when the
// user says a new file is a revised version of one already there.
import { followRevisions } from '../library/revisions';
import { carryOverAnnotations } from './annotationManager';

export function registerAnnotationFollower(): void {
  followRevisions('annotations', async (previousId, nextId) => {
    const summary = await carryOverAnnotations(previousId, nextId);
    return summary
      ? `Annotations carried over to the new version: ${summary.moved} moved, ${summary.stayed} stayed where they were, ${summary.needsReview} need review.`
      : null;
  });
}
