// How far the reading of each file's text has got, for the library to show ("Reading 312 of 648 pages"),
// and the meeting its first pages name, for filing it before the rest is read; in memory only, by file hash.
import { create } from 'zustand';
import type { FrontSheetDetails } from './documentReading';

export interface Progress {
  read: number;
  /** 0 until the reader has said how many pages there are. */
  total: number;
}

interface ReadingProgressState {
  byHash: Record<string, Progress>;
  frontByHash: Record<string, FrontSheetDetails>;
  report(hash: string, read: number, total: number): void;
  front(hash: string, details: FrontSheetDetails): void;
  finish(hash: string): void;
}

export const useReadingProgress = create<ReadingProgressState>()((set) => ({
  byHash: {},
  frontByHash: {},
  report: (hash, read, total) => set((state) => ({ byHash: { ...state.byHash, [hash]: { read, total } } })),
  front: (hash, details) => set((state) => ({ frontByHash: { ...state.frontByHash, [hash]: details } })),
  finish: (hash) =>
    set((state) => {
      if (!(hash in state.byHash) && !(hash in state.frontByHash)) return state;
      const { [hash]: _done, ...rest } = state.byHash;
      const { [hash]: _front, ...fronts } = state.frontByHash;
      return { byHash: rest, frontByHash: fronts };
    }),
}));

/** A reporter for one file, to hand to readDocument. */
export const progressOf = (hash: string) => (read: number, total: number) => useReadingProgress.getState().report(hash, read, total);

/** The reporters readDocument takes for one file: progress and the meeting its first pages name. */
export const readingReportsOf = (hash: string) => ({
  onProgress: progressOf(hash),
  onFrontSheet: (details: FrontSheetDetails) => useReadingProgress.getState().front(hash, details),
});

/** Calls `then` once with the meeting a file's first pages name, if they name one before `finish`; returns the unsubscribe. */
export function whenFrontSheetRead(hash: string, then: (details: FrontSheetDetails) => void): () => void {
  const known = useReadingProgress.getState().frontByHash[hash];
  if (known) {
    then(known);
    return () => {};
  }
  const stop = useReadingProgress.subscribe((state) => {
    const details = state.frontByHash[hash];
    if (!details) return;
    stop();
    then(details);
  });
  return stop;
}

/** How far the file's reading has got; undefined when it is not being read. */
export function useProgressOf(hash: string): Progress | undefined {
  return useReadingProgress((state) => state.byHash[hash]);
}
