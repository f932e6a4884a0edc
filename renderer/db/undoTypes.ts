// The undo log's row: one deletion the user can still take back (renderer/undo/).

export interface UndoLogEntry {
  /** Auto-incremented: the order deletions happened in. */
  seq?: number;
  /** When it was deleted: the rows' deletedAt, and when the entry is purged with them. */
  at: number;
  /** Whose rows they are ('annotation', 'note', 'question', 'questionList', 'inquiry'). */
  owner: string;
  ids: string[];
  /** What "Undo" says it takes back ("Delete highlight"). */
  label: string;
  /** Where that "Undo" is offered ("document:…", "notes:meeting:…", "questions:day:…"). */
  scope: string;
}
