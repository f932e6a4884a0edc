// "Is this a revised version?": asked when a new document has the title of one already in its meeting, and asked again after a restart if it was left unanswered.
import { useConfirm } from '../common/confirm';
import { useNotices } from '../common/notices';
import { findRevisionCandidate, markAsRevision } from './filing';
import { formatDateTime } from './format';
import { documentsAwaitingRevisionAnswer, getDocument, setRevisionQuestion } from './libraryData';
import { followRevision } from './revisions';

/** Asks whether the document revises one already in its meeting, and if so makes it current and carries the user's work over. */
export async function offerRevision(documentId: string): Promise<void> {
  const { add: notify } = useNotices.getState();
  const document = await getDocument(documentId);
  const previous = document ? await findRevisionCandidate(documentId) : undefined;
  if (!document || !previous) {
    if (document?.revisionQuestion) await setRevisionQuestion(documentId, false);
    return;
  }
  // Written before asking: if the app closes with the question open, it is asked at the next start.
  await setRevisionQuestion(documentId, true);
  const revised = await useConfirm.getState().ask({
    title: 'Is this a revised version?',
    message: `“${document.title}” is already in this meeting (imported ${formatDateTime(previous.importedAt)}, version ${previous.version}). Treat the new file as a revised version of it? Both versions are kept; the new one becomes current.`,
    yes: 'Yes, a revised version',
    no: 'No, a separate document',
  });
  await setRevisionQuestion(documentId, false);
  if (!revised) return;
  await markAsRevision(documentId, previous.id);
  notify('info', `“${document.title}” is now the current version; the earlier version is kept.`);
  const { messages, failures } = await followRevision(previous.id, documentId);
  for (const message of messages) notify('info', message);
  for (const { name, error } of failures) {
    notify('error', `The ${name} of the earlier version could not be carried over (they are kept on it): ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Asks again, one at a time, every revision question left unanswered when the app last closed. */
export async function askUnansweredRevisionQuestions(): Promise<void> {
  for (const document of await documentsAwaitingRevisionAnswer()) await offerRevision(document.id);
}
