// What the work programme screen is showing (view state only; the rows live in Dexie).
import { create } from 'zustand';
import type { ItemFilter } from './wpData';

interface WorkProgrammeView {
  committeeId: string | null;
  selectedItemId: string | null;
  filter: ItemFilter;
  proposing: boolean;
  chooseCommittee(id: string): void;
  select(itemId: string | null): void;
  setFilter(filter: Partial<ItemFilter>): void;
  setProposing(open: boolean): void;
}

export const useWorkProgrammeView = create<WorkProgrammeView>()((set) => ({
  committeeId: null,
  selectedItemId: null,
  filter: { kind: '', status: '', text: '' },
  proposing: false,
  chooseCommittee: (committeeId) => set({ committeeId, selectedItemId: null }),
  select: (selectedItemId) => set({ selectedItemId }),
  setFilter: (filter) => set((state) => ({ filter: { ...state.filter, ...filter } })),
  setProposing: (proposing) => set({ proposing }),
}));
