// "Restore": merges an opened backup into what is on the device, in one transaction, so a
// failure part-way changes nothing. Nothing on the device is lost or duplicated: rows only
// the backup has are added; where both have a row, the more recent edit stays and the other
// is kept in the restore history; the same backup restored twice adds nothing. Meetings and
// documents already here under other ids (same committee and date; same file) are matched,
// and the backup's work is pointed at them.
import type { Annotation } from '../../shared/annotations/types';
import { canonical, lastChange, planMerge, type HistoryEntry, type MergePlan } from '../../shared/backup/merge';
import type { BackupContents } from '../../shared/backup/schema';
import type { PassageLink, QuestionList } from '../../shared/questions/types';
import { annotationBackupRows } from '../annotations/annotationsData';
import type { BackupRows } from '../db/backupRows';
import type { RestoreHistoryEntry } from '../db/backupTypes';
import { getSetting, setSetting } from '../db/settingsData';
import { inTransaction } from '../db/transaction';
import type { Meeting, StoredDocument } from '../db/types';
import { inquiryBackupRows } from '../inquiries/inquiriesData';
import { documentBackupRows, documentWithHash, storeFileIfMissing } from '../library/libraryData';
import { findMeeting, meetingBackupRows } from '../meetings/meetingsData';
import { noteBackupRows } from '../notes/notesData';
import { dayList, meetingList, questionBackupRows, questionListBackupRows } from '../questions/questionsData';
import type { OpenedBackup } from './backupFile';
import { keepHistory } from './restoreHistoryData';
import { BACKED_UP_SETTINGS } from './settingKeys';

export type RestoreKind = 'annotations' | 'notes' | 'questionLists' | 'questions' | 'inquiries' | 'meetings' | 'documents' | 'settings';

export interface KindOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

export interface RestoreSummary {
  kinds: Record<RestoreKind, KindOutcome>;
  /** Versions kept in the restore history this time (0 on a second restore of the same file). */
  keptAsHistory: number;
  /** PDFs written from the backup. */
  filesAdded: number;
  /** Documents whose PDF is neither here nor in the backup: their annotations are kept detached. */
  missingDocuments: number;
}

const HISTORY_KIND: Record<RestoreKind, string> = {
  annotations: 'annotation',
  notes: 'note',
  questionLists: 'questionList',
  questions: 'question',
  inquiries: 'inquiry',
  meetings: 'meeting',
  documents: 'document',
  settings: 'setting',
};

const RESTORE_TABLES = ['annotations', 'notes', 'questionLists', 'questions', 'inquiries', 'meetings', 'documents', 'files', 'settings', 'restoreHistory'] as const;

/**
 * A key for one version of a row. Synchronous on purpose: awaiting anything but Dexie (such
 * as crypto.subtle) inside the restore's transaction would let IndexedDB commit it early.
 * FNV-1a over the canonical JSON, twice with different seeds: a dedupe key, not a secret.
 */
function checksumOf(value: unknown): string {
  const text = canonical(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

function historyEntries<T>(kind: RestoreKind, entries: HistoryEntry<T>[], rowId: (row: T) => string, keptAt: number): RestoreHistoryEntry[] {
  return entries.map(({ row, origin }) => ({
    id: `${HISTORY_KIND[kind]}:${rowId(row)}:${checksumOf(row)}`,
    kind: HISTORY_KIND[kind],
    rowId: rowId(row),
    origin,
    row,
    keptAt,
  }));
}

/** Merges rows keyed by `id` through their owner; returns the outcome and what is to be kept as history. */
async function mergeRows<T extends { id: string }>(kind: RestoreKind, owner: BackupRows<T>, incoming: T[], edited: (row: T) => number, keptAt: number) {
  const local = await owner.get(incoming.map((row) => row.id));
  const plan: MergePlan<T> = planMerge(incoming, local, edited);
  await owner.put([...plan.add, ...plan.replace]);
  const outcome: KindOutcome = { added: plan.add.length, updated: plan.replace.length, unchanged: plan.unchanged };
  return { outcome, history: historyEntries(kind, plan.history, (row) => row.id, keptAt) };
}

export async function restoreBackup(opened: OpenedBackup, now = Date.now()): Promise<RestoreSummary> {
  const backup: BackupContents = opened.contents;
  return inTransaction([...RESTORE_TABLES], async () => {
    const history: RestoreHistoryEntry[] = [];
    const kinds = {} as Record<RestoreKind, KindOutcome>;

    // Meetings: the same meeting may be here under another id (its pack imported here first).
    const meetingIds = new Map<string, string>();
    const newMeetings: Meeting[] = [];
    for (const meeting of backup.meetings as Meeting[]) {
      const [byId] = await meetingBackupRows.get([meeting.id]);
      const same = byId ?? (await findMeeting(meeting.committee, meeting.date));
      meetingIds.set(meeting.id, same?.id ?? meeting.id);
      newMeetings.push(same ? { ...meeting, id: same.id, createdAt: same.createdAt } : meeting);
    }
    // What the user typed beats what detection found; otherwise the device's details stay.
    const meetings = await mergeRows('meetings', meetingBackupRows, newMeetings, (meeting) => (meeting.editedByUser ? 1 : 0), now);
    kinds.meetings = meetings.outcome;
    history.push(...meetings.history);
    const meetingOf = (id: string | null) => (id === null ? null : (meetingIds.get(id) ?? id));

    // Documents: the same file may be here under another id; its bytes may be in the backup.
    const documentIds = new Map<string, string>();
    const missing = new Map<string, StoredDocument>();
    let filesAdded = 0;
    const documents: KindOutcome = { added: 0, updated: 0, unchanged: 0 };
    for (const document of backup.documents as StoredDocument[]) {
      const [byId] = await documentBackupRows.get([document.id]);
      const same = byId ?? (await documentWithHash(document.hash));
      if (same) {
        documentIds.set(document.id, same.id);
        documents.unchanged++;
        continue;
      }
      const blob = opened.pdf(document.hash);
      if (!blob) {
        missing.set(document.id, document);
        continue;
      }
      if (await storeFileIfMissing(document.hash, blob)) filesAdded++;
      await documentBackupRows.put([{ ...document, meetingId: meetingOf(document.meetingId) }]);
      documentIds.set(document.id, document.id);
      documents.added++;
    }
    kinds.documents = documents;
    const passageOf = <P extends PassageLink>(passage: P): P =>
      missing.has(passage.documentId) ? { ...passage, detached: true } : { ...passage, documentId: documentIds.get(passage.documentId) ?? passage.documentId };

    const annotations = backup.annotations.map((annotation): Annotation => {
      const gone = missing.get(annotation.documentId);
      if (gone) return { ...annotation, detachedFrom: annotation.detachedFrom ?? { title: gone.title, fileName: gone.fileName, hash: gone.hash, at: backup.createdAt } };
      return { ...annotation, documentId: documentIds.get(annotation.documentId) ?? annotation.documentId };
    });
    const annotationMerge = await mergeRows('annotations', annotationBackupRows, annotations, lastChange, now);
    kinds.annotations = annotationMerge.outcome;
    history.push(...annotationMerge.history);

    const notes = backup.notes.map((note) => ({ ...note, meetingId: meetingOf(note.meetingId), passages: note.passages.map(passageOf) }));
    const noteMerge = await mergeRows('notes', noteBackupRows, notes, lastChange, now);
    kinds.notes = noteMerge.outcome;
    history.push(...noteMerge.history);

    const inquiries = backup.inquiries.map((inquiry) => ({
      ...inquiry,
      meetingId: meetingOf(inquiry.meetingId),
      source: inquiry.source ? { ...inquiry.source, documentId: documentIds.get(inquiry.source.documentId) ?? inquiry.source.documentId } : null,
    }));
    const inquiryMerge = await mergeRows('inquiries', inquiryBackupRows, inquiries, lastChange, now);
    kinds.inquiries = inquiryMerge.outcome;
    history.push(...inquiryMerge.history);

    // A meeting or inquiry day has one list: the device's, if it has started one, takes the backup's questions.
    const listIds = new Map<string, string>();
    const lists: QuestionList[] = [];
    for (const list of backup.questionLists) {
      const moved = { ...list, meetingId: meetingOf(list.meetingId) };
      const [byId] = await questionListBackupRows.get([list.id]);
      const existing = byId ?? (moved.kind === 'meeting' ? await meetingList(moved.meetingId) : moved.inquiryId && moved.dayId ? await dayList(moved.inquiryId, moved.dayId) : undefined);
      listIds.set(list.id, existing?.id ?? list.id);
      if (!existing || existing.id === list.id) lists.push(moved);
    }
    const listMerge = await mergeRows('questionLists', questionListBackupRows, lists, lastChange, now);
    kinds.questionLists = { ...listMerge.outcome, unchanged: listMerge.outcome.unchanged + (backup.questionLists.length - lists.length) };
    history.push(...listMerge.history);

    const questions = backup.questions.map((question) => ({ ...question, listId: listIds.get(question.listId) ?? question.listId, passages: question.passages.map(passageOf) }));
    const questionMerge = await mergeRows('questions', questionBackupRows, questions, lastChange, now);
    kinds.questions = questionMerge.outcome;
    history.push(...questionMerge.history);

    // Settings: the device's choice stays; the backup's, when different, is kept as history.
    const settings: KindOutcome = { added: 0, updated: 0, unchanged: 0 };
    for (const { key, value } of backup.settings) {
      if (!(BACKED_UP_SETTINGS as readonly string[]).includes(key)) continue;
      const mine = await getSetting(key);
      if (mine === undefined) {
        await setSetting(key, value);
        settings.added++;
      } else if (canonical(mine) === canonical(value)) settings.unchanged++;
      else history.push(...(historyEntries('settings', [{ row: { key, value }, origin: 'backup' }], (row) => row.key, now)));
    }
    kinds.settings = settings;

    const keptAsHistory = await keepHistory(history);
    return { kinds, keptAsHistory, filesAdded, missingDocuments: missing.size };
  });
}
