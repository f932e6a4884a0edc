// Inquiries in Dexie (fake-indexeddb): starting one from the Edge of Care scoping report
// in a pack, witnesses, sessions, members and days, and each day's question list.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import {
  addEntry,
  addMember,
  addSession,
  addWitness,
  deleteInquiry,
  inquiriesOf,
  readScopingReport,
  removeEntry,
  removeSession,
  restoreInquiry,
  scopingReportsIn,
  updateEntry,
  updateWitness,
} from '../../../renderer/inquiries/inquiriesData';
import { addQuestion, dayList, listQuestions } from '../../../renderer/questions/questionsData';
import {
  addInquiryDay as addDay,
  dayListsOfMeeting,
  inquiryOfList,
  inquiryWithListsOwner as inquiryOwner,
  removeInquiryWitness as removeWitness,
  startInquiry as createInquiry,
} from '../../../renderer/questions/inquiryLists';
import { PURGE_AFTER_MS, purgeExpired } from '../../../renderer/undo/purge';
import { packLines, SCOPING_PAGES } from '../questions/fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function addPackWithScopingReport() {
  await db.meetings.add({ id: 'm1', committee: 'Safe and Strong Communities Select Committee', date: '2017-09-26', time: '2.00 pm', venue: 'Oak Room', editedByUser: false, createdAt: 1 });
  const base = { fileName: 'pack.pdf', pageCount: 108, size: 1, importedAt: 1, encrypted: false, meetingId: 'm1' };
  // Version 1 and its revision: only the current version is read.
  await db.documents.bulkAdd([
    { ...base, id: 'v1', hash: 'h1', title: 'Pack', versionGroup: 'v1', version: 1 },
    { ...base, id: 'v2', hash: 'h2', title: 'Pack', versionGroup: 'v1', version: 2 },
  ]);
  const items = [
    { number: '6', title: 'Work Programme', exempt: false, pages: { from: 78, to: 102 }, pdfFrom: 80, pdfTo: 104 },
    { number: '6a', title: 'Edge of Care - Scoping Report', exempt: false, parent: '6', pages: { from: 103, to: 106 }, pdfFrom: 105, pdfTo: 108 },
  ];
  for (const hash of ['h1', 'h2']) {
    await db.structures.add({ hash, kind: 'agenda', items, pageLabels: [], numbering: 'stamps', agendaSource: 'front-sheet', extractedAt: 1, durationMs: 1 });
  }
  const pages = await packLines(SCOPING_PAGES);
  await db.pageTexts.bulkAdd(pages.map((lines, i) => ({ hash: 'h2', page: SCOPING_PAGES[i]!, lines })));
}

describe('starting from a scoping report', () => {
  it('finds item 6a in the meeting’s current pack and reads its key objectives', async () => {
    await addPackWithScopingReport();
    const found = await scopingReportsIn('m1');
    expect(found.map((c) => [c.document.id, c.item.number])).toEqual([['v2', '6a']]);
    const { extract, source } = await readScopingReport(found[0]!);
    expect(source).toEqual({ documentId: 'v2', documentTitle: 'Pack', itemNumber: '6a', itemTitle: 'Edge of Care - Scoping Report', pdfFrom: 105, pdfTo: 108 });
    expect(extract.keyObjectives).toHaveLength(6);
    expect(extract.keyObjectives[0]).toBe('To understand why children are coming into care in Staffordshire');
  });

  it('creates the review with its first day and that day’s question list', async () => {
    await addPackWithScopingReport();
    const { extract, source } = await readScopingReport((await scopingReportsIn('m1'))[0]!);
    const { inquiryId, dayId, listId } = await createInquiry({
      title: extract.title,
      committee: 'Safe and Strong Communities Select Committee',
      meetingId: 'm1',
      source,
      objective: extract.objective,
      keyObjectives: extract.keyObjectives,
      linesOfEnquiry: extract.linesOfEnquiry,
      members: [{ name: 'John Francis', role: 'Chairman' }],
      witnesses: [extract.witnesses.find((w) => w.name === 'Sarah Rivers')!],
      day: { date: '2017-10-19', venue: 'Oak Room' },
    });
    const inquiry = (await db.inquiries.get(inquiryId))!;
    expect(inquiry.keyObjectives.map((k) => k.text)).toEqual(extract.keyObjectives);
    expect(inquiry.witnesses).toEqual([expect.objectContaining({ name: 'Sarah Rivers', role: 'Head of the Virtual School', sessionId: null, time: '' })]);
    expect(inquiry.days).toEqual([{ id: dayId, date: '2017-10-19', venue: 'Oak Room', sessions: [] }]);
    expect((await dayList(inquiryId, dayId))!.id).toBe(listId);
    expect(await inquiryOfList(listId)).toMatchObject({ inquiry: { id: inquiryId }, day: { id: dayId } });
    expect((await dayListsOfMeeting('m1')).map((d) => d.listId)).toEqual([listId]);
  });
});

describe('editing an inquiry', () => {
  async function blank() {
    return createInquiry({ title: '  ', committee: '', meetingId: 'm1', source: null, objective: '', keyObjectives: [], linesOfEnquiry: [], members: [], witnesses: [], day: { date: '', venue: '' } });
  }

  it('adds witnesses with sessions and times, and questions follow them', async () => {
    const { inquiryId, dayId, listId } = await blank();
    expect((await db.inquiries.get(inquiryId))!.title).toBe('Untitled review');
    const session = await addSession(inquiryId, dayId, { title: 'Session 1', start: '10:00', end: '11:00' });
    const sarah = await addWitness(inquiryId, { name: 'Sarah Rivers', role: 'Head of the Virtual School', organisation: 'Staffordshire County Council', sessionId: session, time: '10:15' });
    const liz = await addWitness(inquiryId, { name: 'Liz Kelay', role: '', organisation: '', sessionId: null, time: '' });
    await updateWitness(inquiryId, liz, { role: 'Placements', sessionId: session, time: '10:40' });
    await addQuestion(listId, { text: 'For Sarah', forWhom: 'Sarah Rivers', witnessId: sarah });
    await addQuestion(listId, { text: 'For Liz', forWhom: 'Liz Kelay', witnessId: liz });
    let inquiry = (await db.inquiries.get(inquiryId))!;
    expect(inquiry.witnesses.map((w) => [w.name, w.sessionId, w.time])).toEqual([
      ['Sarah Rivers', session, '10:15'],
      ['Liz Kelay', session, '10:40'],
    ]);
    await removeSession(inquiryId, dayId, session);
    inquiry = (await db.inquiries.get(inquiryId))!;
    expect(inquiry.days[0]!.sessions).toEqual([]);
    expect(inquiry.witnesses.every((w) => w.sessionId === null)).toBe(true);
    await removeWitness(inquiryId, liz);
    const questions = await listQuestions(listId);
    expect(questions.map((q) => [q.text, q.forWhom, q.witnessId])).toEqual([
      ['For Sarah', 'Sarah Rivers', sarah],
      ['For Liz', 'Liz Kelay', null],
    ]);
  });

  it('edits key objectives and lines of enquiry, members and days', async () => {
    const { inquiryId } = await blank();
    await addEntry(inquiryId, 'keyObjectives', ' To understand why ');
    await addEntry(inquiryId, 'linesOfEnquiry', 'Prevention');
    let inquiry = (await db.inquiries.get(inquiryId))!;
    await updateEntry(inquiryId, 'keyObjectives', inquiry.keyObjectives[0]!.id, 'To understand why children come into care');
    await removeEntry(inquiryId, 'linesOfEnquiry', inquiry.linesOfEnquiry[0]!.id);
    await addMember(inquiryId, { name: 'Kyle Robinson', role: '' });
    await addMember(inquiryId, { name: ' kyle robinson ', role: '' });
    const second = await addDay(inquiryId, { date: '2017-11-02', venue: '' });
    inquiry = (await db.inquiries.get(inquiryId))!;
    expect(inquiry.keyObjectives.map((k) => k.text)).toEqual(['To understand why children come into care']);
    expect(inquiry.linesOfEnquiry).toEqual([]);
    expect(inquiry.members.map((m) => m.name)).toEqual(['Kyle Robinson']);
    expect(inquiry.days.map((d) => d.id)).toContain(second);
    expect(await dayList(inquiryId, second)).toBeDefined();
  });

  it('deletes a review with undo, and purges it with its lists later', async () => {
    const { inquiryId, listId } = await blank();
    await addQuestion(listId, { text: 'Q' });
    await deleteInquiry(inquiryId);
    expect(await inquiriesOf('m1')).toEqual([]);
    await restoreInquiry(inquiryId);
    expect((await inquiriesOf('m1')).map((i) => i.id)).toEqual([inquiryId]);
    await deleteInquiry(inquiryId);
    expect(await purgeExpired([inquiryOwner], Date.now() + PURGE_AFTER_MS + 5000)).toBe(1);
    expect(await db.questionLists.get(listId)).toBeUndefined();
    expect(await db.questions.where('listId').equals(listId).count()).toBe(0);
  });
});
