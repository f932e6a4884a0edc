// Documents that arrive from the council's site: filed under the service's meeting (which
// is authoritative), a republished one as the next version, "New" until opened.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import type { StoredDocument } from '../../../renderer/db/types';
import { fileDownload, fileDocumentByStructure } from '../../../renderer/library/filing';
import { markDocumentOpened } from '../../../renderer/library/libraryData';
import { meetingFromService, updateMeeting } from '../../../renderer/meetings/meetingsData';

beforeEach(async () => {
  await Promise.all([db.documents.clear(), db.meetings.clear()]);
});

let clock = 1_000;
async function addDocument(id: string, extra: Partial<StoredDocument> = {}): Promise<StoredDocument> {
  const document: StoredDocument = { id, hash: `hash-${id}`, title: 'Public reports pack', fileName: `${id}.pdf`, pageCount: 108, size: 1, importedAt: clock++, encrypted: false, meetingId: null, versionGroup: id, version: 1, unopened: true, ...extra };
  await db.documents.add(document);
  return document;
}

const service = { committee: 'Adults & Health Scrutiny Committee', date: '2026-11-18', time: '10.00 am', venue: 'Council Chamber', cancelled: false, items: [{ number: '1', title: 'Apologies', restricted: false, documents: [] }] };

describe('downloaded documents', () => {
  it('files under the service’s meeting, not the one the pack’s front sheet names', async () => {
    const meeting = await meetingFromService(service);
    await addDocument('d1');
    await fileDownload('d1', meeting.id);
    await fileDocumentByStructure('d1', { committee: 'Some Other Committee', date: '2017-09-26' });
    expect((await db.documents.get('d1'))!.meetingId).toBe(meeting.id);
    expect(await db.meetings.count()).toBe(1);
  });

  it('makes a republished document the next version in the same meeting', async () => {
    const meeting = await meetingFromService(service);
    await addDocument('v1');
    await fileDownload('v1', meeting.id);
    await addDocument('v2');
    await fileDownload('v2', meeting.id, 'v1');
    expect(await db.documents.get('v2')).toMatchObject({ versionGroup: 'v1', version: 2, meetingId: meeting.id });
  });

  it('takes time, venue, status and agenda from the service, but keeps what the user typed', async () => {
    const first = await meetingFromService(service);
    const moved = await meetingFromService({ ...service, venue: 'Committee Room 2', cancelled: true });
    expect(moved).toMatchObject({ id: first.id, venue: 'Committee Room 2', cancelled: true, serviceItems: service.items });
    await updateMeeting(first.id, { committee: service.committee, date: service.date, time: '2.00 pm', venue: 'My own note of the room' });
    const kept = await meetingFromService({ ...service, venue: 'Committee Room 3' });
    expect(kept).toMatchObject({ time: '2.00 pm', venue: 'My own note of the room', cancelled: false });
  });

  it('is "New" until opened', async () => {
    await addDocument('d1');
    await markDocumentOpened('d1');
    expect((await db.documents.get('d1'))!.unopened).toBe(false);
  });
});
