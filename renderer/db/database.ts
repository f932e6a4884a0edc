// The app's IndexedDB database (Dexie): its tables and every schema version.
//
// Upgrade path: never edit a released version. To change the schema, add
// `this.version(N + 1).stores({...})` listing only the tables that change, with an
// `.upgrade(tx => ...)` that rewrites existing rows when their shape changes. Dexie runs
// each pending upgrade in order when a user on an older version opens the app, so every
// user's notes, annotations and documents are carried forward. See docs/database.md.
import Dexie, { type EntityTable } from 'dexie';
import type { StoredDocument, StoredFile, ViewState } from './types';

export class ScrutineerDatabase extends Dexie {
  documents!: EntityTable<StoredDocument, 'id'>;
  files!: EntityTable<StoredFile, 'hash'>;
  viewStates!: EntityTable<ViewState, 'docId'>;

  constructor(name = 'scrutineer') {
    super(name);
    // Version 1: documents point at their bytes by content hash (one stored copy per
    // distinct file); the reader remembers page and zoom per document.
    this.version(1).stores({
      documents: 'id, &hash, importedAt',
      files: 'hash',
      viewStates: 'docId',
    });
  }
}

export const db = new ScrutineerDatabase();
