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
});
