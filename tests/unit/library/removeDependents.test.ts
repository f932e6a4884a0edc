// Removing a document does what the user chose with the work on it: annotations, notes'
// quotes and questions' passages kept detached, or deleted; all in one transaction.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotations/types';
import { quoteMarkdown } from '../../../shared/notes/markdown';
import type { Note } from '../../../shared/notes/types';
import type { PassageLink, Question } from '../../../shared/questions/types';
import { registerAnnotationDependent } from '../../../renderer/annotations/documentRemoval';
import { db } from '../../../renderer/db/database';
import type { StoredDocument } from '../../../renderer/db/types';
import { countDependents, registerDocumentDependent } from '../../../renderer/library/documentDependents';
import { removeDocument } from '../../../renderer/library/libraryData';
import { registerNoteQuoteDependent } from '../../../renderer/notes/documentRemoval';
import { registerQuestionPassageDependent } from '../../../renderer/questions/documentRemoval';

const doc = (id: string): StoredDocument => ({
  id, hash: `hash-${id}`, title: `Pack ${id}`, fileName: `${id}.pdf`, pageCount: 10, size: 100, importedAt: 1, encrypted: false, meetingId: null, versionGroup: id, version: 1,
});

const annotation = (id: string, documentId: string, extra: Partial<Annotation> = {}): Annotation => ({
  id, documentId, kind: 'highlight', colour: '#ffd400', comment: `comment ${id}`, tags: [], page: 3, rects: [[1, 2, 3, 4]], inkPaths: [], sortKey: `0003-${id}`, createdAt: 1, modifiedAt: 1, ...extra,
});

const passage = (documentId: string, quote: string): PassageLink => ({ documentId, documentTitle: `Pack ${documentId}`, pdfPage: 3, quote });

async function seed() {
  await db.documents.bulkAdd([doc('a'), doc('b')]);
  await db.files.bulkAdd([{ hash: 'hash-a', blob: new Blob(['a']), size: 1 }, { hash: 'hash-b', blob: new Blob(['b']), size: 1 }]);
  await db.annotations.bulkAdd([annotation('a1', 'a'), annotation('a2', 'a'), annotation('b1', 'b')]);
  const quoteA = { ...passage('a', 'The budget is overspent'), id: 'pa' };
  const quoteB = { ...passage('b', 'Waiting times rose'), id: 'pb' };
  const body = `## My note\n\nBefore.\n\n${quoteMarkdown(quoteA.quote, 'page 3', 'pa')}\nBetween.\n\n${quoteMarkdown(quoteB.quote, 'page 3', 'pb')}\nAfter.`;
  const note: Note = { id: 'n1', meetingId: null, inquiryId: null, itemNumber: null, itemTitle: null, body, passages: [quoteA, quoteB], createdAt: 1, updatedAt: 1, deletedAt: null };
  await db.notes.add(note);
  const question: Question = {
    id: 'q1', listId: 'l1', order: 'a0', text: 'Why is it overspent?', itemNumber: null, itemTitle: null, lineId: null, forWhom: '', witnessId: null, leadMember: '',
    priority: 'medium', status: 'draft', answer: '', followUp: '', privateNote: '', passages: [passage('a', 'The budget is overspent'), passage('b', 'Waiting times rose')], createdAt: 1, updatedAt: 1, deletedAt: null,
  };
  await db.questions.add(question);
}

beforeAll(() => {
  registerAnnotationDependent();
  registerNoteQuoteDependent();
  registerQuestionPassageDependent();
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await seed();
});

describe('removing a document with work on it', () => {
  it('says what points at it, by kind', async () => {
    expect((await countDependents('a')).map((count) => count.description)).toEqual(['2 annotations', '1 quote in your notes', '1 passage quoted in your questions']);
  });

  it('keeps annotations, quotes and passages detached when asked to', async () => {
    await removeDocument('a', 'keep');
    expect(await db.documents.get('a')).toBeUndefined();
    const kept = await db.annotations.where('documentId').equals('a').toArray();
    expect(kept.map((row) => [row.id, row.comment, row.detachedFrom?.title])).toEqual([
      ['a1', 'comment a1', 'Pack a'],
      ['a2', 'comment a2', 'Pack a'],
    ]);
    const note = (await db.notes.get('n1'))!;
    expect(note.body).toContain('The budget is overspent');
    expect(note.passages.map((p) => [p.id, p.detached ?? false])).toEqual([['pa', true], ['pb', false]]);
    const question = (await db.questions.get('q1'))!;
    expect(question.passages.map((p) => [p.quote, p.detached ?? false])).toEqual([['The budget is overspent', true], ['Waiting times rose', false]]);
    // The other document's work is untouched.
    expect((await db.annotations.get('b1'))!.detachedFrom).toBeUndefined();
  });

  it('deletes annotations, quotes and passages when asked to, and keeps the notes and questions', async () => {
    await removeDocument('a', 'delete');
    expect(await db.documents.get('a')).toBeUndefined();
    expect(await db.annotations.where('documentId').equals('a').count()).toBe(0);
    expect(await db.annotations.get('b1')).toBeDefined();
    const note = (await db.notes.get('n1'))!;
    expect(note.body).not.toContain('The budget is overspent');
    expect(note.body).toBe(`## My note\n\nBefore.\n\nBetween.\n\n${quoteMarkdown('Waiting times rose', 'page 3', 'pb')}\nAfter.`);
    expect(note.passages.map((p) => p.id)).toEqual(['pb']);
    const question = (await db.questions.get('q1'))!;
    expect(question.text).toBe('Why is it overspent?');
    expect(question.passages.map((p) => p.quote)).toEqual(['Waiting times rose']);
    expect(await countDependents('a')).toEqual([]);
  });

  it('changes nothing when one part of the removal fails', async () => {
    registerDocumentDependent({
      name: 'failing',
      tables: ['notes'],
      count: () => Promise.resolve(0),
      describe: () => '',
      detach: () => Promise.reject(new Error('disk full')),
      remove: () => Promise.reject(new Error('disk full')),
    });
    try {
      await expect(removeDocument('a', 'delete')).rejects.toThrow('disk full');
    } finally {
      registerDocumentDependent({ name: 'failing', tables: [], count: () => Promise.resolve(0), describe: () => '', detach: () => Promise.resolve(), remove: () => Promise.resolve() });
    }
    expect(await db.documents.get('a')).toBeDefined();
    expect(await db.annotations.where('documentId').equals('a').count()).toBe(2);
    expect((await db.notes.get('n1'))!.passages).toHaveLength(2);
    expect((await db.questions.get('q1'))!.passages).toHaveLength(2);
  });
});
