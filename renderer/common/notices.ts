// Messages for the user about what just happened (errors are alerts; the rest are status).
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  add(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
  clear(): void;
}

let nextId = 1;

/** Status messages fade after a while; errors stay until the user dismisses them. */
const INFO_LIFETIME_MS = 8000;
/** More than this and they cover the page; the oldest go first. */
const MAX_SHOWN = 4;

export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  add: (kind, text) => {
    const id = nextId++;
    set((state) => ({ notices: [...state.notices, { id, kind, text }].slice(-MAX_SHOWN) }));
    if (kind === 'info') setTimeout(() => get().dismiss(id), INFO_LIFETIME_MS);
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  clear: () => set({ notices: [] }),
}));
