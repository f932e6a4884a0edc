// The backup feature's actions, for its dialogs: save a backup through the platform port,
// and describe what a backup holds and what a restore did, in the user's words.
import type { BackupContents } from '../../shared/backup/schema';
import { BACKUP_EXTENSION } from '../../shared/ipc';
import { setSetting } from '../db/settingsData';
import { platform } from '../platform';
import { sealBackup } from './backupFile';
import { collectBackup, type BackupOptions } from './collect';
import type { RestoreSummary } from './restore';
import { LAST_BACKUP_KEY } from './settingKeys';

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** "40 annotations, 1 note, 12 questions in 1 list, 1 inquiry, 2 meetings, 3 documents (PDFs included)". */
export function describeContents(contents: Pick<BackupContents, 'annotations' | 'notes' | 'questions' | 'questionLists' | 'inquiries' | 'meetings' | 'documents' | 'includesFiles'>): string[] {
  return [
    plural(contents.annotations.length, 'annotation'),
    plural(contents.notes.length, 'note'),
    `${plural(contents.questions.length, 'question')} in ${plural(contents.questionLists.length, 'list')}`,
    plural(contents.inquiries.length, 'inquiry', 'inquiries'),
    plural(contents.meetings.length, 'meeting'),
    `${plural(contents.documents.length, 'document')} (${contents.includesFiles ? 'with their PDFs' : 'details only, without the PDFs'})`,
  ];
}

export function backupFileName(now: Date): string {
  return `Scrutineer backup ${now.toISOString().slice(0, 10)}.${BACKUP_EXTENSION}`;
}

export interface SavedBackup {
  saved: boolean;
  contents: string[];
  bytes: number;
}

/** Collects, encrypts and saves a backup where the user chooses; remembers when, if it was saved. */
export async function saveBackup(options: BackupOptions & { passphrase: string }): Promise<SavedBackup> {
  const now = options.now ?? Date.now();
  const { contents, pdfs } = await collectBackup({ ...options, now });
  const bytes = await sealBackup({ contents, pdfs, passphrase: options.passphrase });
  const { saved } = await platform.saveFile({ suggestedName: backupFileName(new Date(now)), mimeType: 'application/octet-stream', bytes });
  if (saved) await setSetting(LAST_BACKUP_KEY, now);
  return { saved, contents: describeContents(contents), bytes: bytes.length };
}

/** What a restore did, in one sentence per part. */
export function describeRestore(summary: RestoreSummary): string {
  const { kinds } = summary;
  const added = [
    plural(kinds.annotations.added, 'annotation'),
    plural(kinds.notes.added, 'note'),
    plural(kinds.questions.added, 'question'),
    plural(kinds.inquiries.added, 'inquiry', 'inquiries'),
  ].join(', ');
  const updated = Object.values(kinds).reduce((sum, kind) => sum + kind.updated, 0);
  const parts = [`Added ${added}.`];
  parts.push(updated ? `${plural(updated, 'item')} replaced by a more recent edit from the backup.` : 'Nothing on this device was replaced.');
  if (summary.keptAsHistory) parts.push(`${plural(summary.keptAsHistory, 'older version')} kept as history.`);
  if (summary.filesAdded) parts.push(`${plural(summary.filesAdded, 'PDF')} restored.`);
  if (summary.missingDocuments) parts.push(`${plural(summary.missingDocuments, 'document')} not on this device: import ${summary.missingDocuments === 1 ? 'it' : 'them'} to see the annotations on ${summary.missingDocuments === 1 ? 'it' : 'them'}.`);
  return parts.join(' ');
}
