// Which screen is showing (view state only).
import { create } from 'zustand';
import { markOpen } from './perfMarks';

export type Route =
  | { name: 'library' }
  | { name: 'reader'; documentId: string }
  // Questions and notes (renderer/workspace, renderer/inquiries, renderer/questions, renderer/notes).
  | { name: 'meeting'; meetingId: string }
  | { name: 'inquiry'; inquiryId: string; dayId?: string }
  | { name: 'meetingMode'; listId: string; back: Route }
  | { name: 'notes' }
  | { name: 'workprogramme' }
  | { name: 'settings' }
  | { name: 'glossary'; meetingId?: string }
  // Councils' ModernGov sites and the committees followed (renderer/councils).
  | { name: 'councils' };

interface NavigationState {
  route: Route;
  openDocument(documentId: string): void;
  showLibrary(): void;
  openMeeting(meetingId: string): void;
  openInquiry(inquiryId: string, dayId?: string): void;
  /** The focused view for the day, returning to where it was started from. */
  openMeetingMode(listId: string): void;
  openNotes(): void;
  showWorkProgramme(): void;
  showSettings(): void;
  /** The glossary of a meeting's papers, or of the whole library. */
  showGlossary(meetingId?: string): void;
  showCouncils(): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  route: { name: 'library' },
  openDocument: (documentId) => {
    markOpen();
    set({ route: { name: 'reader', documentId } });
  },
  showLibrary: () => set({ route: { name: 'library' } }),
  openMeeting: (meetingId) => set({ route: { name: 'meeting', meetingId } }),
  openInquiry: (inquiryId, dayId) => set({ route: { name: 'inquiry', inquiryId, ...(dayId ? { dayId } : {}) } }),
  openMeetingMode: (listId) => set((state) => ({ route: { name: 'meetingMode', listId, back: state.route } })),
  openNotes: () => set({ route: { name: 'notes' } }),
  showWorkProgramme: () => set({ route: { name: 'workprogramme' } }),
  showSettings: () => set({ route: { name: 'settings' } }),
  showGlossary: (meetingId) => set({ route: { name: 'glossary', ...(meetingId ? { meetingId } : {}) } }),
  showCouncils: () => set({ route: { name: 'councils' } }),
}));
