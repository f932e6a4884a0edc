// The annotation tools' view state: the document open, the active tool, the selected
// annotation, filters.
import { create } from 'zustand';
import type { AnnotationKind } from '../../shared/annotations';

export type Tool = 'select' | 'ink' | 'textbox';

export interface Filters {
  colour: string | null;
  tag: string | null;
  kind: AnnotationKind | null;
}

interface AnnotationViewState {
  /** The document the reader shows: its annotations are what Undo and Redo act on. */
  documentId: string | null;
  tool: Tool;
  selectedId: string | null;
  /** Bumped to replay the flash on the selected annotation. */
  flash: number;
  /** Bumped when the user opens an annotation from the page: its editor is to be shown. */
  editorRequest: number;
  filters: Filters;
  setTool(tool: Tool): void;
  select(id: string | null, flash?: boolean): void;
  openEditor(id: string): void;
  setFilters(filters: Partial<Filters>): void;
  /** A document opens: no tool, selection or filters carried over from the last one. */
  reset(documentId: string): void;
}

const NO_FILTERS: Filters = { colour: null, tag: null, kind: null };

export const useAnnotationView = create<AnnotationViewState>()((set) => ({
  documentId: null,
  tool: 'select',
  selectedId: null,
  flash: 0,
  editorRequest: 0,
  filters: NO_FILTERS,
  setTool: (tool) => set({ tool }),
  select: (selectedId, flash = false) => set((state) => ({ selectedId, flash: flash ? state.flash + 1 : state.flash })),
  openEditor: (selectedId) => set((state) => ({ selectedId, flash: state.flash + 1, editorRequest: state.editorRequest + 1 })),
  setFilters: (filters) => set((state) => ({ filters: { ...state.filters, ...filters } })),
  reset: (documentId) => set({ documentId, tool: 'select', selectedId: null, filters: NO_FILTERS }),
}));
