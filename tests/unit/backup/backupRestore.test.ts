// Back up, then restore onto a fresh profile: every annotation, note, question, list and
// inquiry comes back field by field; restoring twice adds nothing; a damaged, truncated,
// wrong-passphrase or future-version file changes nothing and says why.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/annotations/types';
import type { Note } from '../../../shared/notes/types';
import type { Inquiry, Question, QuestionList } from '../../../shared/questions/types';
import { openBackup, sealBackup, PBKDF2_ITERATIONS } from '../../../renderer/backup/backupFile';
import { collectBackup } from '../../../renderer/backup/collect';
import { restoreBackup } from '../../../renderer/backup/restore';
import { db } from '../../../renderer/db/database';
import type { Meeting, StoredDocument } from '../../../renderer/db/types';

const HASH = 'a'.repeat(64);
const PASSPHRASE = 'correct horse battery staple';
/** Fewer iterations than the app's default keep the tests quick; one test uses the default. */
const ITERATIONS = 100_000;

const meeting: Meeting = { id: 'm1', committee: 'Safe and Strong Communities Select Committee', date: '2017-09-26', time: '10.00 am', venue: 'Oak Room', editedByUser: true, createdAt: 5 };
const document: StoredDocument = { id: 'd1', hash: HASH, title: 'Agenda pack', fileName: 'pack.pdf', pageCount: 108, size: 9, importedAt: 6, encrypted: false, meetingId: 'm1', versionGroup: 'd1', version: 1 };

function annotation(i: number): Annotation {
  return {
    id: `a${i}`, documentId: 'd1', kind: i % 2 ? 'highlight' : 'note', colour: '#ffd400', meaning: 'question to ask', comment: `Comment ${i} – “quoted”`, tags: ['budget', `t${i}`], page: 1 + (i % 100),
    rects: i % 2 ? [[10, 20, 30.5, 40.25]] : [], inkPaths: [], ...(i % 2 ? { quote: { exact: `text ${i}`, prefix: 'before ', suffix: ' after', start: i * 10, end: i * 10 + 7 } } : { point: [12, 700] as [number, number] }),
    sortKey: `${String(1 + (i % 100)).padStart(4, '0')}-${i}`, createdAt: 1_000 + i, modifiedAt: 2_000 + i,
  };
}

const list: QuestionList = { id: 'l1', kind: 'meeting', meetingId: 'm1', inquiryId: null, dayId: null, title: 'Questions for the meeting', createdAt: 7, deletedAt: null };
function question(i: number): Question {
  return {
    id: `q${i}`, listId: 'l1', order: `a${i}`, text: `Question ${i}?`, itemNumber: '6a', itemTitle: 'Children in care', lineId: null, forWhom: 'Cabinet Member', witnessId: null, leadMember: 'Cllr Robinson',
    priority: 'high', status: 'agreed', answer: '', followUp: '', privateNote: 'mine', passages: [{ documentId: 'd1', documentTitle: 'Agenda pack', pdfPage: 105, quote: 'more children', annotationId: 'a1' }],
    createdAt: 10 + i, updatedAt: 20 + i, deletedAt: null,
  };
}
const note: Note = { id: 'n1', meetingId: 'm1', inquiryId: null, itemNumber: '4', itemTitle: 'Safenet', body: '## 4 Safenet\n\n> quote', passages: [{ id: 'p1', documentId: 'd1', documentTitle: 'Agenda pack', pdfPage: 16, quote: 'quote' }], createdAt: 1, updatedAt: 2, deletedAt: null };
const inquiry: Inquiry = {
  id: 'i1', title: 'Children on the edge of care', committee: 'SSC', meetingId: 'm1', source: { documentId: 'd1', documentTitle: 'Agenda pack', itemNumber: '6', itemTitle: 'Scoping', pdfFrom: 90, pdfTo: 95 }, objective: 'Understand why',
  keyObjectives: [{ id: 'k1', text: 'One' }], linesOfEnquiry: [{ id: 'e1', text: 'Line' }], members: [{ id: 'mm1', name: 'Cllr A', role: 'Chair' }],
  witnesses: [{ id: 'w1', name: 'Director', role: 'Director of Children', organisation: 'SCC', sessionId: 's1', time: '10:15' }], days: [{ id: 'day1', date: '2017-10-01', venue: 'Oak', sessions: [{ id: 's1', title: 'Morning', start: '10:00', end: '12:00' }] }],
  createdAt: 3, updatedAt: 4, deletedAt: null,
};

async function seed() {
  await db.meetings.add(meeting);
  await db.documents.add(document);
  await db.files.add({ hash: HASH, blob: new Blob(['%PDF-1.7'], { type: 'application/pdf' }), size: 9 });
  await db.annotations.bulkAdd(Array.from({ length: 40 }, (_, i) => annotation(i)));
  await db.questionLists.add(list);
  await db.questions.bulkAdd(Array.from({ length: 12 }, (_, i) => question(i)));
  await db.notes.add(note);
  await db.inquiries.add(inquiry);
  await db.settings.put({ key: 'palette', value: [{ colour: '#ffd400', meaning: 'question to ask' }] });
}

async function freshProfile() {
  await db.delete();
  await db.open();
}

/** Everything a restore could touch, to compare before and after. */
async function snapshot() {
  return {
    annotations: await db.annotations.orderBy('id').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
    lists: await db.questionLists.orderBy('id').toArray(),
    questions: await db.questions.orderBy('id').toArray(),
    inquiries: await db.inquiries.orderBy('id').toArray(),
    meetings: await db.meetings.orderBy('id').toArray(),
    documents: await db.documents.orderBy('id').toArray(),
    files: await db.files.count(),
    settings: await db.settings.orderBy('key').toArray(),
    history: await db.restoreHistory.count(),
  };
}

async function backupFile(includeFiles = true, iterations = ITERATIONS) {
  const { contents, pdfs } = await collectBackup({ includeFiles, includeExempt: true, now: 1_700_000_000_000 });
  return sealBackup({ contents, pdfs, passphrase: PASSPHRASE, iterations });
}

beforeEach(async () => {
  await freshProfile();
  await seed();
});

describe('backup and restore onto a fresh profile', () => {
  it('reproduces every annotation, note, question, list and inquiry field by field, with the PDF (default key derivation)', async () => {
    const before = await snapshot();
    const bytes = await backupFile(true, PBKDF2_ITERATIONS);
    // The file is encrypted: no comment or question text is readable in it.
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('Question 1?');
    await freshProfile();
    const summary = await restoreBackup(await openBackup(bytes, 'work.scrutineer-backup', PASSPHRASE));
    const after = await snapshot();
    expect(after.annotations).toEqual(before.annotations);
    expect(after.notes).toEqual(before.notes);
    expect(after.questions).toEqual(before.questions);
    expect(after.lists).toEqual(before.lists);
    expect(after.inquiries).toEqual(before.inquiries);
    expect(after.meetings).toEqual(before.meetings);
    expect(after.documents).toEqual(before.documents);
    expect(after.settings).toEqual(before.settings);
    expect(await (await db.files.get(HASH))!.blob.text()).toBe('%PDF-1.7');
    expect(summary.kinds.annotations).toEqual({ added: 40, updated: 0, unchanged: 0 });
    expect(summary.filesAdded).toBe(1);
  });

  it('adds nothing when the same backup is restored twice', async () => {
    const bytes = await backupFile();
    await freshProfile();
    await restoreBackup(await openBackup(bytes, 'work.scrutineer-backup', PASSPHRASE));
    const once = await snapshot();
    const summary = await restoreBackup(await openBackup(bytes, 'work.scrutineer-backup', PASSPHRASE));
    expect(await snapshot()).toEqual(once);
    expect(summary.kinds.annotations).toEqual({ added: 0, updated: 0, unchanged: 40 });
    expect(summary.keptAsHistory).toBe(0);
  });

  it('without the PDFs, keeps annotations detached and quotes marked, until the pack is here', async () => {
    const bytes = await backupFile(false);
    await freshProfile();
    const summary = await restoreBackup(await openBackup(bytes, 'work.scrutineer-backup', PASSPHRASE));
    expect(summary.missingDocuments).toBe(1);
    const restored = (await db.annotations.get('a1'))!;
    expect(restored).toEqual({ ...annotation(1), detachedFrom: { title: 'Agenda pack', fileName: 'pack.pdf', hash: HASH, at: 1_700_000_000_000 } });
    expect((await db.questions.get('q1'))!.passages[0]!.detached).toBe(true);
    expect(await db.documents.count()).toBe(0);
  });
});

describe('merging into a device that has work of its own', () => {
  it('keeps the newer edit of each row and the other as history, and adds what only the backup has', async () => {
    const bytes = await backupFile();
    // After the backup: one question edited later on the device, one annotation deleted, a new note.
    await db.questions.update('q1', { text: 'Edited on the device', updatedAt: 9_999 });
    await db.annotations.delete('a2');
    await db.notes.add({ ...note, id: 'n2', body: 'Only here', updatedAt: 50 });
    // The device's copy of note 1 is older than the backup's.
    await db.notes.update('n1', { body: 'older local body', updatedAt: 1 });

    const summary = await restoreBackup(await openBackup(bytes, 'work.scrutineer-backup', PASSPHRASE));
    expect((await db.questions.get('q1'))!.text).toBe('Edited on the device');
    expect((await db.annotations.get('a2'))!.comment).toBe(annotation(2).comment);
    expect((await db.notes.get('n2'))!.body).toBe('Only here');
    expect((await db.notes.get('n1'))!.body).toBe(note.body);
    const history = await db.restoreHistory.toArray();
    expect(history.map((entry) => [entry.kind, entry.rowId, entry.origin]).sort()).toEqual([
      ['note', 'n1', 'device'],
      ['question', 'q1', 'backup'],
    ]);
    expect((history.find((entry) => entry.rowId === 'q1')!.row as Question).text).toBe('Question 1?');
    expect((history.find((entry) => entry.rowId === 'n1')!.row as Note).body).toBe('older local body');
    expect(summary.keptAsHistory).toBe(2);
    expect(await db.questions.count()).toBe(12);

    const again = await restoreBackup(await openBackup(bytes, 'work.scrutineer-backup', PASSPHRASE));
    expect(again.keptAsHistory).toBe(0);
    expect(await db.restoreHistory.count()).toBe(2);
  });

  it('matches a meeting and a document already here under other ids, and files the backup’s questions in the device’s list', async () => {
    const bytes = await backupFile();
    await freshProfile();
    await db.meetings.add({ ...meeting, id: 'm-here', editedByUser: false });
    await db.documents.add({ ...document, id: 'd-here', meetingId: 'm-here' });
    await db.files.add({ hash: HASH, blob: new Blob(['%PDF-1.7']), size: 9 });
    await db.questionLists.add({ ...list, id: 'l-here', meetingId: 'm-here', createdAt: 1 });
    await restoreBackup(await openBackup(bytes, 'work.scrutineer-backup', PASSPHRASE));
    expect(await db.meetings.count()).toBe(1);
    expect(await db.documents.count()).toBe(1);
    expect(await db.questionLists.count()).toBe(1);
    expect((await db.questions.toArray()).every((q) => q.listId === 'l-here')).toBe(true);
    expect((await db.annotations.toArray()).every((a) => a.documentId === 'd-here')).toBe(true);
    expect((await db.notes.get('n1'))!.meetingId).toBe('m-here');
    // The user's corrected details beat what detection found here.
    expect((await db.meetings.get('m-here'))!.editedByUser).toBe(true);
  });
});

describe('files that cannot be restored change nothing and say why', () => {
  async function refused(bytes: Uint8Array<ArrayBuffer>, passphrase = PASSPHRASE) {
    const before = await snapshot();
    const error = await openBackup(bytes, 'work.scrutineer-backup', passphrase).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(await snapshot()).toEqual(before);
    return error as Error & { problem: string };
  }

  it('a wrong passphrase', async () => {
    const error = await refused(await backupFile(), 'wrong passphrase');
    expect(error.problem).toBe('wrong-passphrase');
    expect(error.message).toBe('The passphrase does not open “work.scrutineer-backup”. Check it and try again. Nothing was changed.');
  });

  it('a truncated file', async () => {
    const bytes = await backupFile();
    const error = await refused(bytes.slice(0, Math.floor(bytes.length * 0.7)));
    expect(error.problem).toBe('damaged');
    expect(error.message).toContain('“work.scrutineer-backup” is damaged or incomplete');
  });

  it('a file with one byte changed', async () => {
    const bytes = await backupFile();
    bytes[bytes.length - 100]! ^= 0x01;
    expect((await refused(bytes)).problem).toBe('damaged');
  });

  it('a file from a future version', async () => {
    const bytes = await backupFile();
    new DataView(bytes.buffer).setUint16(12, 2);
    const error = await refused(bytes);
    expect(error.problem).toBe('future-version');
    expect(error.message).toContain('was made by a newer version of Scrutineer (backup format 2');
  });

  it('a file that is not a backup', async () => {
    const error = await refused(new TextEncoder().encode('%PDF-1.7 not a backup'));
    expect(error.message).toBe('“work.scrutineer-backup” is not a Scrutineer backup file. Nothing was changed.');
  });
});
