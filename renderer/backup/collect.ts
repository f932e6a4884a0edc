// What "Back up my work" writes: everything personal, read through each table's owner —
// annotations, notes, question lists and questions, inquiries, meetings (with the user's
// corrections), the documents' details (so work can find its pack again), colour meanings
// and the reminder setting; and, when asked, the PDFs themselves.
import type { BackupContents } from '../../shared/backup/schema';
import { BACKUP_FORMAT } from '../../shared/backup/schema';
import { annotationBackupRows } from '../annotations/annotationsData';
import { getSetting } from '../db/settingsData';
import { inquiryBackupRows } from '../inquiries/inquiriesData';
import { documentBackupRows, fileBlob } from '../library/libraryData';
import { meetingBackupRows } from '../meetings/meetingsData';
import { noteBackupRows } from '../notes/notesData';
import { questionBackupRows, questionListBackupRows } from '../questions/questionsData';
import { BACKED_UP_SETTINGS } from './settingKeys';
import { isAnnotationExempt, isNoteExempt, isQuestionExempt } from '../../shared/exempt';
import { exemptScope } from '../library/exemptScope';

export interface BackupOptions {
  includeFiles: boolean;
  includeExempt: boolean;
  now?: number;
}

const live = (row: { deletedAt?: number | null }) => row.deletedAt === null || row.deletedAt === undefined;

export async function collectBackup({ includeFiles, includeExempt, now = Date.now() }: BackupOptions): Promise<{
  contents: Omit<BackupContents, 'files'>;
  pdfs: { hash: string; blob: Blob }[];
}> {
  const [annotations, notes, lists, questions, inquiries, meetings, documents] = await Promise.all([
    annotationBackupRows.all(),
    noteBackupRows.all(),
    questionListBackupRows.all(),
    questionBackupRows.all(),
    inquiryBackupRows.all(),
    meetingBackupRows.all(),
    documentBackupRows.all(),
  ]);
  const liveLists = lists.filter(live);
  const listIds = new Set(liveLists.map((list) => list.id));
  const meetingOfList = new Map(liveLists.map((list) => [list.id, list.meetingId]));
  // Exempt material (Schedule 12A) goes into a backup only when the user asks for it.
  const scope = await exemptScope();
  const allowed = {
    annotation: (row: (typeof annotations)[number]) => includeExempt || !isAnnotationExempt(scope, row),
    note: (row: (typeof notes)[number]) => includeExempt || !isNoteExempt(scope, row),
    question: (row: (typeof questions)[number]) => includeExempt || !isQuestionExempt(scope, row, meetingOfList.get(row.listId) ?? null),
  };
  const settings: BackupContents['settings'] = [];
  for (const key of BACKED_UP_SETTINGS) {
    const value = await getSetting(key);
    if (value !== undefined) settings.push({ key, value });
  }
  const pdfs: { hash: string; blob: Blob }[] = [];
  if (includeFiles) {
    for (const hash of new Set(documents.filter((document) => includeExempt || !document.exempt).map((document) => document.hash))) {
      const blob = await fileBlob(hash);
      if (blob) pdfs.push({ hash, blob });
    }
  }
  return {
    contents: {
      app: 'scrutineer',
      format: BACKUP_FORMAT,
      createdAt: now,
      includesFiles: includeFiles,
      includesExempt: includeExempt,
      annotations: annotations.filter((row) => live(row) && allowed.annotation(row)),
      notes: notes.filter((row) => live(row) && allowed.note(row)),
      questionLists: liveLists,
      questions: questions.filter((question) => live(question) && listIds.has(question.listId) && allowed.question(question)),
      inquiries: inquiries.filter(live),
      meetings,
      documents: includeExempt ? documents : documents.filter((document) => !document.exempt),
      settings,
    },
    pdfs,
  };
}
