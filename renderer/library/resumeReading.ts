// At start, reads every document whose text and agenda were not read yet (the app closed while it was being read), one at a time, files it, and asks any revision question left unanswered.
import { rememberedPassword } from '../common/passwordPrompt';
import { useNotices } from '../common/notices';
import { structuresOf } from '../meetings/structuresData';
import { ensureDocumentStructure } from './documentStructure';
import { listDocuments } from './libraryData';
import { askUnansweredRevisionQuestions, offerRevision } from './revisionQuestion';

let started = false;

export async function resumeReading(): Promise<void> {
  if (started) return;
  started = true;
  const documents = await listDocuments();
  const structures = await structuresOf(documents.map((document) => document.hash));
  // Oldest import first, as the user added them; a password-protected file waits to be opened.
  const unread = documents.filter((document, index) => !structures[index] && !(document.encrypted && !rememberedPassword(document.hash))).reverse();
  for (const document of unread) {
    try {
      await ensureDocumentStructure(document.id, rememberedPassword(document.hash));
      await offerRevision(document.id);
    } catch (error) {
      useNotices.getState().add('error', `The agenda of “${document.title}” could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await askUnansweredRevisionQuestions();
}
