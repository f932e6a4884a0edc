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
import type { Meeting, Setting, StoredDocument, StoredFile, StoredPageText, StoredStructure, ViewState } from './types';
import type { SyncMetaRow, SyncOutboxRow, SyncRowRecord, WorkItemLink } from './syncTypes';
import type { UndoLogEntry } from './undoTypes';
import type { GlossaryEdit, StoredSearchIndex } from './searchTypes';
import type { Council, CouncilDocument } from './councilTypes';
import type { RestoreHistoryEntry } from './backupTypes';

export class ScrutineerDatabase extends Dexie {
  documents!: EntityTable<StoredDocument, 'id'>;
  files!: EntityTable<StoredFile, 'hash'>;
  viewStates!: EntityTable<ViewState, 'docId'>;
  meetings!: EntityTable<Meeting, 'id'>;
  structures!: Table<StoredStructure, string>;
  pageTexts!: Table<StoredPageText, [string, number]>;
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
  // Version 6 (one undo and delete model): see the version(6) block below.
  undoLog!: EntityTable<UndoLogEntry, 'seq'>;
  // Version 7 (councils' ModernGov sites): see the version(7) block below.
  councils!: EntityTable<Council, 'id'>;
  councilDocuments!: Table<CouncilDocument, [string, string]>;
  // Version 8 (search and glossary): see the version(8) block below.
  searchIndex!: EntityTable<StoredSearchIndex, 'key'>;
  glossaryEdits!: EntityTable<GlossaryEdit, 'id'>;
  // Version 9 (backup and restore): see the version(9) block below.
  restoreHistory!: EntityTable<RestoreHistoryEntry, 'id'>;

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
    // Version 6 (one undo and delete model, renderer/undo/): annotations and questions
    // are deleted softly like notes and lists, and kept a week for "Undo". Annotations get
    // an index on deletedAt (rows without one are not in it, so it holds only the deleted
    // ones, for the purge). The undo log keeps each deletion "Undo" can take back, by
    // scope (a document, a meeting's notes or questions) in order, so it survives a
    // reload; `*ids` finds the entry of a row restored another way. Existing questions
    // become live ones (deletedAt null); annotations without deletedAt already are. The
    // sync outbox is indexed by entity, so an item's pending changes (its history) are
    // read by key, not by scanning every change waiting.
    this.version(6)
      .stores({
        annotations: 'id, documentId, [documentId+sortKey], kind, colour, *tags, modifiedAt, deletedAt',
        undoLog: '++seq, [scope+seq], at, *ids',
        syncOutbox: 'seq, [type+id]',
      })
      .upgrade(async (tx) => {
        await tx
          .table('questions')
          .toCollection()
          .modify((question: { deletedAt?: number | null }) => {
            question.deletedAt ??= null;
          });
      });
    // Version 7 (packs arrive by themselves, renderer/councils/): the councils' ModernGov
    // sites the user added, with the committees they follow, and each document a check
    // found, by council and its key on the site, so a download cut off resumes without
    // duplicates and republished bytes become a new version. Only new tables.
    this.version(7).stores({
      councils: 'id',
      councilDocuments: '[councilId+key], councilId, at',
    });
    // Version 8 (search, renderer/search/): the search index as the worker last saved it
    // (one row, so a restart loads it instead of reading every page again), and the user's
    // glossary changes (entries added, corrected or hidden), by acronym. New tables only.
    this.version(8).stores({
      searchIndex: 'key',
      glossaryEdits: 'id, acronym',
    });
    // Version 9 (backup and restore, renderer/backup/): when a restored row and the
    // device's differ, the more recent edit is kept in its table and the other one here,
    // keyed so that restoring the same backup twice adds nothing. Only a new table.
    this.version(9).stores({
      restoreHistory: 'id, kind, rowId, keptAt',
    });
  }
}

export const db = new ScrutineerDatabase();
