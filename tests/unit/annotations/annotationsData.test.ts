// Annotation storage: undo and redo, and carrying annotations to a revised version
// without touching the earlier version's own.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDocumentText, makeQuote, type Annotation } from '../../../shared/annotations';
import { addAnnotation, carryOverAnnotations, deleteAnnotation, listAnnotations, updateAnnotation } from '../../../renderer/annotations/annotationsData';
import { useHistory } from '../../../renderer/annotations/history';
import { newAnnotation } from '../../../renderer/annotations/newAnnotation';
import { db } from '../../../renderer/db/database';
import type { StoredDocument } from '../../../renderer/db/types';

const OLD_PAGES = [
  ['Agenda', '1. Apologies'],
  ['Report on CSE', 'The team is working as Operation Safenet across the county.', 'Paragraph 30: a virtual reality video will be produced.'],
];
const NEW_PAGES = [['Agenda', '1. Apologies'], ['Inserted paragraph about licensing.'], ['Report on CSE', 'The team is working as Operation Safenet across the county.']];

async function addDocument(id: string, hash: string, pages: string[][], version: number): Promise<void> {
  const document: StoredDocument = { id, hash, title: 'Pack', fileName: `${id}.pdf`, pageCount: pages.length, size: 1, importedAt: version, encrypted: false, meetingId: null, versionGroup: 'v1', version };
  await db.documents.add(document);
  await db.pageTexts.bulkPut(pages.map((lines, index) => ({ hash, page: index + 1, lines })));
}

function highlightOf(pages: string[][], page: number, phrase: string, comment: string): Annotation {
  const doc = buildDocumentText(pages);
  const start = doc.text.indexOf(phrase, doc.pageStarts[page - 1]);
  return newAnnotation('v1', 'highlight', page, '#ffd400', { rects: [[72, 700, 300, 712]], quote: makeQuote(doc, start, start + phrase.length), comment });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  useHistory.getState().clear();
});

describe('annotation storage', () => {
  it('undoes and redoes adding, editing and deleting', async () => {
    await addDocument('v1', 'h1', OLD_PAGES, 1);
    const annotation = highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Funding?');
    await addAnnotation(annotation);
    await updateAnnotation(annotation.id, { comment: 'Funding after March?' });
    await deleteAnnotation(annotation.id);
    expect(await listAnnotations('v1')).toHaveLength(0);
    await useHistory.getState().undo();
    expect((await listAnnotations('v1'))[0]!.comment).toBe('Funding after March?');
    await useHistory.getState().undo();
    expect((await listAnnotations('v1'))[0]!.comment).toBe('Funding?');
    await useHistory.getState().undo();
    expect(await listAnnotations('v1')).toHaveLength(0);
    await useHistory.getState().redo();
    expect(await listAnnotations('v1')).toHaveLength(1);
  });

  it('copies annotations to the revised version, moved or needing review, and leaves the earlier version as it was', async () => {
    await addDocument('v1', 'h1', OLD_PAGES, 1);
    await addDocument('v2', 'h2', NEW_PAGES, 2);
    await addAnnotation(highlightOf(OLD_PAGES, 2, 'Operation Safenet', 'Funding?'));
    await addAnnotation(highlightOf(OLD_PAGES, 2, 'a virtual reality video will be produced', 'Why VR?'));
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
    expect(safenet.pendingGeometry).toBeFalsy();
    expect(safenet.review).toBeUndefined();
    const vr = carried.find((annotation) => annotation.comment === 'Why VR?')!;
    expect(vr.review).toMatchObject({ oldPage: 2, oldQuote: 'a virtual reality video will be produced', fromDocumentId: 'v1' });
  });
});
