// Version 5 adds the work programme's sync tables: a database from before opens with its
// documents and settings kept and the new tables empty and usable. Version 6 indexes the
// outbox by entity, keeping what waits in it.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ScrutineerDatabase } from '../../../renderer/db/database';

describe('schema upgrade to version 5', () => {
  it('keeps a version 3 database’s rows and adds empty sync tables', async () => {
    const name = 'upgrade-sync-test';
    const v3 = new Dexie(name);
    v3.version(1).stores({ documents: 'id, &hash, importedAt', files: 'hash', viewStates: 'docId' });
    v3.version(2).stores({ documents: 'id, &hash, importedAt, meetingId, versionGroup', meetings: 'id, [committee+date]', structures: 'hash', pageTexts: '[hash+page], hash' });
    v3.version(3).stores({ annotations: 'id, documentId, [documentId+sortKey], kind, colour, *tags, modifiedAt', settings: 'key' });
    await v3.open();
    await v3.table('documents').add({ id: 'd1', hash: 'h1', title: 'Pack', fileName: 'pack.pdf', pageCount: 108, size: 1, importedAt: 5, encrypted: false, meetingId: 'm1', versionGroup: 'd1', version: 1 });
    await v3.table('settings').add({ key: 'palette', value: { yellow: 'Questions' } });
    v3.close();

    const current = new ScrutineerDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(5);
    expect(await current.documents.get('d1')).toMatchObject({ title: 'Pack', meetingId: 'm1' });
    expect(await current.settings.get('palette')).toEqual({ key: 'palette', value: { yellow: 'Questions' } });
    for (const table of [current.syncMeta, current.syncServerRows, current.syncRows, current.syncOutbox, current.workItemLinks]) {
      expect(await table.count()).toBe(0);
    }
    await current.syncRows.put({ type: 'item', id: 'x', committeeId: 'c1', version: 1, deleted: false, createdBy: null, updatedAt: '', fields: {} });
    expect(await current.syncRows.where('committeeId').equals('c1').count()).toBe(1);
    await current.workItemLinks.add({ id: 'l1', itemId: 'x', targetType: 'meeting', targetId: 'm1', createdAt: 1 });
    expect(await current.workItemLinks.where('itemId').equals('x').count()).toBe(1);
    await current.delete();
  });
});

describe('schema upgrade to version 6', () => {
  it('keeps a version 5 outbox, in order, and finds an entity’s waiting changes by key', async () => {
    const name = 'upgrade-outbox-index-test';
    const v5 = new Dexie(name);
    v5.version(1).stores({ documents: 'id, &hash, importedAt', files: 'hash', viewStates: 'docId' });
    v5.version(2).stores({ documents: 'id, &hash, importedAt, meetingId, versionGroup', meetings: 'id, [committee+date]', structures: 'hash', pageTexts: '[hash+page], hash' });
    v5.version(3).stores({ annotations: 'id, documentId, [documentId+sortKey], kind, colour, *tags, modifiedAt', settings: 'key' });
    v5.version(4).stores({ notes: 'id, meetingId, inquiryId, updatedAt', questionLists: 'id, meetingId, inquiryId, dayId', questions: 'id, listId, [listId+order]', inquiries: 'id, meetingId, updatedAt' });
    v5.version(5).stores({ syncMeta: 'key', syncServerRows: '[type+id], type', syncRows: '[type+id], type, committeeId', syncOutbox: 'seq', workItemLinks: 'id, itemId, [targetType+targetId]' });
    await v5.open();
    const patch = (seq: number, id: string) => ({ seq, op: 'patch', type: 'item', id, baseVersion: 1, fields: { details: `edit ${seq}` } });
    await v5.table('syncOutbox').bulkAdd([patch(1, 'a'), patch(2, 'b'), patch(3, 'a')]);
    v5.close();

    const current = new ScrutineerDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(6);
    expect((await current.syncOutbox.orderBy('seq').toArray()).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect((await current.syncOutbox.where('[type+id]').equals(['item', 'a']).toArray()).map((m) => m.seq)).toEqual([1, 3]);
    await current.delete();
  });
});
