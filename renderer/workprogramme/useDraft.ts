// A text field over a live synced value: what the user types is saved a moment after they
// stop (or when they leave the field, or the pane closes), and the field follows the live
// value again once the saved change has come back through the view (or someone else's has).
import { useCallback, useEffect, useRef, useState } from 'react';

interface DraftState {
  text: string | null;
  /** The live value when the draft was saved: once the live value moves on, the draft goes. */
  savedOver: string | null;
  error: string | null;
}

const EMPTY: DraftState = { text: null, savedOver: null, error: null };

export interface Draft {
  value: string;
  change(text: string): void;
  /** Saves now (on blur). */
  commit(): void;
  error: string | null;
}

export function useDraft(value: string, save: (text: string) => Promise<void>, delayMs = 600): Draft {
  const [state, setState] = useState<DraftState>(EMPTY);
  const pending = useRef<{ text: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const latest = useRef({ value, save });
  useEffect(() => {
    latest.current = { value, save };
  });

  // The saved change (or a newer one from elsewhere) is in the view: show the live value again.
  if (state.text !== null && state.savedOver !== null && value !== state.savedOver) {
    setState(EMPTY);
  }

  const commit = useCallback(() => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    const over = latest.current.value;
    if (job.text === over) {
      setState((s) => (s.text === job.text ? EMPTY : s));
      return;
    }
    latest.current.save(job.text).then(
      () => setState((s) => (s.text === job.text ? { text: s.text, savedOver: over, error: null } : s)),
      (error: unknown) => setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) })),
    );
  }, []);

  const change = useCallback(
    (text: string) => {
      setState({ text, savedOver: null, error: null });
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { text, timer: setTimeout(commit, delayMs) };
    },
    [commit, delayMs],
  );

  // Leaving (another item chosen, pane closed): save what was typed.
  useEffect(() => commit, [commit]);

  return { value: state.text ?? value, change, commit, error: state.error };
}
