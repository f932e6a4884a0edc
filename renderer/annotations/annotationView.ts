// The annotation tools' view state: the active tool, the selected annotation, filters.
import { create } from 'zustand';
import type { AnnotationKind } from '../../shared/annotations';

export type Tool = 'select' | 'ink' | 'textbox';

export interface Filters {
  colour: string | null;
  tag: string | null;
  kind: AnnotationKind | null;
}

interface AnnotationViewState {
  tool: Tool;
  selectedId: string | null;
  /** Bumped to replay the flash on the selected annotation. */
  flash: number;
  filters: Filters;
  setTool(tool: Tool): void;
  select(id: string | null, flash?: boolean): void;
  setFilters(filters: Partial<Filters>): void;
  reset(): void;
}

const NO_FILTERS: Filters = { colour: null, tag: null, kind: null };

export const useAnnotationView = create<AnnotationViewState>()((set) => ({
  tool: 'select',
  selectedId: null,
  flash: 0,
  filters: NO_FILTERS,
  setTool: (tool) => set({ tool }),
  select: (selectedId, flash = false) => set((state) => ({ selectedId, flash: flash ? state.flash + 1 : state.flash })),
  setFilters: (filters) => set((state) => ({ filters: { ...state.filters, ...filters } })),
  reset: () => set({ tool: 'select', selectedId: null, filters: NO_FILTERS }),
}));
