// What "Undo" and "Redo" in a place would take back, for their buttons: the session's
// latest change there, else the latest deletion logged there before a reload.
import { useLiveQuery } from 'dexie-react-hooks';
import { latestEntry } from './undoLogData';
import { useUndoStack } from './undoStack';

export function useUndo(scope: string | null): { undoLabel: string | null; redoLabel: string | null } {
  const sessionUndo = useUndoStack((state) => (scope ? (state.past.findLast((change) => change.scope === scope)?.label ?? null) : null));
  const redoLabel = useUndoStack((state) => (scope ? (state.future.findLast((change) => change.scope === scope)?.label ?? null) : null));
  const logged = useLiveQuery(async () => (scope ? ((await latestEntry(scope))?.label ?? null) : null), [scope]);
  return { undoLabel: sessionUndo ?? logged ?? null, redoLabel };
}
