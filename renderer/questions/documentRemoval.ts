// Questions' passages when their document is removed from the library: registered with the
// library (library/documentDependents.ts), which asks the user to keep them detached (the
// quoted text stays, with no pack to open) or delete them. The questions themselves stay.
import { registerDocumentDependent } from '../library/documentDependents';
import { countPassagesOf, deletePassagesOf, detachPassagesOf } from './questionsData';

export function registerQuestionPassageDependent(): void {
  registerDocumentDependent({
    name: 'question passages',
    tables: ['questions'],
    count: countPassagesOf,
    describe: (count) => (count === 1 ? '1 passage quoted in your questions' : `${count} passages quoted in your questions`),
    detach: (document) => detachPassagesOf(document.id),
    remove: (document) => deletePassagesOf(document.id),
  });
}
