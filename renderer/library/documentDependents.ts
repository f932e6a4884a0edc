// What else points at a document: the layers above the library (annotations, notes' quotes,
// questions' passages) register here, so removing a document can say what it would leave
// behind and keep those things detached or delete them, without the library importing them.
import type { TableName } from '../db/transaction';
import type { StoredDocument } from '../db/types';

/** What the user chose to do with the work pointing at a removed document. */
export type DependentsChoice = 'keep' | 'delete';

export interface DocumentDependent {
  /** Registering the same name again replaces the earlier one. */
  name: string;
  /** The tables detach and remove write: they join the removal's one transaction. */
  tables: TableName[];
  /** How many of the user's things point at the document (deleted ones not counted). */
  count(documentId: string): Promise<number>;
  /** What they are, for the dialog: "3 annotations". */
  describe(count: number): string;
  /** Keeps them, marked as from a document no longer in the library. */
  detach(document: StoredDocument): Promise<void>;
  /** Deletes them for good. */
  remove(document: StoredDocument): Promise<void>;
}

const dependents: DocumentDependent[] = [];

export function registerDocumentDependent(dependent: DocumentDependent): void {
  const existing = dependents.findIndex((entry) => entry.name === dependent.name);
  if (existing >= 0) dependents.splice(existing, 1, dependent);
  else dependents.push(dependent);
}

export function documentDependents(): readonly DocumentDependent[] {
  return dependents;
}

export interface DependentCount {
  name: string;
  count: number;
  description: string;
}

/** What points at a document, by kind; kinds with nothing are left out. */
export async function countDependents(documentId: string): Promise<DependentCount[]> {
  const counts: DependentCount[] = [];
  for (const dependent of dependents) {
    const count = await dependent.count(documentId);
    if (count > 0) counts.push({ name: dependent.name, count, description: dependent.describe(count) });
  }
  return counts;
}
