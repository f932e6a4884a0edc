// How each question list is being looked at (grouping and filters): view state only.
import { create } from 'zustand';
import { NO_FILTER, type Grouping, type QuestionFilter } from '../../shared/questions/listView';

export interface ListView {
  grouping: Grouping;
  filter: QuestionFilter;
}

const DEFAULT_VIEW: ListView = { grouping: 'none', filter: NO_FILTER };

interface QuestionViewState {
  views: Record<string, ListView>;
  setGrouping(listKey: string, grouping: Grouping): void;
  setFilter(listKey: string, filter: Partial<QuestionFilter>): void;
}

export const useQuestionView = create<QuestionViewState>()((set) => ({
  views: {},
  setGrouping: (listKey, grouping) => set((state) => ({ views: { ...state.views, [listKey]: { ...(state.views[listKey] ?? DEFAULT_VIEW), grouping } } })),
  setFilter: (listKey, filter) =>
    set((state) => {
      const view = state.views[listKey] ?? DEFAULT_VIEW;
      return { views: { ...state.views, [listKey]: { ...view, filter: { ...view.filter, ...filter } } } };
    }),
}));

export function useListView(listKey: string): ListView {
  return useQuestionView((state) => state.views[listKey] ?? DEFAULT_VIEW);
}
