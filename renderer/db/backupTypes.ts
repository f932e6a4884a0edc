// Row shape of the restoreHistory table (renderer/backup/restoreHistoryData.ts).

/** A version of one of the user's rows that lost to a more recent edit during a restore. */
export interface RestoreHistoryEntry {
  /** kind:rowId:checksum of the row, so the same version is kept once however often it is restored. */
  id: string;
  /** 'annotation', 'note', 'question', 'questionList', 'inquiry', 'meeting', 'setting'. */
  kind: string;
  rowId: string;
  /** Where the kept version came from: the device (the backup's was newer) or the backup. */
  origin: 'device' | 'backup';
  row: unknown;
  keptAt: number;
}
