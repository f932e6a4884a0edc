// What the running check is doing, for the progress bar and status line (view state only).
import { create } from 'zustand';

export interface CheckProgress {
  running: boolean;
  documentsDone: number;
  documentsTotal: number;
  bytes: number;
  /** The document downloading now. */
  current: string | null;
  /** The last check's outcome or what it is waiting for, in a sentence. */
  status: string | null;
}

export const useCheckProgress = create<CheckProgress>()(() => ({
  running: false,
  documentsDone: 0,
  documentsTotal: 0,
  bytes: 0,
  current: null,
  status: null,
}));

export const updateProgress = (change: Partial<CheckProgress>) => useCheckProgress.setState(change);
