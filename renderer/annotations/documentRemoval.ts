// Annotations when their document is removed from the library: registered with the library
// (library/documentDependents.ts), which asks the user to keep them detached or delete them.
import { registerDocumentDependent } from '../library/documentDependents';
import { countAnnotationsOf, deleteAnnotationsOf, detachAnnotationsOf } from './annotationsData';

export function registerAnnotationDependent(): void {
  registerDocumentDependent({
    name: 'annotations',
    tables: ['annotations'],
    count: countAnnotationsOf,
    describe: (count) => (count === 1 ? '1 annotation' : `${count} annotations`),
    detach: (document) => detachAnnotationsOf(document.id, { title: document.title, fileName: document.fileName, hash: document.hash, at: Date.now() }),
    remove: (document) => deleteAnnotationsOf(document.id),
  });
}
