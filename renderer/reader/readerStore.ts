// The reader's view state: where the user is and how large the pages are drawn.
import { create } from 'zustand';

interface ReaderState {
  page: number;
  pageCount: number;
  /** pdf.js scale value: "page-width" or a number as text. */
  scaleValue: string;
  /** The scale actually in use, for showing a percentage. */
  scale: number;
  /** Whether the agenda (left) and the side panel (right) are shown: on a small screen the page needs the room. */
  agendaOpen: boolean;
  sideOpen: boolean;
  toggleAgenda(): void;
  toggleSide(): void;
  setPage(page: number): void;
  setPageCount(count: number): void;
  setScale(scaleValue: string, scale: number): void;
  reset(): void;
}

function narrowAtStart(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 900px)').matches;
}

export const useReader = create<ReaderState>()((set) => ({
  page: 1,
  pageCount: 0,
  scaleValue: 'page-width',
  scale: 1,
  // On a narrow window (or at large zoom) the panels lie over the page: they start closed there.
  agendaOpen: !narrowAtStart(),
  sideOpen: !narrowAtStart(),
  toggleAgenda: () => set((state) => ({ agendaOpen: !state.agendaOpen })),
  toggleSide: () => set((state) => ({ sideOpen: !state.sideOpen })),
  setPage: (page) => set({ page }),
  setPageCount: (pageCount) => set({ pageCount }),
  setScale: (scaleValue, scale) => set({ scaleValue, scale }),
  reset: () => set({ page: 1, pageCount: 0, scaleValue: 'page-width', scale: 1 }),
}));
