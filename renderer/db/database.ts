// The app's IndexedDB database (Dexie): its tables and every schema version.
//
// Upgrade path: never edit a released version. To change the schema, add
// `this.version(N + 1).stores({...})` listing only the tables that change, with an
// `.upgrade(tx => ...)` that rewrites existing rows when their shape changes. Dexie runs
// each pending upgrade in order when a user on an older version opens the app, so every
// user's notes, annotations and documents are carried forward. See docs/database.md.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Annotation } from '../../shared/annotations/types';
import type { Note } from '../../shared/notes/types';
import type { Inquiry, Question, QuestionList } from '../../shared/questions/types';
import type { DocumentStructure, Meeting, PageText, Setting, StoredDocument, StoredFile, ViewState } from './types';
import type { SyncMetaRow, SyncOutboxRow, SyncRowRecord, WorkItemLink } from './syncTypes';

export class ScrutineerDatabase extends Dexie {
  documents!: EntityTable<StoredDocument, 'id'>;
  files!: EntityTable<StoredFile, 'hash'>;
  viewStates!: EntityTable<ViewState, 'docId'>;
  meetings!: EntityTable<Meeting, 'id'>;
  structures!: EntityTable<DocumentStructure, 'hash'>;
  pageTexts!: Table<PageText, [string, number]>;
  annotations!: EntityTable<Annotation, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  questionLists!: EntityTable<QuestionList, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  inquiries!: EntityTable<Inquiry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  // Version 5 (work programme sync): see the version(5) block below.
  syncMeta!: EntityTable<SyncMetaRow, 'key'>;
  syncServerRows!: Table<SyncRowRecord, [string, string]>;
  syncRows!: Table<SyncRowRecord, [string, string]>;
  syncOutbox!: EntityTable<SyncOutboxRow, 'seq'>;
  workItemLinks!: EntityTable<WorkItemLink, 'id'>;

  constructor(name = 'scrutineer') {
    super(name);
    // Version 1: documents point at their bytes by content hash (one stored copy per
    // distinct file); the reader remembers page and zoom per document.
    this.version(1).stores({
      documents: 'id, &hash, importedAt',
      files: 'hash',
      viewStates: 'docId',
    });
    // Version 2: meetings; each document belongs to one (or none yet) and to a group of
    // versions; the structure found in each file (agenda, printed page numbers) and its
    // text are kept by content hash. Existing documents become version 1 of their own
    // group, not yet filed under a meeting; their structure is extracted on next open.
    this.version(2)
      .stores({
        documents: 'id, &hash, importedAt, meetingId, versionGroup',
        meetings: 'id, [committee+date]',
        structures: 'hash',
        pageTexts: '[hash+page], hash',
      })
      .upgrade(async (tx) => {
        await tx
          .table('documents')
          .toCollection()
          .modify((document: Partial<StoredDocument>) => {
            document.meetingId ??= null;
            document.versionGroup ??= document.id;
            document.version ??= 1;
          });
      });
    // Version 3: annotations, listed per document in reading order (sortKey), and the
    // user's settings (such as what each highlight colour means to them).
    this.version(3).stores({
      annotations: 'id, documentId, [documentId+sortKey], kind, colour, *tags, modifiedAt',
      settings: 'key',
    });
    // Version 4: notes (per meeting, agenda item or free-standing), question lists (one
    // per meeting and per inquiry day) with their questions in running order (order key),
    // and inquiries (reviews with their objectives, witnesses, members and days).
    this.version(4).stores({
      notes: 'id, meetingId, inquiryId, updatedAt',
      questionLists: 'id, meetingId, inquiryId, dayId',
      questions: 'id, listId, [listId+order]',
      inquiries: 'id, meetingId, updatedAt',
    });
    // Version 5: the committee work programme synced with the scrutiny office's server
    // (renderer/sync/dexieSyncStore.ts implements the sync engine's store on these): the
    // engine's meta, the server's rows as last pulled and the optimistic view, both keyed
    // by [type+id], and the outbox of pending mutations by seq; plus this device's own
    // links from work-programme items to library meetings (and later questions).
    // Only new tables, so no upgrade function. (Version 4 is notes and questions.)
    this.version(5).stores({
      syncMeta: 'key',
      syncServerRows: '[type+id], type',
      syncRows: '[type+id], type, committeeId',
      syncOutbox: 'seq',
      workItemLinks: 'id, itemId, [targetType+targetId]',
    });
  }
}

export const db = new ScrutineerDatabase();
