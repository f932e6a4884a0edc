// Undo and redo for annotation changes: each entry knows how to put the database back
// and forward again. The stacks are session state, not stored.
import { create } from 'zustand';

export interface Change {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

interface HistoryState {
  past: Change[];
  future: Change[];
  record(change: Change): void;
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
  clear(): void;
}

const LIMIT = 200;

export const useHistory = create<HistoryState>()((set, get) => ({
  past: [],
  future: [],
  record: (change) => set((state) => ({ past: [...state.past, change].slice(-LIMIT), future: [] })),
  undo: async () => {
    const change = get().past.at(-1);
    if (!change) return null;
    set((state) => ({ past: state.past.slice(0, -1), future: [...state.future, change] }));
    await change.undo();
    return change.label;
  },
  redo: async () => {
    const change = get().future.at(-1);
    if (!change) return null;
    set((state) => ({ future: state.future.slice(0, -1), past: [...state.past, change] }));
    await change.redo();
    return change.label;
  },
  clear: () => set({ past: [], future: [] }),
}));
