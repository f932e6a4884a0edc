// Notes' quotes when the document they quote is removed from the library: registered with
// the library (library/documentDependents.ts), which asks the user to keep them detached
// (the quoted text stays, with no pack to open) or delete them (quote and passage go).
import { registerDocumentDependent } from '../library/documentDependents';
import { countQuotesOf, deleteQuotesOf, detachQuotesOf } from './notesData';

export function registerNoteQuoteDependent(): void {
  registerDocumentDependent({
    name: 'note quotes',
    tables: ['notes'],
    count: countQuotesOf,
    describe: (count) => (count === 1 ? '1 quote in your notes' : `${count} quotes in your notes`),
    detach: (document) => detachQuotesOf(document.id),
    remove: (document) => deleteQuotesOf(document.id),
  });
}
