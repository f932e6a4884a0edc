// The annotation manager, the one way annotations change: what it gives every annotation
// (id, timestamps, sort key, checks), edits batched into one write, undo and redo,
// deletion that "Undo" takes back after a reload, and carrying annotations to a revised
// version without touching the earlier version's own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDocumentText, makeQuote, sortKeyOf, type Annotation } from '../../../shared/annotations';
import {
  annotationScope,
  carryOverAnnotations,
  createAnnotation,
  deleteAnnotation,
  updateAnnotation,
  type AnnotationDraft,
} from '../../../renderer/annotations/annotationManager';
import { annotationOwner, annotationRows, listAnnotations } from '../../../renderer/annotations/annotationsData';
import { db } from '../../../renderer/db/database';
import type { StoredDocument } from '../../../renderer/db/types';
import { PURGE_AFTER_MS, purgeExpired } from '../../../renderer/undo/purge';
import { clearUndoStack, redo, undo } from '../../../renderer/undo/undoStack';

const OLD_PAGES = [
  ['Agenda', '1. Apologies'],
  ['Report on CSE', 'The team is working as Operation Safenet across the county.', 'Paragraph 30: a virtual reality video will be produced.'],
];
const NEW_PAGES = [['Agenda', '1. Apologies'], ['Inserted paragraph about licensing.'], ['Report on CSE', 'The team is working as Operation Safenet across the county.']];

const V1 = annotationScope('v1');

async function addDocument(id: string, hash: string, pages: string[][], version: number): Promise<void> {
  const document: StoredDocument = { id, hash, title: 'Pack', fileName: `${id}.pdf`, pageCount: pages.length, size: 1, importedAt: version, encrypted: false, meetingId: null, versionGroup: 'v1', version };
  await db.documents.add(document);
  await db.pageTexts.bulkPut(pages.map((lines, index) => ({ hash, page: index + 1, lines })));
}

function highlightOf(pages: string[][], page: number, phrase: string, comment: string): AnnotationDraft {
  const doc = buildDocumentText(pages);
  const start = doc.text.indexOf(phrase, doc.pageStarts[page - 1]);
  return { documentId: 'v1', kind: 'highlight', page, colour: '#ffd400', rects: [[72, 700, 300, 712]], quote: makeQuote(doc, start, start + phrase.length), comment };
}

const comments = async (documentId = 'v1') => (await listAnnotations(documentId)).map((annotation) => annotation.comment);

beforeEach(async () => {
  await db.delete();
  await db.open();
  clearUndoStack();
  await addDocument('v1', 'h1', OLD_PAGES, 1);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the annotation manager', () => {
  it('gives a new annotation its id, timestamps and reading-order key', async () => {
    const before = Date.now();
    const first = await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Funding?'));
    const second = await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Again'));
    expect(first.id).not.toBe(second.id);
    expect(first.createdAt).toBeGreaterThanOrEqual(before);
    expect(first.modifiedAt).toBe(first.createdAt);
    expect(first.sortKey).toBe(sortKeyOf(first));
    expect(first).toMatchObject({ tags: [], inkPaths: [], origin: 'user' });
    expect(await annotationRows.get(first.id)).toEqual(first);
  });

  it('refuses an annotation that is not valid, and stores nothing', async () => {
    await expect(createAnnotation({ ...highlightOf(OLD_PAGES, 2, 'Operation Safenet', ''), page: 0 })).rejects.toThrow(/page/);
    await expect(createAnnotation({ ...highlightOf(OLD_PAGES, 2, 'Operation Safenet', ''), colour: 'yellow' })).rejects.toThrow(/colour/);
    expect(await db.annotations.count()).toBe(0);
    const saved = await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Kept'));
    await expect(updateAnnotation(saved.id, { rects: [[1, 2, Number.NaN, 4]] })).rejects.toThrow(/rects/);
    expect((await annotationRows.get(saved.id))!.rects).toEqual([[72, 700, 300, 712]]);
  });

  it('writes edits that come together in one batch, and one undo takes them back', async () => {
    const a = await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'A'));
    const b = await createAnnotation(highlightOf(OLD_PAGES, 2, 'a virtual reality video', 'B'));
    const put = vi.spyOn(annotationRows, 'put');
    await Promise.all([updateAnnotation(a.id, { comment: 'A1' }), updateAnnotation(a.id, { comment: 'A2', tags: ['budget'] }), updateAnnotation(b.id, { colour: '#ff6b6b' })]);
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]![0].map((row: Annotation) => row.id).sort()).toEqual([a.id, b.id].sort());
    const stored = (await annotationRows.get(a.id))!;
    expect(stored).toMatchObject({ comment: 'A2', tags: ['budget'] });
    expect(stored.modifiedAt).toBeGreaterThanOrEqual(a.modifiedAt);
    await undo(V1); // b's colour
    await undo(V1); // both of a's edits at once
    expect((await annotationRows.get(a.id))!).toMatchObject({ comment: 'A', tags: [] });
    expect((await annotationRows.get(b.id))!.colour).toBe('#ffd400');
  });

  it('undoes an edit still waiting for its batch, not the change before it', async () => {
    const a = await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Before'));
    void updateAnnotation(a.id, { comment: 'After' });
    expect(await undo(V1)).toBe('Edit highlight');
    expect(await comments()).toEqual(['Before']);
  });

  it('undoes and redoes adding, editing and deleting', async () => {
    const annotation = await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Funding?'));
    await updateAnnotation(annotation.id, { comment: 'Funding after March?' });
    await deleteAnnotation(annotation.id);
    expect(await listAnnotations('v1')).toHaveLength(0);
    expect(await undo(V1)).toBe('Delete highlight');
    expect(await comments()).toEqual(['Funding after March?']);
    expect(await undo(V1)).toBe('Edit highlight');
    expect(await comments()).toEqual(['Funding?']);
    expect(await undo(V1)).toBe('Add highlight');
    expect(await listAnnotations('v1')).toHaveLength(0);
    await redo(V1);
    expect(await listAnnotations('v1')).toHaveLength(1);
  });

  it('keeps a deleted annotation out of the list but stored, so Undo brings it back after a reload', async () => {
    await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Kept'));
    const deleted = await createAnnotation(highlightOf(OLD_PAGES, 2, 'a virtual reality video', 'Deleted'));
    await deleteAnnotation(deleted.id);
    expect(await comments()).toEqual(['Kept']);
    expect((await annotationRows.get(deleted.id))!.deletedAt).toBeGreaterThan(0);
    clearUndoStack(); // what a reload forgets
    expect(await undo(V1)).toBe('Delete highlight');
    expect((await comments()).sort()).toEqual(['Deleted', 'Kept']);
    // Nothing older to take back: the additions were this earlier session's, not logged.
    expect(await undo(V1)).toBeNull();
  });

  it('keeps text saved just after a deletion, so Undo brings back the latest', async () => {
    const annotation = await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Draft'));
    await deleteAnnotation(annotation.id);
    await updateAnnotation(annotation.id, { comment: 'Typed before Delete was pressed' });
    expect(await listAnnotations('v1')).toHaveLength(0);
    expect(await undo(V1)).toBe('Delete highlight');
    expect(await comments()).toEqual(['Typed before Delete was pressed']);
  });

  it('purges deleted annotations a week later, not before', async () => {
    const annotation = await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Old'));
    await deleteAnnotation(annotation.id);
    expect(await purgeExpired([annotationOwner], Date.now() + PURGE_AFTER_MS - 60_000)).toBe(0);
    expect(await annotationRows.get(annotation.id)).toBeDefined();
    expect(await purgeExpired([annotationOwner], Date.now() + PURGE_AFTER_MS + 60_000)).toBe(1);
    expect(await annotationRows.get(annotation.id)).toBeUndefined();
    clearUndoStack();
    expect(await undo(V1)).toBeNull();
  });

  it('copies annotations to the revised version, moved or needing review, and leaves the earlier version as it was', async () => {
    await addDocument('v2', 'h2', NEW_PAGES, 2);
    await createAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Funding?'));
    await createAnnotation(highlightOf(OLD_PAGES, 2, 'a virtual reality video will be produced', 'Why VR?'));
    const gone = await createAnnotation(highlightOf(OLD_PAGES, 1, 'Apologies', 'Deleted before the revision'));
    await deleteAnnotation(gone.id);
    const before = await listAnnotations('v1');

    const summary = await carryOverAnnotations('v1', 'v2');
    expect(summary).toMatchObject({ total: 2, moved: 1, needsReview: 1 });
    expect(await listAnnotations('v1')).toEqual(before);
    const carried = await listAnnotations('v2');
    expect(carried).toHaveLength(2);
    expect(carried.some((annotation) => before.some((old) => old.id === annotation.id))).toBe(false);
    const safenet = carried.find((annotation) => annotation.comment === 'Funding?')!;
    // Same text above it on its new page: its rectangles are still right there.
    expect(safenet).toMatchObject({ page: 3, rects: [[72, 700, 300, 712]] });
    expect(safenet.sortKey).toBe(sortKeyOf(safenet));
    expect(safenet.pendingGeometry).toBeFalsy();
    expect(safenet.review).toBeUndefined();
    const vr = carried.find((annotation) => annotation.comment === 'Why VR?')!;
    expect(vr.review).toMatchObject({ oldPage: 2, oldQuote: 'a virtual reality video will be produced', fromDocumentId: 'v1' });
  });
});
