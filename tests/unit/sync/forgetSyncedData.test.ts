// Disconnecting forgets the synced work programme, what is kept beside it (library links)
// and the connection in one transaction: a failure part way leaves every part as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { deleteSetting, getSetting, setSetting } from '../../../renderer/db/settingsData';
import { forgetSyncedData, syncStore } from '../../../renderer/sync/syncData';
import { linkMeeting } from '../../../renderer/workprogramme/libraryLinksData';

const CONNECTION = 'sync.connection';

beforeEach(async () => {
  await forgetSyncedData();
  await setSetting(CONNECTION, { baseUrl: 'http://127.0.0.1:8787' });
  await syncStore.setMeta({ clientId: 'c_abcdefgh', personId: 'p1', cursor: 'x', nextSeq: 2 });
  await syncStore.addToOutbox({ seq: 1, op: 'create', type: 'item', id: 'i1', committeeId: 'c1', fields: { title: 'Parks', kind: 'visit' } });
  await db.meetings.put({ id: 'm1', committee: 'Safer Communities', date: '2017-09-26', time: '14:00', venue: 'Oak Room', editedByUser: false, createdAt: 1 });
  await linkMeeting('i1', 'm1');
});

const state = async () => ({
  meta: await syncStore.getMeta(),
  outbox: (await syncStore.listOutbox()).length,
  links: await db.workItemLinks.count(),
  connection: await getSetting(CONNECTION),
});

describe('forgetting the synced data on disconnect', () => {
  it('forgets the programme, its library links and the connection together', async () => {
    await forgetSyncedData({ tables: ['settings'], run: () => deleteSetting(CONNECTION) });
    expect(await state()).toEqual({ meta: undefined, outbox: 0, links: 0, connection: undefined });
  });

  it('changes nothing when a step fails part way', async () => {
    const before = await state();
    expect(before.outbox).toBe(1);
    expect(before.links).toBe(1);
    await expect(
      forgetSyncedData({
        tables: ['settings'],
        run: async () => {
          await deleteSetting(CONNECTION);
          throw new Error('The disk is full');
        },
      }),
    ).rejects.toThrow('The disk is full');
    expect(await state()).toEqual(before);
  });
});
