// Which screen is showing (view state only).
import { create } from 'zustand';
import { markOpen } from './perfMarks';

export type Route = { name: 'library' } | { name: 'reader'; documentId: string };

interface NavigationState {
  route: Route;
  openDocument(documentId: string): void;
  showLibrary(): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  route: { name: 'library' },
  openDocument: (documentId) => {
    markOpen();
    set({ route: { name: 'reader', documentId } });
  },
  showLibrary: () => set({ route: { name: 'library' } }),
}));
