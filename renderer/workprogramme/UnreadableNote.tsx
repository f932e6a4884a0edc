// Says so when rows of the work programme, or changes waiting to be sent, are on this device
// but do not fit what this version of the app knows (a newer server, a damaged database):
// they are left out of the lists, not lost, and the user should know something is missing.
import { entityTypeSchema, type Unreadable } from '../../shared/sync';
import { TYPE_LABELS } from './labels';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

function describe(entry: Unreadable): string {
  const type = entityTypeSchema.safeParse(entry.type);
  const what = type.success ? TYPE_LABELS[type.data] : 'entry';
  const problems = entry.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  return `${what} ${entry.id || '(no id)'}: ${problems}`;
}

export function UnreadableNote({ rows, changes }: { rows: readonly Unreadable[]; changes: readonly Unreadable[] }) {
  if (rows.length === 0 && changes.length === 0) return null;
  const all = [...rows, ...changes];
  return (
    <div className="hint wp-unreadable">
      {rows.length > 0 && (
        <p>
          {plural(rows.length, 'entry', 'entries')} of this work programme on this device could not be read and {rows.length === 1 ? 'is' : 'are'} not
          shown. A newer version of Scrutineer may read {rows.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      {changes.length > 0 && (
        <p>
          {plural(changes.length, 'change', 'changes')} waiting on this device could not be read. {changes.length === 1 ? 'It is' : 'They are'} kept,
          not discarded.
        </p>
      )}
      <details>
        <summary>What could not be read</summary>
        <ul>
          {all.map((entry, index) => (
            <li key={index}>{describe(entry)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
