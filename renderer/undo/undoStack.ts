// One undo stack for whatever the user can take back: changes to annotations, and the
// deletion of annotations, notes, questions, question lists and reviews. Each change has a
// scope (a document, a meeting's notes, an inquiry day's questions): "Undo" in a place
// takes back the latest change made there. Deletions are soft and logged
// (undoLogData.ts), so after a reload "Undo" still finds them until they are purged;
// other changes are undone within the session only, as in any editor.
import { create } from 'zustand';
import { ownerNamed, type SoftDeleteOwner } from './owners';
import { forgetEntry, latestEntry, markDeletedAndLog, restoreAndForget } from './undoLogData';

export interface Change {
  label: string;
  scope: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** A soft deletion: undoing it restores the rows and forgets its log entry. */
interface Deletion extends Change {
  owner: string;
  ids: readonly string[];
}

const isDeletion = (change: Change): change is Deletion => 'owner' in change;

interface UndoStack {
  past: Change[];
  future: Change[];
}

export const useUndoStack = create<UndoStack>()(() => ({ past: [], future: [] }));

const LIMIT = 200;

export function record(change: Change): void {
  // A new change in a place makes what was undone there unredoable; other places keep theirs.
  useUndoStack.setState((state) => ({ past: [...state.past, change].slice(-LIMIT), future: state.future.filter((c) => c.scope !== change.scope) }));
}

function move(change: Change, from: 'past' | 'future'): void {
  const to = from === 'past' ? 'future' : 'past';
  useUndoStack.setState((state) => ({ [from]: state[from].filter((c) => c !== change), [to]: [...state[to], change] }));
}

const flushers = new Set<() => Promise<void>>();

/** Saves still waiting (batched edits) are written before any undo or redo, so it takes back the right one. */
export function flushBeforeUndo(flush: () => Promise<void>): void {
  flushers.add(flush);
}

let queue: Promise<unknown> = Promise.resolve();

/** Undo and redo run one at a time: two quick presses take back two changes, not one twice. */
function serial<T>(op: () => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    await Promise.all([...flushers].map((flush) => flush()));
    return op();
  });
  queue = run.catch(() => undefined);
  return run;
}

function deletion(owner: SoftDeleteOwner, ids: readonly string[], label: string, scope: string): Deletion {
  return {
    label,
    scope,
    owner: owner.name,
    ids,
    undo: async () => void (await restoreAndForget(owner, ids)),
    redo: async () => void (await markDeletedAndLog(owner, { at: Date.now(), ids: [...ids], label, scope })),
  };
}

/**
 * Deletes rows softly, logs it, and puts it on the stack. Resolves to the change, for a
 * notice's own "Undo" button (undoChange).
 */
export async function softDelete(owner: SoftDeleteOwner, ids: readonly string[], { label, scope }: { label: string; scope: string }): Promise<Change> {
  const change = deletion(owner, ids, label, scope);
  await change.redo();
  record(change);
  return change;
}

/** Brings deleted rows back outside the stack's order (by id); their deletion leaves the stack and the log. */
export async function restoreDeleted(owner: SoftDeleteOwner, ids: readonly string[]): Promise<number> {
  const restored = await restoreAndForget(owner, ids);
  const wanted = new Set(ids);
  const taken = (change: Change) => isDeletion(change) && change.owner === owner.name && change.ids.some((id) => wanted.has(id));
  useUndoStack.setState((state) => ({ past: state.past.filter((change) => !taken(change)) }));
  return restored;
}

/** Takes back the latest change in a scope; resolves to its label, or null when there is none. */
export function undo(scope: string): Promise<string | null> {
  return serial(async () => {
    const change = useUndoStack.getState().past.findLast((c) => c.scope === scope);
    if (!change) return undoLogged(scope);
    move(change, 'past');
    await change.undo();
    return change.label;
  });
}

/**
 * Nothing left from this session in the scope: deletions from before it (a reload ago)
 * are on the log. Every logged deletion of this session is still on the stack until
 * undone, so the log's latest entry is the next one back.
 */
async function undoLogged(scope: string): Promise<string | null> {
  for (let entry = await latestEntry(scope); entry; entry = await latestEntry(scope)) {
    const owner = ownerNamed(entry.owner);
    const restored = await restoreAndForget(owner, entry.ids);
    await forgetEntry(entry.seq!);
    if (restored > 0) {
      useUndoStack.setState((state) => ({ future: [...state.future, deletion(owner, entry.ids, entry.label, entry.scope)] }));
      return entry.label;
    }
    // Its rows are gone (purged with what held them): try the one before.
  }
  return null;
}

/** Takes back one particular change (a notice's "Undo"), wherever it is on the stack. */
export function undoChange(change: Change): Promise<void> {
  return serial(async () => {
    const onStack = useUndoStack.getState().past.includes(change);
    // A deletion can be restored even when it has left the stack; other changes cannot.
    if (!onStack && !isDeletion(change)) return;
    if (onStack) move(change, 'past');
    await change.undo();
  });
}

/** Does again the change last undone in a scope; resolves to its label, or null. */
export function redo(scope: string): Promise<string | null> {
  return serial(async () => {
    const change = useUndoStack.getState().future.findLast((c) => c.scope === scope);
    if (!change) return null;
    move(change, 'future');
    await change.redo();
    return change.label;
  });
}

/** Forgets the session's changes (the log stays): for tests, and a fresh start. */
export function clearUndoStack(): void {
  useUndoStack.setState({ past: [], future: [] });
}
