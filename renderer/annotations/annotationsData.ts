// Annotations in Dexie: create, edit and delete with undo, list in reading order, and
// carry them over to a revised version of their document.
import { useLiveQuery } from 'dexie-react-hooks';
import { carryOver, documentTextFromRows, sortKeyOf, type Annotation, type CarryOverSummary, type DocumentText } from '../../shared/annotations';
import { db } from '../db/database';
import { useHistory } from './history';

const KIND_WORD: Record<Annotation['kind'], string> = {
  highlight: 'highlight',
  underline: 'underline',
  strikeout: 'strike-through',
  note: 'note',
  ink: 'drawing',
  textbox: 'text box',
};

export function describe(annotation: Pick<Annotation, 'kind'>): string {
  return KIND_WORD[annotation.kind];
}

/** Stores a new annotation; undo removes it. Resolves once it is in IndexedDB. */
export async function addAnnotation(annotation: Annotation): Promise<void> {
  const row = { ...annotation, sortKey: sortKeyOf(annotation) };
  await db.annotations.add(row);
  useHistory.getState().record({
    label: `Add ${describe(row)}`,
    undo: async () => void (await db.annotations.delete(row.id)),
    redo: async () => void (await db.annotations.put(row)),
  });
}

/** Changes some fields of an annotation; undo restores the previous values. */
export async function updateAnnotation(id: string, changes: Partial<Omit<Annotation, 'id' | 'documentId'>>, options: { record?: boolean } = {}): Promise<void> {
  const before = await db.annotations.get(id);
  if (!before) return;
  const after: Annotation = { ...before, ...changes, modifiedAt: Date.now() };
  after.sortKey = sortKeyOf(after);
  await db.annotations.put(after);
  if (options.record === false) return;
  useHistory.getState().record({
    label: `Edit ${describe(before)}`,
    undo: async () => void (await db.annotations.put(before)),
    redo: async () => void (await db.annotations.put(after)),
  });
}

export async function deleteAnnotation(id: string): Promise<void> {
  const before = await db.annotations.get(id);
  if (!before) return;
  await db.annotations.delete(id);
  useHistory.getState().record({
    label: `Delete ${describe(before)}`,
    undo: async () => void (await db.annotations.put(before)),
    redo: async () => void (await db.annotations.delete(id)),
  });
}

export function listAnnotations(documentId: string): Promise<Annotation[]> {
  return db.annotations.where('[documentId+sortKey]').between([documentId, ''], [documentId, '\uffff']).toArray();
}

/** A document's annotations in reading order; undefined while loading. */
export function useAnnotations(documentId: string): Annotation[] | undefined {
  return useLiveQuery(() => listAnnotations(documentId), [documentId]);
}

/** The document text quotes point into, built from the stored page lines. */
export async function documentText(hash: string, pageCount: number): Promise<DocumentText | null> {
  const rows = await db.pageTexts.where('hash').equals(hash).toArray();
  return rows.length === 0 ? null : documentTextFromRows(rows, pageCount);
}

export function useDocumentText(hash: string | undefined, pageCount: number): DocumentText | null | undefined {
  return useLiveQuery(async () => (hash ? documentText(hash, pageCount) : undefined), [hash, pageCount]);
}

/**
 * Copies every annotation of the earlier version onto the new one, re-anchored by its
 * quote. None is dropped: those whose text is gone are kept with a review state for the
 * "Needs review" list. The earlier version keeps its own annotations untouched.
 */
export async function carryOverAnnotations(previousId: string, nextId: string): Promise<CarryOverSummary | null> {
  const [previous, next] = await Promise.all([db.documents.get(previousId), db.documents.get(nextId)]);
  if (!previous || !next) return null;
  const annotations = await listAnnotations(previousId);
  if (annotations.length === 0) return null;
  const [oldDoc, newDoc] = await Promise.all([documentText(previous.hash, previous.pageCount), documentText(next.hash, next.pageCount)]);
  if (!oldDoc || !newDoc) throw new Error('The text of one of the versions has not been read yet.');
  // Fresh ids: the earlier version keeps its own annotations, unchanged.
  const result = carryOver(annotations, oldDoc, newDoc, { newDocumentId: nextId, newId: () => crypto.randomUUID() });
  const rows = result.items.map((item) => {
    // Rects of text that moved are worked out again from the page's text layer when the
    // page is next drawn (see usePendingGeometry).
    const needsGeometry = item.outcome === 'moved' && !item.geometryValid;
    return { ...item.after, ...(needsGeometry ? { pendingGeometry: true } : {}) };
  });
  await db.annotations.bulkPut(rows);
  return result.summary;
}
