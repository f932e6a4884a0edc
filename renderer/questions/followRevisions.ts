// Question passages follow a revised pack: registered with the library, which calls it when the user says a new file is a revised version.
import { followRevisions } from '../library/revisions';
import { carryPassages, describeTally, passageVersions, type PassageTally } from '../passages/followPassages';
import { questionsQuoting, replaceQuestionPassages } from './questionsData';

export function registerQuestionFollower(): void {
  followRevisions('question passages', async (previousId, nextId) => {
    const questions = await questionsQuoting(previousId);
    if (questions.length === 0) return null;
    const versions = await passageVersions(previousId, nextId);
    if (!versions) return null;
    const tally: PassageTally = { moved: 0, needsReview: 0 };
    for (const question of questions) {
      const passages = carryPassages(question.passages, previousId, versions, tally);
      if (passages) await replaceQuestionPassages(question.id, passages);
    }
    return describeTally('Question passages', tally);
  });
}
