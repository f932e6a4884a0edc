// Messages for the user about what just happened (errors are alerts; the rest are status).
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  /** A button beside the message, such as "Undo". */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run(): void;
}

interface NoticeState {
  notices: Notice[];
  add(kind: Notice['kind'], text: string, action?: NoticeAction): void;
  dismiss(id: number): void;
  clear(): void;
}

let nextId = 1;

/** Status messages fade after a while; errors stay until the user dismisses them. */
const INFO_LIFETIME_MS = 8000;
const ACTION_LIFETIME_MS = 20_000;
/** More than this and they cover the page; the oldest go first. */
const MAX_SHOWN = 4;

export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  add: (kind, text, action) => {
    const id = nextId++;
    set((state) => ({ notices: [...state.notices, { id, kind, text, ...(action ? { action } : {}) }].slice(-MAX_SHOWN) }));
    // A message with an action (Undo) stays long enough to use it.
    if (kind === 'info') setTimeout(() => get().dismiss(id), action ? ACTION_LIFETIME_MS : INFO_LIFETIME_MS);
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  clear: () => set({ notices: [] }),
}));
