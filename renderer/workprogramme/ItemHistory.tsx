// An item's history: the server's audit trail (who changed what, when, from what to what,
// including values that were overwritten in a conflict) when online, and the changes made
// on this device that have not reached the server yet.
import { useEffect, useState } from 'react';
import type { AuditEntry, Mutation } from '../../shared/sync';
import { loadHistory, useSyncStatus } from '../sync/syncApp';
import { usePendingChangesOf } from '../sync/syncData';
import { dateTime, fieldLabel, showValue } from './labels';
import type { ItemRow, Person } from './wpData';

type Loaded = { state: 'loading' } | { state: 'done'; entries: AuditEntry[] } | { state: 'failed'; message: string };

const clip = (value: unknown) => {
  const text = showValue(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

function describeEntry(entry: AuditEntry): string[] {
  switch (entry.op) {
    case 'create':
      return ['added the item'];
    case 'delete':
      return ['deleted the item'];
    case 'restore':
      return ['restored the item'];
    default: {
      const after = entry.after ?? {};
      const before = entry.before ?? {};
      const changes = Object.keys(after).map((field) => `changed ${fieldLabel(field)} from “${clip(before[field])}” to “${clip(after[field])}”`);
      return changes.length ? changes : [`${entry.op}`];
    }
  }
}

function describePending(m: Mutation): string {
  switch (m.op) {
    case 'create':
      return 'Added the item';
    case 'patch':
      return `Changed ${Object.keys(m.fields).map(fieldLabel).join(', ')}`;
    case 'delete':
      return 'Deleted the item';
    case 'restore':
      return 'Restored the item';
  }
}

function PendingChanges({ item }: { item: ItemRow }) {
  const pending = usePendingChangesOf({ type: 'item', id: item.id });
  if (!pending || (pending.values.length === 0 && pending.unreadable.length === 0)) return null;
  // Unreadable changes are still waiting: say so rather than hide them.
  const lines = [
    ...pending.values.map((m) => ({ seq: m.seq, text: describePending(m) })),
    ...pending.unreadable.map((u, i) => ({ seq: u.seq ?? -1 - i, text: 'A change this version of Scrutineer cannot read' })),
  ].sort((a, b) => a.seq - b.seq);
  return (
    <ul className="wp-history">
      {lines.map((line) => (
        <li key={line.seq} className="wp-history-pending">
          <span className="wp-history-when">On this device, not yet synced</span>
          <span>{line.text}</span>
        </li>
      ))}
    </ul>
  );
}

export function ItemHistory({ item, people }: { item: ItemRow; people: Map<string, Person> }) {
  const phase = useSyncStatus((s) => s.phase);
  const reachable = phase === 'synced' || phase === 'syncing';
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    if (!reachable || item.version === 0) return;
    let live = true;
    loadHistory('item', item.id).then(
      (entries) => live && setLoaded({ state: 'done', entries }),
      (error: unknown) => live && setLoaded({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [item.id, item.version, reachable]);

  const entries = loaded.state === 'done' ? [...loaded.entries].reverse() : [];
  return (
    <div className="wp-pane-section">
      <h3>History</h3>
      <PendingChanges item={item} />
      {item.version === 0 ? (
        <p className="hint">Its history starts when the server has it.</p>
      ) : !reachable && loaded.state !== 'done' ? (
        <p className="hint">The full history is kept on the server; it shows here when you are online.</p>
      ) : loaded.state === 'loading' ? (
        <p className="hint">Loading the history…</p>
      ) : loaded.state === 'failed' ? (
        <p className="hint">Could not load the history: {loaded.message}</p>
      ) : (
        <ol className="wp-history" aria-label="Item history">
          {entries.map((entry) => (
            <li key={entry.version}>
              <span className="wp-history-when">
                {dateTime(entry.at)} · {entry.personName ?? people.get(entry.personId ?? '')?.name ?? 'the office'}
              </span>
              {describeEntry(entry).map((line) => (
                <span key={line}>{line}</span>
              ))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
