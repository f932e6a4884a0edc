// What the search index is fed (fake-indexeddb): annotations' quotes and comments, reviews
// with their inquiry days, and work programme items are found alongside notes and pages.
import { beforeEach, describe, expect, it } from 'vitest';
import { createIndex, runQuery } from '../../../shared/search/engine';
import { parseQuery } from '../../../shared/search/query';
import type { SyncRow } from '../../../shared/sync';
import type { Annotation } from '../../../shared/annotations';
import { db } from '../../../renderer/db/database';
import { gatherSources } from '../../../renderer/search/sources';
import { syncStore } from '../../../renderer/sync/syncData';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.meetings.add({ id: 'm1', committee: 'Safe and Strong Communities Select Committee', date: '2017-09-26', time: '2.00 pm', venue: 'Oak Room', editedByUser: false, createdAt: 1 });
  await db.documents.add({ id: 'd1', hash: 'h1', title: 'Agenda pack', fileName: 'pack.pdf', pageCount: 10, size: 1, importedAt: 1, encrypted: false, meetingId: 'm1', versionGroup: 'd1', version: 1 });
  await db.structures.add({ hash: 'h1', kind: 'agenda', items: [], pageLabels: [null, null, null, null, '14'], numbering: 'stamps', agendaSource: 'front-sheet', extractedAt: 1, durationMs: 1 });
});

const annotation = (id: string, fields: Partial<Annotation>): Annotation => ({ id, documentId: 'd1', kind: 'highlight', colour: '#ffd400', comment: '', tags: [], page: 5, rects: [], inkPaths: [], sortKey: `5-${id}`, createdAt: 1, modifiedAt: 1, ...fields });

async function find(text: string) {
  const updates = await gatherSources();
  const index = createIndex();
  index.addAll(updates.flatMap((update) => (update.entries ?? []).map((entry) => ({ ...entry, source: update.source }))));
  const hits = runQuery(index, parseQuery(text));
  return hits.map((hit) => updates.find((update) => update.source === hit.source)!);
}

describe('search sources', () => {
  it('finds an annotation by its quote and by its comment, and says where it is', async () => {
    await db.annotations.bulkAdd([
      annotation('a1', { quote: { exact: 'Operation Safenet was launched', prefix: '', suffix: '', start: 0, end: 30 }, comment: 'Ask the cabinet member about funding' }),
      annotation('gone', { comment: 'funding', deletedAt: 5 }),
    ]);
    const byQuote = await find('Safenet');
    expect(byQuote.map((update) => update.source)).toEqual(['annotation:a1']);
    expect(byQuote[0]!.meta).toMatchObject({ kind: 'annotation', documentId: 'd1', page: 5, meetingId: 'm1' });
    expect(byQuote[0]!.meta.title).toContain('Agenda pack, Page 14');
    // A deleted annotation is not searched.
    expect((await find('funding')).map((update) => update.source)).toEqual(['annotation:a1']);
  });

  it('finds a review by its objectives and its inquiry day, and a work programme item by its details', async () => {
    await db.inquiries.add({
      id: 'i1', title: 'Children on the edge of care', committee: 'Safe and Strong', meetingId: 'm1', source: null, objective: 'Understand why more children enter care',
      keyObjectives: [{ id: 'k1', text: 'Review the Breathing Space service' }], linesOfEnquiry: [], members: [], witnesses: [],
      days: [{ id: 'day1', date: '2017-10-19', venue: 'Tamworth Assembly Rooms', sessions: [] }], createdAt: 1, updatedAt: 1, deletedAt: null,
    });
    const item: SyncRow = {
      type: 'item', id: 'w1', committeeId: 'c1', version: 1, deleted: false, createdBy: 'p1', updatedAt: '2017-09-26T10:00:00.000Z',
      fields: { meetingDate: '2017-11-20', dateNote: '', kind: 'committee_item', title: 'Highways maintenance', cabinetMember: '', leadOfficer: '', priorities: '', details: 'Pothole repair backlog and winter gritting', outcome: '', status: 'scheduled', followUpDue: null, followsUpItemId: null },
    };
    await syncStore.putRow(item);
    expect((await find('Breathing Space')).map((update) => update.meta.kind)).toEqual(['inquiry']);
    expect((await find('Tamworth')).map((update) => update.meta.inquiryId)).toEqual(['i1']);
    const items = await find('gritting');
    expect(items.map((update) => update.meta)).toEqual([expect.objectContaining({ kind: 'workprogramme', title: 'Highways maintenance', date: '2017-11-20' })]);
  });
});
