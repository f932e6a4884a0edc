// Asks the user a yes-or-no question in the ConfirmDialog and waits for the answer.
import { create } from 'zustand';

export interface Question {
  title: string;
  message: string;
  yes: string;
  no: string;
}

interface ConfirmState {
  pending: (Question & { resolve(answer: boolean): void }) | null;
  ask(question: Question): Promise<boolean>;
  answer(answer: boolean): void;
}

export const useConfirm = create<ConfirmState>()((set, get) => ({
  pending: null,
  ask: (question) =>
    new Promise((resolve) => {
      get().pending?.resolve(false);
      set({ pending: { ...question, resolve } });
    }),
  answer: (answer) => {
    const pending = get().pending;
    set({ pending: null });
    pending?.resolve(answer);
  },
}));
