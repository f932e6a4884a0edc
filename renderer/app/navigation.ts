// Which screen is showing (view state only).
import { create } from 'zustand';
import { markOpen } from './perfMarks';

export type Route =
  | { name: 'library' }
  | { name: 'reader'; documentId: string }
  | { name: 'workprogramme' }
  | { name: 'settings' };

interface NavigationState {
  route: Route;
  openDocument(documentId: string): void;
  showLibrary(): void;
  showWorkProgramme(): void;
  showSettings(): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  route: { name: 'library' },
  openDocument: (documentId) => {
    markOpen();
    set({ route: { name: 'reader', documentId } });
  },
  showLibrary: () => set({ route: { name: 'library' } }),
  showWorkProgramme: () => set({ route: { name: 'workprogramme' } }),
  showSettings: () => set({ route: { name: 'settings' } }),
}));
