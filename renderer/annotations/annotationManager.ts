// The one way annotations change. Creating, editing, deleting, adopting and carrying them
// to a revised version all come here, which gives each annotation its id, timestamps and
// reading-order key, checks it against the schema before it is stored, writes edits that
// come in quick succession (a page's moved annotations, a field saved as it is typed) in
// one batch, and puts each change on the undo stack. annotationsData.ts stores what it is
// given; components never build ids or timestamps.
import { adoptDraft, carryOver, sortKeyOf, type Annotation, type CarryOverSummary, type ImportedAnnotationDraft, type QuoteSelector } from '../../shared/annotations';
import { checkAnnotation } from '../../shared/annotations/schema';
import { flushBeforeUndo, record, softDelete } from '../undo/undoStack';
import { annotationOwner, annotationRows, describe, listAnnotations, versionTexts } from './annotationsData';

/** The undo scope of a document's annotations: where the reader's Undo and Redo act. */
export const annotationScope = (documentId: string) => `document:${documentId}`;

/** What a new annotation is made of; the manager adds its id, timestamps and sort key. */
export type AnnotationDraft = Pick<Annotation, 'documentId' | 'kind' | 'page' | 'colour'> &
  Partial<Omit<Annotation, 'id' | 'documentId' | 'sortKey' | 'createdAt' | 'modifiedAt' | 'deletedAt'>>;

/** What an edit may change: not identity, place in the list or timestamps, which follow. */
export type AnnotationChanges = Partial<Omit<Annotation, 'id' | 'documentId' | 'sortKey' | 'createdAt' | 'modifiedAt' | 'deletedAt'>>;

const newId = () => crypto.randomUUID();

/** Stamps what every stored annotation carries (reading-order key, when it changed) and checks it. */
function finish(annotation: Annotation, now: number): Annotation {
  const row: Annotation = { ...annotation, modifiedAt: now };
  row.sortKey = sortKeyOf(row);
  checkAnnotation(row);
  return row;
}

function recordAdded(rows: Annotation[], label: string): void {
  const ids = rows.map((row) => row.id);
  record({ label, scope: annotationScope(rows[0]!.documentId), undo: () => annotationRows.remove(ids), redo: () => annotationRows.put(rows) });
}

/** Stores a new annotation; undo removes it. Resolves to it once it is in IndexedDB. */
export async function createAnnotation(draft: AnnotationDraft): Promise<Annotation> {
  await flushAnnotationSaves();
  const now = Date.now();
  const annotation = finish({ comment: '', tags: [], rects: [], inkPaths: [], origin: 'user', ...draft, id: newId(), sortKey: '', createdAt: now, modifiedAt: now }, now);
  await annotationRows.add([annotation]);
  recordAdded([annotation], `Add ${describe(annotation)}`);
  return annotation;
}

/** Makes annotations another PDF reader left in the file the user's own; one undo takes them all back. */
export async function adoptAnnotations(documentId: string, adoptions: { draft: ImportedAnnotationDraft; quote?: QuoteSelector }[]): Promise<Annotation[]> {
  if (adoptions.length === 0) return [];
  await flushAnnotationSaves();
  const now = Date.now();
  const rows = adoptions.map(({ draft, quote }) => finish(adoptDraft(draft, { id: newId(), documentId, now, ...(quote ? { quote } : {}) }), now));
  await annotationRows.add(rows);
  recordAdded(rows, rows.length === 1 ? `Add ${describe(rows[0]!)}` : `Adopt ${rows.length} annotations`);
  return rows;
}

// ---- Edits, batched ----

/** Edits closer together than this are written together. */
const BATCH_MS = 40;

interface Waiting {
  changes: AnnotationChanges;
  record: boolean;
}

type Failures = Map<string, Error>;

const waiting = new Map<string, Waiting>();
let pending: { done: Promise<Failures>; start(): void } | null = null;
/** The batch being written; the next one waits for it, so writes land in order. */
let writing: Promise<unknown> = Promise.resolve();

async function writeBatch(entries: [string, Waiting][]): Promise<Failures> {
  const failures: Failures = new Map();
  const befores = await annotationRows.getMany(entries.map(([id]) => id));
  const now = Date.now();
  const changed: { before: Annotation; after: Annotation; record: boolean }[] = [];
  entries.forEach(([id, { changes, record }], index) => {
    const before = befores[index];
    if (!before) return;
    // Text typed just before a deletion is kept, so Undo brings back the latest; but it is
    // no change of its own to undo (that would take Undo's turn and show nothing).
    const recorded = record && !before.deletedAt;
    try {
      changed.push({ before, after: finish({ ...before, ...changes }, now), record: recorded });
    } catch (error) {
      failures.set(id, error instanceof Error ? error : new Error(String(error)));
    }
  });
  if (changed.length === 0) return failures;
  await annotationRows.put(changed.map((change) => change.after));
  for (const { before, after, record: recorded } of changed) {
    if (!recorded) continue;
    record({ label: `Edit ${describe(before)}`, scope: annotationScope(before.documentId), undo: () => annotationRows.put([before]), redo: () => annotationRows.put([after]) });
  }
  return failures;
}

function schedule(): Promise<Failures> {
  if (pending) return pending.done;
  let begin!: () => void;
  const began = new Promise<void>((resolve) => (begin = resolve));
  const timer = setTimeout(begin, BATCH_MS);
  const done = began.then(() => {
    pending = null;
    const entries = [...waiting];
    waiting.clear();
    const run = writing.then(() => writeBatch(entries));
    writing = run.catch(() => undefined);
    return run;
  });
  pending = {
    done,
    start: () => {
      clearTimeout(timer);
      begin();
    },
  };
  return done;
}

/**
 * Changes some fields of an annotation; its sort key and modifiedAt follow, and undo puts
 * back what it was. Edits within BATCH_MS of each other are written in one transaction
 * (several edits of one annotation become one). `record: false` for changes the user did
 * not make (geometry worked out again after a revision).
 */
export function updateAnnotation(id: string, changes: AnnotationChanges, options: { record?: boolean } = {}): Promise<void> {
  const recorded = options.record !== false;
  const entry = waiting.get(id);
  if (entry) {
    Object.assign(entry.changes, changes);
    entry.record ||= recorded;
  } else {
    waiting.set(id, { changes: { ...changes }, record: recorded });
  }
  return schedule().then((failures) => {
    const failure = failures.get(id);
    if (failure) throw failure;
  });
}

/** Writes the edits still waiting for their batch now (before leaving the page, an undo or a deletion). */
export async function flushAnnotationSaves(): Promise<void> {
  if (pending) {
    pending.start();
    await pending.done.catch(() => undefined);
  }
  await writing;
}

flushBeforeUndo(flushAnnotationSaves);
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => void flushAnnotationSaves());

// ---- Deleting, carrying over ----

/** Deletes softly: "Undo" brings it back, across a reload, until it is purged a week later. */
export async function deleteAnnotation(id: string): Promise<void> {
  await flushAnnotationSaves();
  const annotation = await annotationRows.get(id);
  if (!annotation || annotation.deletedAt) return;
  await softDelete(annotationOwner, [id], { label: `Delete ${describe(annotation)}`, scope: annotationScope(annotation.documentId) });
}

/**
 * Copies every annotation of the earlier version onto the new one, re-anchored by its
 * quote. None is dropped: those whose text is gone are kept with a review state for the
 * "Needs review" list. The earlier version keeps its own annotations untouched; deleted
 * ones stay behind.
 */
export async function carryOverAnnotations(previousId: string, nextId: string): Promise<CarryOverSummary | null> {
  await flushAnnotationSaves();
  const annotations = await listAnnotations(previousId);
  if (annotations.length === 0) return null;
  const texts = await versionTexts(previousId, nextId);
  if (!texts) return null;
  if (!texts.oldDoc || !texts.newDoc) throw new Error('The text of one of the versions has not been read yet.');
  const now = Date.now();
  // Fresh ids: the earlier version keeps its own annotations, unchanged.
  const result = carryOver(annotations, texts.oldDoc, texts.newDoc, { newDocumentId: nextId, newId, now });
  const rows = result.items.map((item) => {
    // Rects of text that moved are worked out again from the page's text layer when the
    // page is next drawn (see usePendingGeometry).
    const needsGeometry = item.outcome === 'moved' && !item.geometryValid;
    return finish({ ...item.after, ...(needsGeometry ? { pendingGeometry: true } : {}) }, now);
  });
  await annotationRows.put(rows);
  return result.summary;
}
