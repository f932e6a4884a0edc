// Asks the user for a PDF's password through the PasswordDialog and waits for the answer.
import { create } from 'zustand';

interface PendingPrompt {
  /** New for every question asked, so the form starts empty each time. */
  id: number;
  fileName: string;
  wrongBefore: boolean;
  resolve(password: string | null): void;
}

interface PasswordPromptState {
  pending: PendingPrompt | null;
  ask(fileName: string, wrongBefore: boolean): Promise<string | null>;
  answer(password: string | null): void;
}

let nextPromptId = 1;

export const usePasswordPrompt = create<PasswordPromptState>()((set, get) => ({
  pending: null,
  ask: (fileName, wrongBefore) =>
    new Promise((resolve) => {
      get().pending?.resolve(null);
      set({ pending: { id: nextPromptId++, fileName, wrongBefore, resolve } });
    }),
  answer: (password) => {
    const pending = get().pending;
    set({ pending: null });
    pending?.resolve(password);
  },
}));

/** Passwords given this session, so opening a just-imported file does not ask twice. They are never stored. */
const remembered = new Map<string, string>();

/** An askPassword callback for pdf.js: tries this session's password first, then asks. */
export function passwordAsker(key: string, fileName: string) {
  let lastFromUser = false;
  let triedRemembered = false;
  return async (wrongBefore: boolean): Promise<string | null> => {
    const known = remembered.get(key);
    if (known !== undefined && !triedRemembered) {
      triedRemembered = true;
      return known;
    }
    const password = await usePasswordPrompt.getState().ask(fileName, wrongBefore && lastFromUser);
    lastFromUser = true;
    if (password !== null) remembered.set(key, password);
    return password;
  };
}

/** The password given for a file this session, if any (for background work on it). */
export function rememberedPassword(key: string): string | undefined {
  return remembered.get(key);
}
