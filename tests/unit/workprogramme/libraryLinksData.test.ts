// Links from work-programme items to library meetings: one link per meeting, the pack to
// open is the meeting's newest version, and the links go when the synced programme does.
// They stay on this device: a link to an exempt pack or item is never queued for the server.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import type { StoredDocument } from '../../../renderer/db/types';
import { setDocumentExempt, setItemExempt } from '../../../renderer/library/libraryData';
import { appSyncStore } from '../../../renderer/sync/dexieSyncStore';
import { forgetSyncedData } from '../../../renderer/sync/syncData';
import { linkedMeetings, linkMeeting, unlink } from '../../../renderer/workprogramme/libraryLinksData';

const document = (id: string, version: number, importedAt: number): StoredDocument => ({
  id,
  hash: `hash-${id}`,
  title: 'Agenda pack',
  fileName: `${id}.pdf`,
  pageCount: 10,
  size: 100,
  importedAt,
  encrypted: false,
  meetingId: 'm1',
  versionGroup: 'g1',
  version,
});

beforeEach(async () => {
  await Promise.all([db.documents.clear(), db.meetings.clear(), db.workItemLinks.clear()]);
  await db.meetings.add({ id: 'm1', committee: 'Safer Communities', date: '2017-09-26', time: '14:00', venue: 'Oak Room', editedByUser: false, createdAt: 1 });
  await db.documents.bulkAdd([document('d1', 1, 10), document('d2', 2, 20)]);
});

describe('library links', () => {
  it('links a meeting once, opening its newest version, and unlinks it', async () => {
    await linkMeeting('item-1', 'm1');
    await linkMeeting('item-1', 'm1');
    const linked = await linkedMeetings('item-1');
    expect(linked.map((l) => [l.meeting?.committee, l.documentId])).toEqual([['Safer Communities', 'd2']]);
    expect(await linkedMeetings('item-2')).toEqual([]);
    await unlink(linked[0]!.link.id);
    expect(await linkedMeetings('item-1')).toEqual([]);
  });

  it('says so when the linked meeting has left the library', async () => {
    await linkMeeting('item-1', 'm1');
    await db.meetings.clear();
    await db.documents.clear();
    expect(await linkedMeetings('item-1')).toMatchObject([{ meeting: undefined, documentId: null }]);
  });

  it('forgets the links with the synced programme (disconnecting, or another person connecting)', async () => {
    await linkMeeting('item-1', 'm1');
    await forgetSyncedData();
    expect(await linkedMeetings('item-1')).toEqual([]);
    expect(await db.meetings.count()).toBe(1);
  });

  it('queues nothing for the sync service when a work item is linked to an exempt pack or item', async () => {
    await setDocumentExempt('d2', true);
    await setItemExempt('d1', '7', true);
    const before = await appSyncStore.listOutbox();
    await linkMeeting('item-1', 'm1');
    expect(await linkedMeetings('item-1')).toHaveLength(1);
    expect(await appSyncStore.listOutbox()).toEqual(before);
    expect(JSON.stringify(await appSyncStore.listOutbox())).not.toContain('m1');
  });
});
