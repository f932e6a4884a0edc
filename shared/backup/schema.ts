// What a backup holds (format 1): the user's own rows, checked on restore so a damaged or
// hand-edited file is refused with the field at fault instead of being half-written.
import { z } from 'zod';
import { annotationSchema } from '../annotations/schema';
import type { Annotation } from '../annotations/types';
import type { Note } from '../notes/types';
import type { Inquiry, Question, QuestionList } from '../questions/types';

/** The newest backup format this version of Scrutineer writes and reads. */
export const BACKUP_FORMAT = 1;

const timestamp = z.number().nonnegative();
const id = z.string().min(1);

const passage = z.looseObject({
  documentId: z.string(),
  documentTitle: z.string(),
  pdfPage: z.number().int().positive(),
  quote: z.string(),
  detached: z.boolean().optional(),
});

export const noteRowSchema = z.looseObject({
  id,
  meetingId: z.string().nullable(),
  inquiryId: z.string().nullable(),
  itemNumber: z.string().nullable(),
  itemTitle: z.string().nullable(),
  body: z.string(),
  passages: z.array(passage.extend({ id })),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
});

export const questionListRowSchema = z.looseObject({
  id,
  kind: z.enum(['meeting', 'inquiryDay']),
  meetingId: z.string().nullable(),
  inquiryId: z.string().nullable(),
  dayId: z.string().nullable(),
  title: z.string(),
  createdAt: timestamp,
  deletedAt: timestamp.nullable(),
});

export const questionRowSchema = z.looseObject({
  id,
  listId: id,
  order: z.string().min(1),
  text: z.string(),
  passages: z.array(passage),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
});

export const inquiryRowSchema = z.looseObject({
  id,
  title: z.string(),
  meetingId: z.string().nullable(),
  source: z.looseObject({ documentId: z.string() }).nullable(),
  days: z.array(z.looseObject({ id })),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
});

export const meetingRowSchema = z.looseObject({
  id,
  committee: z.string(),
  date: z.string(),
  time: z.string(),
  venue: z.string(),
  editedByUser: z.boolean(),
  createdAt: timestamp,
});

export const documentRowSchema = z.looseObject({
  id,
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string(),
  fileName: z.string(),
  pageCount: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  importedAt: timestamp,
  encrypted: z.boolean(),
  meetingId: z.string().nullable(),
  versionGroup: z.string(),
  version: z.number().int().positive(),
});

/** A PDF carried in the backup: its bytes sit after the contents, at `offset`. */
export const backupFileSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative(), offset: z.number().int().nonnegative() });

export const backupContentsSchema = z.object({
  app: z.literal('scrutineer'),
  format: z.literal(BACKUP_FORMAT),
  createdAt: timestamp,
  includesFiles: z.boolean(),
  includesExempt: z.boolean(),
  annotations: z.array(annotationSchema.loose()),
  notes: z.array(noteRowSchema),
  questionLists: z.array(questionListRowSchema),
  questions: z.array(questionRowSchema),
  inquiries: z.array(inquiryRowSchema),
  meetings: z.array(meetingRowSchema),
  documents: z.array(documentRowSchema),
  settings: z.array(z.object({ key: z.string().min(1), value: z.unknown() })),
  files: z.array(backupFileSchema),
});

type CheckedContents = z.infer<typeof backupContentsSchema>;

/** A document's details as the app stores them (renderer/db/types.ts StoredDocument). */
export interface BackupDocument {
  id: string;
  hash: string;
  title: string;
  fileName: string;
  pageCount: number;
  size: number;
  importedAt: number;
  encrypted: boolean;
  meetingId: string | null;
  versionGroup: string;
  version: number;
  exempt?: boolean;
  exemptItems?: string[];
}

/** What a backup holds, with the app's row types (the schema checks them on the way in). */
export interface BackupContents extends Omit<CheckedContents, 'annotations' | 'notes' | 'questionLists' | 'questions' | 'inquiries' | 'meetings' | 'documents'> {
  annotations: Annotation[];
  notes: Note[];
  questionLists: QuestionList[];
  questions: Question[];
  inquiries: Inquiry[];
  meetings: { id: string; committee: string; date: string; time: string; venue: string; editedByUser: boolean; createdAt: number }[];
  documents: BackupDocument[];
}

/** The one-line reason a backup's contents are refused: the first field at fault. */
export function describeContentsProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || 'its contents'}: ${issue.message}`;
}
