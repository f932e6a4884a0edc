// Deleted annotations, notes, questions, question lists and reviews are kept a week for
// "Undo", then removed (undo/purge.ts): once per session.
import { annotationOwner } from '../annotations/annotationsData';
import { noteOwner } from '../notes/notesData';
import { inquiryWithListsOwner } from '../questions/inquiryLists';
import { questionListOwner, questionOwner } from '../questions/questionsData';
import { purgeExpired } from '../undo/purge';

/** Every owner of deletable rows: a kind missing here would never be purged. */
export const DELETABLE = [annotationOwner, noteOwner, questionOwner, questionListOwner, inquiryWithListsOwner] as const;

let done = false;

export function purgeExpiredOnce(): void {
  if (done) return;
  done = true;
  // The catch re-arms the purge for a later try; nothing waits for it.
  void purgeExpired(DELETABLE).catch(() => {
    // Housekeeping only: try again next session.
    done = false;
  });
}
