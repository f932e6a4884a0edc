// Annotations in Dexie, the one module that touches the table: reading a document's
// annotations in reading order (deleted ones left out), the text their quotes point
// into, and the raw writes that only annotationManager.ts uses.
import { useLiveQuery } from 'dexie-react-hooks';
import { annotationKindWord, documentTextFromRows, type Annotation, type DocumentText } from '../../shared/annotations';
import type { DetachedFrom } from '../../shared/annotations/types';
import { db } from '../db/database';
import { backupRows } from '../db/backupRows';
import { getDocument } from '../library/libraryData';
import { allPageTexts } from '../meetings/pageTextsData';
import { tableOwner } from '../undo/owners';


export function describe(annotation: Pick<Annotation, 'kind'>): string {
  return annotationKindWord(annotation.kind);
}

const live = (annotation: Annotation) => annotation.deletedAt === null || annotation.deletedAt === undefined;

/** A document's annotations in reading order, without the deleted ones. */
export function listAnnotations(documentId: string): Promise<Annotation[]> {
  return db.annotations.where('[documentId+sortKey]').between([documentId, ''], [documentId, '\uffff']).filter(live).toArray();
}

/** Every live annotation on the device, for the search index. */
export function allAnnotations(): Promise<Annotation[]> {
  return db.annotations.filter(live).toArray();
}

/** A document's annotations in reading order; undefined while loading. */
export function useAnnotations(documentId: string): Annotation[] | undefined {
  return useLiveQuery(() => listAnnotations(documentId), [documentId]);
}

/** The document text quotes point into, built from the stored page lines. */
export async function documentText(hash: string, pageCount: number): Promise<DocumentText | null> {
  const rows = await allPageTexts(hash);
  return rows.length === 0 ? null : documentTextFromRows(rows, pageCount);
}

export function useDocumentText(hash: string | undefined, pageCount: number): DocumentText | null | undefined {
  return useLiveQuery(async () => (hash ? documentText(hash, pageCount) : undefined), [hash, pageCount]);
}

/** A document's stored text, read now (for a reader whose copy has not arrived yet); null before its pages are read. */
export async function documentTextOf(documentId: string): Promise<DocumentText | null> {
  const stored = await getDocument(documentId);
  return stored ? documentText(stored.hash, stored.pageCount) : null;
}

/** The text of two versions of a document, for carrying annotations from one to the other; null when either is gone. */
export async function versionTexts(previousId: string, nextId: string): Promise<{ oldDoc: DocumentText | null; newDoc: DocumentText | null } | null> {
  const [previous, next] = await Promise.all([getDocument(previousId), getDocument(nextId)]);
  if (!previous || !next) return null;
  const [oldDoc, newDoc] = await Promise.all([documentText(previous.hash, previous.pageCount), documentText(next.hash, next.pageCount)]);
  return { oldDoc, newDoc };
}

const ofDocument = (documentId: string) => db.annotations.where('[documentId+sortKey]').between([documentId, ''], [documentId, '\uffff']);

/** How many live annotations a document has, for the question asked when it is removed. */
export function countAnnotationsOf(documentId: string): Promise<number> {
  return ofDocument(documentId).filter(live).count();
}

/** Keeps a removed document's annotations, marked with where they were (deleted ones are purged as usual). */
export async function detachAnnotationsOf(documentId: string, from: DetachedFrom): Promise<void> {
  await ofDocument(documentId).modify((annotation) => {
    annotation.detachedFrom = from;
    annotation.modifiedAt = from.at;
  });
}

/** Deletes every annotation of a removed document for good, as the user asked. */
export async function deleteAnnotationsOf(documentId: string): Promise<void> {
  await ofDocument(documentId).delete();
}

/** Deleted annotations are kept for "Undo" until purged; the deletedAt index holds only them. */
export const annotationOwner = tableOwner('annotation', db.annotations, {
  purge: (cutoff) => db.annotations.where('deletedAt').belowOrEqual(cutoff).delete(),
});

/**
 * Writes without checks, ids or timestamps: for annotationManager.ts only, which gives
 * every annotation those and is the one way annotations change.
 */
export const annotationRows = {
  get: (id: string) => db.annotations.get(id),
  getMany: (ids: string[]) => db.annotations.bulkGet(ids),
  add: async (rows: Annotation[]) => void (await db.annotations.bulkAdd(rows)),
  put: async (rows: Annotation[]) => void (await db.annotations.bulkPut(rows)),
  /** Taking back an addition: the row was never anything but new. */
  remove: (ids: string[]) => db.annotations.bulkDelete(ids),
};

/** Every annotation and bulk writes, for backup and restore only (renderer/backup). */
export const annotationBackupRows = backupRows(db.annotations);
