// Saves a text field as it is typed: every change is written to IndexedDB at once, and
// while a write is in flight only the newest value waits for the next one, so what the
// user typed is stored within a few milliseconds (well inside half a second) and an
// immediate reload finds it.

export interface Autosave {
  /** Records the latest value and writes it as soon as the previous write has finished. */
  set(value: string): void;
  /** Resolves once everything set so far is stored. */
  flush(): Promise<void>;
  /** True while something set is not yet stored. */
  readonly pending: boolean;
}

export function createAutosave(write: (value: string) => Promise<void>, onError: (error: unknown) => void = () => {}, onIdle: () => void = () => {}): Autosave {
  let waiting: { value: string } | null = null;
  let running: Promise<void> | null = null;

  const run = (): Promise<void> => {
    if (!waiting) return Promise.resolve();
    const { value } = waiting;
    waiting = null;
    running = write(value)
      .catch(onError)
      .then(() => {
        running = null;
        if (waiting) return run();
        onIdle();
      });
    return running;
  };

  return {
    set(value) {
      waiting = { value };
      // run() hands write failures to onError; flush() waits for it.
      if (!running) void run();
    },
    async flush() {
      while (running || waiting) await (running ?? run());
    },
    get pending() {
      return running !== null || waiting !== null;
    },
  };
}
