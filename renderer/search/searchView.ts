// View state of search: whether the Search dialog is open, and what the reader should find
// when a result opens it (the page, and the words or phrases to mark).
import { create } from 'zustand';

export interface FindRequest {
  documentId: string;
  page: number;
  query: string[];
}

interface SearchViewState {
  open: boolean;
  text: string;
  find: FindRequest | null;
  setOpen(open: boolean): void;
  setText(text: string): void;
  requestFind(find: FindRequest | null): void;
}

export const useSearchView = create<SearchViewState>()((set) => ({
  open: false,
  text: '',
  find: null,
  setOpen: (open) => set({ open }),
  setText: (text) => set({ text }),
  requestFind: (find) => set({ find }),
}));
