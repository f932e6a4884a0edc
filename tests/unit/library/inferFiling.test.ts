// Filing by inference: reports and appendices under the meeting and item their title, "To:" line
// or bookmark points to; minutes linked to the meeting whose papers they came with; titles from content.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import type { AgendaEntry, DocumentStructure, StoredDocument } from '../../../renderer/db/types';
import { fileDocumentByStructure, fileDocumentUnder, libraryGroups } from '../../../renderer/library/filing';
import { inferFilings } from '../../../renderer/library/inferFiling';
import { getDocument } from '../../../renderer/library/libraryData';

let clock = 1_000;

async function addDocument(id: string, fileName: string, structure: Partial<DocumentStructure>, metadataTitle?: string): Promise<void> {
  const document: StoredDocument = {
    id,
    hash: `hash-${id}`,
    title: fileName.replace(/\.pdf$/, ''),
    titleSource: 'file',
    ...(metadataTitle ? { metadataTitle } : {}),
    fileName,
    pageCount: 10,
    size: 100,
    importedAt: clock++,
    encrypted: false,
    meetingId: null,
    versionGroup: id,
    version: 1,
  };
  await db.documents.add(document);
  const full: DocumentStructure = { hash: `hash-${id}`, kind: 'report', items: [], pageLabels: [], numbering: 'pdfPages', agendaSource: 'none', extractedAt: 0, durationMs: 0, ...structure };
  await db.structures.put(full);
  await fileDocumentByStructure(id, full);
}

const item = (number: string, title: string, extra: Partial<AgendaEntry> = {}): AgendaEntry => ({ number, title, exempt: false, ...extra });
const COUNCIL = { committee: 'County Council', date: '2025-01-09' };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('filing reports and appendices by inference', () => {
  beforeEach(async () => {
    await addDocument('front', 'Agenda frontsheet.pdf', {
      ...COUNCIL,
      kind: 'agenda',
      role: 'front sheet',
      items: [item('1', 'Apologies for Absence'), item('2', 'Declarations of Interest'), item('3', 'English Devolution White Paper', { supplement: true })],
    }, 'Agenda Template');
    await addDocument('supplement', 'Item 3 Supplement.pdf', {
      ...COUNCIL,
      kind: 'agenda',
      role: 'supplement',
      items: [item('3', 'English Devolution White Paper', { pages: { from: 1, to: 18 }, pdfFrom: 3, pdfTo: 20 })],
      bookmarks: [
        { title: '3 English Devolution White Paper', pdfPage: 3, depth: 0 },
        { title: 'Appendix A - 16.12.24 Ministerial Letter', pdfPage: 11, depth: 1 },
        { title: 'Appendix B - Devolution Framework 2024', pdfPage: 15, depth: 1 },
      ],
    });
    await addDocument('other', 'Cabinet front sheet.pdf', { committee: 'Cabinet', date: '2025-01-20', kind: 'agenda', role: 'front sheet', items: [item('1', 'Apologies'), item('2', 'Budget Monitoring Report')] });
  });

  it('files a report by its "To:" line and its title under item 3, and both appendices by the bookmarks of the pack they are in', async () => {
    await addDocument('report', 'Devolution White Paper - County Council Report - FINAL.pdf', { ...COUNCIL, reportTitle: 'English Devolution White Paper' });
    await addDocument('appendixA', 'Appendix A - 16.12.24 Ministerial Letter.pdf', { documentDate: '2024-12-16' });
    await addDocument('appendixB', 'Appendix B - Devolution Framework 2024.pdf', { reportTitle: 'Appendix B: Devolution Framework Summary Table' });
    await inferFilings();
    const front = await getDocument('front');
    for (const id of ['report', 'appendixA', 'appendixB']) {
      const document = await getDocument(id);
      expect(document?.meetingId, id).toBe(front?.meetingId);
      expect(document?.filing, id).toMatchObject({ inferred: true, item: '3' });
    }
    expect((await getDocument('report'))?.filing?.reason).toMatch(/“To:” line/);
    expect((await getDocument('appendixA'))?.filing?.reason).toMatch(/under item 3/);
  });

  it('files a report whose title matches an item even when it names no meeting, and leaves an unrelated one unfiled', async () => {
    await addDocument('budget', 'Budget Monitoring Report - Q3.pdf', { reportTitle: 'Budget Monitoring Report' });
    await addDocument('stray', 'Parking Review.pdf', { reportTitle: 'Review of Parking Charges' });
    await inferFilings();
    expect(await getDocument('budget')).toMatchObject({ meetingId: (await getDocument('other'))?.meetingId, filing: { inferred: true, item: '2' } });
    expect((await getDocument('stray'))?.meetingId).toBeNull();
  });

  it('files a record of decision under the item with its decision number, though its title is worded otherwise', async () => {
    await addDocument('committee', 'Agenda frontsheet ETCC.pdf', {
      committee: 'Environment and Transport Cabinet Committee',
      date: '2024-03-14',
      kind: 'agenda',
      role: 'front sheet',
      items: [item('A1', 'Apologies and Substitutes'), item('B1', '24/00019 - Highways Term Maintenance Contract extension', { reference: '24/00019' })],
    });
    await addDocument('decision', 'Proposed Record of Decision.pdf', { reportTitle: 'Extending the contract for road repairs', reportReference: '24/00019' }, 'Executive Decision');
    await addDocument('other-decision', 'Record of Decision 24-00020.pdf', { reportTitle: 'Street lighting', reportReference: '24/00020' });
    await inferFilings();
    expect(await getDocument('decision')).toMatchObject({ meetingId: (await getDocument('committee'))?.meetingId, filing: { inferred: true, item: 'B1' } });
    expect((await getDocument('decision'))?.filing?.reason).toContain('24/00019');
    expect((await getDocument('other-decision'))?.meetingId).toBeNull();
  });

  it('keeps the user\'s correction: a document the user filed is not moved again', async () => {
    await addDocument('budget', 'Budget Monitoring Report - Q3.pdf', { reportTitle: 'Budget Monitoring Report' });
    await inferFilings();
    await fileDocumentUnder('budget', { committee: 'Audit Committee', date: '2025-02-01', time: '', venue: '' });
    await inferFilings();
    const budget = await getDocument('budget');
    expect(budget?.filing).toEqual({ inferred: false, reason: 'Filed by you' });
    const groups = await libraryGroups();
    expect(groups.find((group) => group.meeting?.committee === 'Audit Committee')?.entries.map((e) => e.current.id)).toEqual(['budget']);
  });

  it('names agendas by their meeting and part, and keeps a meaningful metadata title otherwise', async () => {
    await inferFilings();
    expect((await getDocument('front'))?.title).toBe('County Council, 9 January 2025: Agenda');
    expect((await getDocument('supplement'))?.title).toBe('County Council, 9 January 2025: Supplement (item 3)');
  });
});

describe('minutes', () => {
  it('are filed under the meeting they record and shown with the meeting whose papers they came with', async () => {
    await addDocument('minutes', 'Printed minutes.pdf', { kind: 'minutes', committee: 'Cabinet', date: '2025-01-20', items: [item('12', 'Apologies')] });
    await addDocument('next', 'Cabinet 17 Feb.pdf', {
      committee: 'Cabinet',
      date: '2025-02-17',
      kind: 'agenda',
      role: 'pack',
      items: [item('1', 'Apologies'), item('2', 'Minutes of the meeting held on 20 January 2025', { pages: { from: 1, to: 6 } })],
    });
    await inferFilings();
    const minutes = await getDocument('minutes');
    expect(minutes?.title).toBe('Cabinet, 20 January 2025: Minutes');
    expect(minutes?.alsoFor).toEqual({ meetingId: (await getDocument('next'))?.meetingId, item: '2' });
    const groups = await libraryGroups();
    const inNext = groups.find((group) => group.meeting?.date === '2025-02-17')!.entries;
    expect(inNext.map((e) => [e.current.id, e.linked ?? false])).toEqual([['next', false], ['minutes', true]]);
    const inOwn = groups.find((group) => group.meeting?.date === '2025-01-20')!.entries;
    expect(inOwn.map((e) => e.current.id)).toEqual(['minutes']);
  });
});

describe('filing by the text a pack prints', () => {
  it('files an appendix under the item whose pages in the reports pack hold its text', async () => {
    await addDocument('pack', 'Cabinet pack.pdf', {
      committee: 'Cabinet',
      date: '2025-03-04',
      kind: 'agenda',
      role: 'pack',
      items: [item('4', 'Budget', { pages: { from: 1, to: 4 }, pdfFrom: 3, pdfTo: 6 }), item('5', 'Highways Contract', { pages: { from: 5, to: 9 }, pdfFrom: 7, pdfTo: 11 })],
    });
    const appendix = ['Summary of tender evaluation scores by lot', 'The contractor scored highest on quality and social value', 'Prices are fixed for the first three years of the term', 'Short'];
    await db.pageTexts.bulkPut([
      ...Array.from({ length: 11 }, (_, i) => ({ hash: 'hash-pack', page: i + 1, lines: [`Ordinary text on page ${i + 1} of the pack`] })),
      { hash: 'hash-pack', page: 9, lines: ['Appendix 2', ...appendix, 'Page 7'] },
    ]);
    await addDocument('tender', 'App 2 - evaluation.pdf', {});
    await db.pageTexts.put({ hash: 'hash-tender', page: 1, lines: appendix });
    await inferFilings();
    expect(await getDocument('tender')).toMatchObject({ meetingId: (await getDocument('pack'))?.meetingId, filing: { inferred: true, item: '5' } });
  });
});

describe('after each reading, only what it can change', () => {
  it('files a report read before its agenda once the agenda is read, and leaves papers the agenda does not match alone', async () => {
    await addDocument('budget', 'Budget Monitoring Report - Q3.pdf', { reportTitle: 'Budget Monitoring Report' });
    await addDocument('toLine', 'Cabinet report.pdf', { committee: 'Cabinet', date: '2025-01-20', reportTitle: 'Something the agenda does not list' });
    await addDocument('stray', 'Parking Review.pdf', { reportTitle: 'Review of Parking Charges' });
    await inferFilings('budget');
    await inferFilings('toLine');
    await inferFilings('stray');
    expect((await getDocument('budget'))?.meetingId).toBeNull();
    // The stray paper is filed by hand meanwhile; the agenda arriving must not touch it.
    await fileDocumentUnder('stray', { committee: 'Audit Committee', date: '2025-02-01', time: '', venue: '' });
    await addDocument('cabinet', 'Cabinet front sheet.pdf', { committee: 'Cabinet', date: '2025-01-20', kind: 'agenda', role: 'front sheet', items: [item('1', 'Apologies'), item('2', 'Budget Monitoring Report')] });
    await inferFilings('cabinet');
    const meetingId = (await getDocument('cabinet'))?.meetingId;
    expect(await getDocument('budget')).toMatchObject({ meetingId, filing: { inferred: true, item: '2' } });
    // Named by its "To:" line, matching no item: filed with the meeting once it exists.
    expect(await getDocument('toLine')).toMatchObject({ meetingId, filing: { inferred: true, reason: expect.stringMatching(/“To:” line/) } });
    expect((await getDocument('stray'))?.filing).toEqual({ inferred: false, reason: 'Filed by you' });
    expect((await getDocument('cabinet'))?.title).toBe('Cabinet, 20 January 2025: Agenda');
  });

  it('gives a report read after its agenda its place and title, touching nothing else', async () => {
    await addDocument('cabinet', 'Cabinet front sheet.pdf', { committee: 'Cabinet', date: '2025-01-20', kind: 'agenda', role: 'front sheet', items: [item('1', 'Apologies'), item('2', 'Budget Monitoring Report')] });
    await addDocument('budget', 'Budget Monitoring Report - Q3.pdf', { reportTitle: 'Budget Monitoring Report' });
    await inferFilings('budget');
    expect(await getDocument('budget')).toMatchObject({ meetingId: (await getDocument('cabinet'))?.meetingId, filing: { inferred: true, item: '2' }, title: 'Budget Monitoring Report' });
    // The agenda itself was not looked at again: it keeps the title it was imported with.
    expect((await getDocument('cabinet'))?.title).toBe('Cabinet front sheet');
  });
});
