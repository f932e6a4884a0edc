// Version 6 (one undo and delete model): a version 5 database opens with its annotations,
// notes and questions kept and live, questions given deletedAt null, annotations findable
// by deletedAt, and an empty undo log that Undo can use at once.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ScrutineerDatabase } from '../../../renderer/db/database';

const V5 = {
  documents: 'id, &hash, importedAt, meetingId, versionGroup',
  files: 'hash',
  viewStates: 'docId',
  meetings: 'id, [committee+date]',
  structures: 'hash',
  pageTexts: '[hash+page], hash',
  annotations: 'id, documentId, [documentId+sortKey], kind, colour, *tags, modifiedAt',
  settings: 'key',
  notes: 'id, meetingId, inquiryId, updatedAt',
  questionLists: 'id, meetingId, inquiryId, dayId',
  questions: 'id, listId, [listId+order]',
  inquiries: 'id, meetingId, updatedAt',
  syncMeta: 'key',
  syncServerRows: '[type+id], type',
  syncRows: '[type+id], type, committeeId',
  syncOutbox: 'seq',
  workItemLinks: 'id, itemId, [targetType+targetId]',
};

describe('schema upgrade to version 6', () => {
  it('keeps a version 5 database’s annotations, notes and questions, live, and adds the undo log', async () => {
    const name = 'upgrade-undo-test';
    const v5 = new Dexie(name);
    v5.version(5).stores(V5);
    await v5.open();
    await v5.table('annotations').add({ id: 'a1', documentId: 'd1', sortKey: '00001:000000:000000', kind: 'highlight', colour: '#ffd400', comment: 'Funding?', tags: ['budget'], page: 1, rects: [], inkPaths: [], createdAt: 1, modifiedAt: 1 });
    await v5.table('questionLists').add({ id: 'l1', kind: 'meeting', meetingId: 'm1', inquiryId: null, dayId: null, title: 'Questions for the meeting', createdAt: 1, deletedAt: null });
    await v5.table('questions').add({ id: 'q1', listId: 'l1', order: 'a0', text: 'How is it funded?', createdAt: 1, updatedAt: 1 });
    await v5.table('notes').add({ id: 'n1', meetingId: 'm1', inquiryId: null, itemNumber: null, itemTitle: null, body: 'Note', passages: [], createdAt: 1, updatedAt: 1, deletedAt: 5 });
    v5.close();

    const current = new ScrutineerDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(6);
    expect(await current.annotations.get('a1')).toMatchObject({ comment: 'Funding?', tags: ['budget'] });
    expect(await current.annotations.where('[documentId+sortKey]').between(['d1', ''], ['d1', '\uffff']).count()).toBe(1);
    // Only deleted annotations are in the deletedAt index: none yet.
    expect(await current.annotations.where('deletedAt').belowOrEqual(Date.now()).count()).toBe(0);
    expect(await current.questions.get('q1')).toMatchObject({ text: 'How is it funded?', deletedAt: null });
    expect(await current.notes.get('n1')).toMatchObject({ body: 'Note', deletedAt: 5 });

    expect(await current.undoLog.count()).toBe(0);
    await current.undoLog.add({ at: 10, owner: 'annotation', ids: ['a1'], label: 'Delete highlight', scope: 'document:d1' });
    await current.undoLog.add({ at: 11, owner: 'note', ids: ['n1'], label: 'Delete note', scope: 'notes:meeting:m1' });
    expect((await current.undoLog.where('[scope+seq]').between(['document:d1', Dexie.minKey], ['document:d1', Dexie.maxKey]).last())?.label).toBe('Delete highlight');
    expect(await current.undoLog.where('ids').equals('n1').count()).toBe(1);
    await current.delete();
  });
});
