// Filing documents under meetings, editing meeting details and keeping revised versions.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import type { DocumentStructure, StoredDocument } from '../../../renderer/db/types';
import { fileDocumentByStructure, fileDocumentUnder, findRevisionCandidate, libraryGroups, markAsRevision } from '../../../renderer/library/filing';
import { updateMeeting } from '../../../renderer/meetings/meetingsData';

let clock = 1_000;

async function addDocument(id: string, title: string): Promise<StoredDocument> {
  const document: StoredDocument = {
    id,
    hash: `hash-${id}`,
    title,
    fileName: `${id}.pdf`,
    pageCount: 10,
    size: 100,
    importedAt: clock++,
    encrypted: false,
    meetingId: null,
    versionGroup: id,
    version: 1,
  };
  await db.documents.add(document);
  return document;
}

const structure = (details: Partial<DocumentStructure>): DocumentStructure => ({
  hash: 'h',
  kind: 'agenda',
  items: [],
  pageLabels: [],
  numbering: 'pdfPages',
  agendaSource: 'none',
  extractedAt: 0,
  durationMs: 0,
  ...details,
});

const PACK = 'Safe and Strong Communities Select Committee, 26 September 2017: Agenda and reports pack';
const SSCSC = { committee: 'Safe and Strong Communities Select Committee', date: '2017-09-26', time: '2.00 pm', venue: 'Oak Room, County Buildings, Stafford' };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('filing by structure', () => {
  it('puts documents of the same committee and date under one meeting, whatever their spacing and case', async () => {
    await addDocument('pack', PACK);
    await addDocument('supplement', 'Supplement');
    const meeting = await fileDocumentByStructure('pack', structure(SSCSC));
    await fileDocumentByStructure('supplement', structure({ committee: 'SAFE and strong  Communities Select Committee', date: '2017-09-26' }));
    expect(meeting).toMatchObject(SSCSC);
    const groups = await libraryGroups();
    expect(groups).toHaveLength(1);
    expect(groups[0]!.meeting?.committee).toBe(SSCSC.committee);
    expect(groups[0]!.entries.map((entry) => entry.current.id).sort()).toEqual(['pack', 'supplement']);
  });

  it('leaves a document unfiled when its committee or date was not found', async () => {
    await addDocument('report', 'hscb-annual-report-2015-16');
    expect(await fileDocumentByStructure('report', structure({ kind: 'report', date: '2016-03-01' }))).toBeNull();
    const groups = await libraryGroups();
    expect(groups).toHaveLength(1);
    expect(groups[0]!.meeting).toBeNull();
    expect(await db.meetings.count()).toBe(0);
  });

  it('lists meetings newest first, and unfiled documents last', async () => {
    await addDocument('old', 'Old agenda');
    await addDocument('loose', 'Loose report');
    await addDocument('new', 'New agenda');
    await fileDocumentByStructure('old', structure({ committee: 'Scrutiny', date: '2016-01-01' }));
    await fileDocumentByStructure('new', structure({ committee: 'Scrutiny', date: '2017-01-01' }));
    const groups = await libraryGroups();
    expect(groups.map((group) => group.meeting?.date ?? 'unfiled')).toEqual(['2017-01-01', '2016-01-01', 'unfiled']);
  });
});

describe('editing meeting details', () => {
  it('keeps what the user typed: later detection does not overwrite it', async () => {
    await addDocument('pack', PACK);
    const meeting = (await fileDocumentByStructure('pack', structure({ committee: SSCSC.committee, date: SSCSC.date })))!;
    await updateMeeting(meeting.id, { ...SSCSC, venue: '  Council   Chamber ' });
    await addDocument('supplement', 'Supplement');
    await fileDocumentByStructure('supplement', structure(SSCSC));
    expect(await db.meetings.get(meeting.id)).toMatchObject({ venue: 'Council Chamber', editedByUser: true, time: '2.00 pm' });
  });

  it('files an unfiled document, with its versions, under the meeting the user names', async () => {
    await addDocument('known', PACK);
    const meeting = (await fileDocumentByStructure('known', structure(SSCSC)))!;
    await addDocument('loose', 'Edge of Care scoping report');
    const meetingId = await fileDocumentUnder('loose', { committee: SSCSC.committee, date: SSCSC.date, time: '', venue: '' });
    expect(meetingId).toBe(meeting.id);
    expect((await db.meetings.get(meeting.id))!.venue).toBe(SSCSC.venue);
    expect((await db.documents.get('loose'))!.meetingId).toBe(meeting.id);
  });
});

describe('revised versions', () => {
  it('offers a same-titled document in the same meeting as the earlier version, and keeps both', async () => {
    await addDocument('v1', PACK);
    await fileDocumentByStructure('v1', structure(SSCSC));
    await addDocument('v2', PACK);
    await fileDocumentByStructure('v2', structure(SSCSC));
    const candidate = await findRevisionCandidate('v2');
    expect(candidate?.id).toBe('v1');
    await markAsRevision('v2', 'v1');
    const [group] = await libraryGroups();
    expect(group!.entries).toHaveLength(1);
    expect(group!.entries[0]!.current).toMatchObject({ id: 'v2', version: 2, versionGroup: 'v1' });
    expect(group!.entries[0]!.earlier.map((document) => document.id)).toEqual(['v1']);
    expect(await db.documents.count()).toBe(2);
  });

  it('does not offer documents of another meeting or another title', async () => {
    await addDocument('a', PACK);
    await fileDocumentByStructure('a', structure(SSCSC));
    await addDocument('b', PACK);
    await fileDocumentByStructure('b', structure({ ...SSCSC, date: '2017-11-14' }));
    await addDocument('c', 'Supplementary agenda');
    await fileDocumentByStructure('c', structure(SSCSC));
    expect(await findRevisionCandidate('b')).toBeUndefined();
    expect(await findRevisionCandidate('c')).toBeUndefined();
  });
});
