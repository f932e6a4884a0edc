// Note quotes follow a revised pack: registered with the library, which calls it when the user says a new file is a revised version.
import { relinkPassage } from '../../shared/notes/markdown';
import { followRevisions } from '../library/revisions';
import { carryPassages, describeTally, passageVersions, type PassageTally } from '../passages/followPassages';
import { passagePlace } from '../passages/place';
import { notesQuoting, replaceNotePassages } from './notesData';

export function registerNoteFollower(): void {
  followRevisions('note quotes', async (previousId, nextId) => {
    const notes = await notesQuoting(previousId);
    if (notes.length === 0) return null;
    const versions = await passageVersions(previousId, nextId);
    if (!versions) return null;
    const tally: PassageTally = { moved: 0, needsReview: 0 };
    for (const note of notes) {
      const passages = carryPassages(note.passages, previousId, versions, tally);
      if (!passages) continue;
      // The place written under each quote in the note ("— page 39") follows too.
      let body = note.body;
      for (const passage of passages) if (!passage.review && passage.documentId === nextId) body = relinkPassage(body, passage.id, passagePlace(passage));
      await replaceNotePassages(note.id, passages, body);
    }
    return describeTally('Note quotes', tally);
  });
}
