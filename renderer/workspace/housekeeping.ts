// Deleted question lists, notes and reviews are kept a week for "Undo", then removed: once per session.
import { purgeDeletedInquiries } from '../inquiries/inquiriesData';
import { purgeDeletedNotes } from '../notes/notesData';
import { PURGE_AFTER_MS, purgeDeletedLists } from '../questions/questionsData';

let done = false;

export function purgeExpiredOnce(): void {
  if (done) return;
  done = true;
  void Promise.all([purgeDeletedLists(PURGE_AFTER_MS), purgeDeletedNotes(PURGE_AFTER_MS), purgeDeletedInquiries(PURGE_AFTER_MS)]).catch(() => {
    // Housekeeping only: try again next session.
    done = false;
  });
}
