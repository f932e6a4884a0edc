// Question lists in Dexie (fake-indexeddb): one list per meeting, questions in running
// order where a move writes one row, deleting a list and undoing it, purging, and what a
// question knows about its meeting and passages.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import type { DocumentStructure, StoredDocument } from '../../../renderer/db/types';
import {
  addQuestion,
  deleteList,
  deleteQuestion,
  ensureDayList,
  ensureMeetingList,
  listQuestions,
  meetingList,
  moveQuestion,
  moveQuestionToList,
  questionListOwner,
  restoreList,
  restoreQuestion,
  updateQuestion,
} from '../../../renderer/questions/questionsData';
import { PURGE_AFTER_MS, purgeExpired } from '../../../renderer/undo/purge';
import { keyForMove } from '../../../shared/questions/order';
import { meetingContext } from '../../../renderer/library/meetingContext';
import { resolvePassage } from '../../../renderer/passages/resolvePassage';
import { packLines } from './fixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function addPack(): Promise<StoredDocument> {
  const document: StoredDocument = {
    id: 'pack',
    hash: 'hash-pack',
    title: 'Safe and Strong Communities Select Committee, 26 September 2017: Agenda and reports pack',
    fileName: 'staffordshire-sscsc-2017-09-26-pack.pdf',
    pageCount: 108,
    size: 1,
    importedAt: 1,
    encrypted: false,
    meetingId: 'm1',
    versionGroup: 'pack',
    version: 1,
  };
  await db.meetings.add({ id: 'm1', committee: 'Safe and Strong Communities Select Committee', date: '2017-09-26', time: '2.00 pm', venue: 'Oak Room', editedByUser: false, createdAt: 1 });
  await db.documents.add(document);
  const pageLabels: (string | null)[] = Array.from({ length: 108 }, (_, i) => (i >= 2 ? String(i - 1) : null));
  const structure: DocumentStructure = {
    hash: 'hash-pack',
    kind: 'agenda',
    items: [
      { number: '4', title: 'Child Sexual Exploitation (CSE) in Staffordshire', exempt: false, pages: { from: 7, to: 38 }, pdfFrom: 9, pdfTo: 40, reportOf: 'Report of the Cabinet Member for Children and Young People' },
      { number: '6', title: 'Work Programme', exempt: false, pages: { from: 78, to: 102 }, pdfFrom: 80, pdfTo: 104, reportOf: 'Report of the Scrutiny and Support Manager' },
      { number: '6a', title: 'Edge of Care - Scoping Report', exempt: false, parent: '6', pages: { from: 103, to: 106 }, pdfFrom: 105, pdfTo: 108 },
    ],
    pageLabels,
    numbering: 'stamps',
    agendaSource: 'front-sheet',
    extractedAt: 1,
    durationMs: 1,
  };
  await db.structures.add(structure);
  const [one, two] = await packLines([1, 2]);
  await db.pageTexts.bulkAdd([
    { hash: 'hash-pack', page: 1, lines: one! },
    { hash: 'hash-pack', page: 2, lines: two! },
  ]);
  return document;
}

describe('lists', () => {
  it('keeps one list per meeting and one per inquiry day', async () => {
    expect(await meetingList('m1')).toBeUndefined();
    const first = await ensureMeetingList('m1');
    expect((await ensureMeetingList('m1')).id).toBe(first.id);
    expect((await ensureMeetingList(null)).id).not.toBe(first.id);
    const day = await ensureDayList('inquiry', 'day-1', 'm1');
    expect(day).toMatchObject({ kind: 'inquiryDay', inquiryId: 'inquiry', dayId: 'day-1' });
    expect((await meetingList('m1'))!.id).toBe(first.id);
  });
});

describe('questions in running order', () => {
  it('adds at the end and keeps every field', async () => {
    const list = await ensureMeetingList('m1');
    const a = await addQuestion(list.id, { text: 'First', leadMember: 'Kyle Robinson', forWhom: 'Cabinet Member for Children and Young People', itemNumber: '6a', itemTitle: 'Edge of Care - Scoping Report', priority: 'high' });
    await addQuestion(list.id, { text: 'Second' });
    await addQuestion(list.id, { text: 'Third', status: 'agreed' });
    expect((await listQuestions(list.id)).map((q) => q.text)).toEqual(['First', 'Second', 'Third']);
    expect(await db.questions.get(a.id)).toMatchObject({ leadMember: 'Kyle Robinson', forWhom: 'Cabinet Member for Children and Young People', itemNumber: '6a', priority: 'high', status: 'draft', answer: '', passages: [] });
  });

  it('moves a question by rewriting that one row only', async () => {
    const list = await ensureMeetingList('m1');
    for (const text of ['One', 'Two', 'Three', 'Four']) await addQuestion(list.id, { text });
    const before = await listQuestions(list.id);
    const writes: string[] = [];
    const onUpdate = (_changes: object, key: string) => {
      writes.push(key);
    };
    db.questions.hook('updating', onUpdate);
    await moveQuestion(before[3]!.id, keyForMove(before, before[3]!.id, before[1]!.id));
    db.questions.hook('updating').unsubscribe(onUpdate);
    const after = await listQuestions(list.id);
    expect(after.map((q) => q.text)).toEqual(['One', 'Four', 'Two', 'Three']);
    expect(writes).toEqual([before[3]!.id]);
    for (const q of after.filter((q) => q.text !== 'Four')) expect(q.order).toBe(before.find((b) => b.id === q.id)!.order);
  });

  it('updates, deletes and restores a question, and moves it to another list', async () => {
    const list = await ensureMeetingList('m1');
    const day = await ensureDayList('inquiry', 'day', 'm1');
    const q = await addQuestion(list.id, { text: 'Ask it' });
    await updateQuestion(q.id, { status: 'answered', answer: 'Yes', followUp: 'Report back in March' });
    expect(await db.questions.get(q.id)).toMatchObject({ status: 'answered', answer: 'Yes', followUp: 'Report back in March' });
    await deleteQuestion(q.id);
    expect(await listQuestions(list.id)).toEqual([]);
    await restoreQuestion(q.id);
    expect((await listQuestions(list.id)).map((x) => x.text)).toEqual(['Ask it']);
    await addQuestion(day.id, { text: 'Already there' });
    await moveQuestionToList(q.id, day.id);
    expect((await listQuestions(day.id)).map((x) => x.text)).toEqual(['Already there', 'Ask it']);
  });
});

describe('deleting a list', () => {
  it('hides it until undone, with its questions intact', async () => {
    const list = await ensureMeetingList('m1');
    await addQuestion(list.id, { text: 'Kept' });
    await deleteList(list.id);
    expect(await meetingList('m1')).toBeUndefined();
    await restoreList(list.id);
    expect((await meetingList('m1'))!.id).toBe(list.id);
    expect((await listQuestions(list.id)).map((q) => q.text)).toEqual(['Kept']);
  });

  it('folds a list started in the meantime into the restored one', async () => {
    const list = await ensureMeetingList('m1');
    await addQuestion(list.id, { text: 'Old' });
    await deleteList(list.id);
    const fresh = await ensureMeetingList('m1');
    await addQuestion(fresh.id, { text: 'New' });
    await restoreList(list.id);
    expect((await meetingList('m1'))!.id).toBe(list.id);
    expect((await listQuestions(list.id)).map((q) => q.text)).toEqual(['Old', 'New']);
    expect(await db.questionLists.get(fresh.id)).toBeUndefined();
  });

  it('purges lists deleted more than a week ago, with their questions', async () => {
    const old = await ensureMeetingList('m1');
    await addQuestion(old.id, { text: 'Gone' });
    await deleteList(old.id);
    const recent = await ensureMeetingList('m2');
    await deleteList(recent.id);
    const now = Date.now() + PURGE_AFTER_MS + 1;
    await db.questionLists.update(recent.id, { deletedAt: now - 1000 });
    expect(await purgeExpired([questionListOwner], now)).toBe(1);
    expect(await db.questionLists.get(old.id)).toBeUndefined();
    expect(await db.questions.where('listId').equals(old.id).count()).toBe(0);
    expect(await db.questionLists.get(recent.id)).toBeDefined();
  });
});

describe('the meeting around a question', () => {
  it('finds the agenda, the members from the front sheet and the roles reports are of', async () => {
    await addPack();
    const context = await meetingContext('m1');
    expect(context.meeting?.committee).toBe('Safe and Strong Communities Select Committee');
    expect(context.agendaDocument?.id).toBe('pack');
    expect(context.agenda.map((item) => item.number)).toEqual(['4', '6', '6a']);
    expect(context.members.map((m) => m.name)).toContain('Kyle Robinson');
    expect(context.roles).toEqual(['Cabinet Member for Children and Young People']);
  });

  it('resolves a passage to its printed page and agenda item (6a, not 6)', async () => {
    await addPack();
    const passage = await resolvePassage({ documentId: 'pack', pdfPage: 106, quote: '  projected overspend of £3.5m\n in the LAC budget ' });
    expect(passage).toEqual({
      documentId: 'pack',
      documentTitle: 'Safe and Strong Communities Select Committee, 26 September 2017: Agenda and reports pack',
      pdfPage: 106,
      printedPage: '104',
      itemNumber: '6a',
      itemTitle: 'Edge of Care - Scoping Report',
      quote: 'projected overspend of £3.5m in the LAC budget',
    });
  });
});
