// A database written by version 1 of the app opens in the current version with nothing lost.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ScrutineerDatabase } from '../../../renderer/db/database';

describe('schema upgrade', () => {
  it('carries version 1 documents, files and reading positions into version 2', async () => {
    const name = 'upgrade-test';
    const v1 = new Dexie(name);
    v1.version(1).stores({ documents: 'id, &hash, importedAt', files: 'hash', viewStates: 'docId' });
    await v1.open();
    await v1.table('documents').add({ id: 'd1', hash: 'h1', title: 'Pack', fileName: 'pack.pdf', pageCount: 108, size: 1, importedAt: 5, encrypted: false });
    await v1.table('files').add({ hash: 'h1', blob: new Blob(['%PDF-1.7']), size: 8 });
    await v1.table('viewStates').add({ docId: 'd1', page: 50, scale: 'page-width', updatedAt: 1 });
    v1.close();

    const current = new ScrutineerDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(2);
    expect(await current.documents.get('d1')).toMatchObject({ title: 'Pack', pageCount: 108, meetingId: null, versionGroup: 'd1', version: 1 });
    expect(await (await current.files.get('h1'))!.blob.text()).toBe('%PDF-1.7');
    expect((await current.viewStates.get('d1'))!.page).toBe(50);
    expect(await current.documents.where('versionGroup').equals('d1').count()).toBe(1);
    current.close();
  });

  it('opens a version 3 database (annotations) in version 4 with empty notes, question lists, questions and inquiries', async () => {
    const name = 'upgrade-v3-test';
    const v3 = new Dexie(name);
    v3.version(3).stores({
      documents: 'id, &hash, importedAt, meetingId, versionGroup',
      files: 'hash',
      viewStates: 'docId',
      meetings: 'id, [committee+date]',
      structures: 'hash',
      pageTexts: '[hash+page], hash',
      annotations: 'id, documentId, [documentId+sortKey], kind, colour, *tags, modifiedAt',
      settings: 'key',
    });
    await v3.open();
    await v3.table('annotations').add({ id: 'a1', documentId: 'd1', sortKey: '00001', kind: 'highlight', colour: '#ffd400', tags: [], modifiedAt: 1 });
    v3.close();

    const current = new ScrutineerDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(4);
    expect((await current.annotations.get('a1'))?.kind).toBe('highlight');
    expect(await current.notes.count()).toBe(0);
    await current.questions.add({
      id: 'q1',
      listId: 'l1',
      order: 'a0',
      text: 'Q',
      itemNumber: null,
      itemTitle: null,
      lineId: null,
      forWhom: '',
      witnessId: null,
      leadMember: '',
      priority: 'medium',
      status: 'draft',
      answer: '',
      followUp: '',
      privateNote: '',
      passages: [],
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
    });
    expect(await current.questions.where('[listId+order]').between(['l1', Dexie.minKey], ['l1', Dexie.maxKey]).count()).toBe(1);
    expect(await current.inquiries.where('meetingId').equals('m1').count()).toBe(0);
    expect(await current.questionLists.where('dayId').equals('d1').count()).toBe(0);
    current.close();
  });
});
