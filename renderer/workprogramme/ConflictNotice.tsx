// A conflict notice from the server, in words, with what each side wrote and the choice
// between keeping this person's version and the other one.
import { useState } from 'react';
import { useNotices } from '../common/notices';
import { TYPE_LABELS, fieldLabel, showValue } from './labels';
import { mySide, type Choice } from './notices';
import { resolveNotice } from './wpActions';
import type { ConflictRow, Person } from './wpData';

interface Props {
  notice: ConflictRow;
  people: Map<string, Person>;
  personId: string;
  clientId: string | null;
  /** What the notice is about, when it is not shown beside it (the banner). */
  subject?: string;
}

const quote = (value: unknown) => {
  const text = showValue(value);
  return text.length > 300 ? `“${text.slice(0, 300)}…”` : `“${text}”`;
};

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function describeNotice(notice: ConflictRow, people: Map<string, Person>, personId: string, clientId: string | null) {
  const f = notice.fields;
  const side = mySide(notice, personId, clientId);
  const otherId = (side === 'lost' ? f.keptBy : f.lostBy) ?? '';
  const other = otherId === personId ? 'you, on another device,' : (people.get(otherId)?.name ?? 'someone else');
  const what = TYPE_LABELS[f.entityType];
  switch (f.kind) {
    case 'overwritten': {
      const field = fieldLabel(f.field ?? '');
      const summary =
        side === 'lost'
          ? `Your change to ${field} was overwritten: ${other} changed it at the same time, and theirs was saved last.`
          : `Your change to ${field} overwrote one that ${other} made at the same time.`;
      const mine = side === 'lost' ? f.lostValue : f.keptValue;
      const theirs = side === 'lost' ? f.keptValue : f.lostValue;
      return { summary, mine: quote(mine), theirs: quote(theirs) };
    }
    case 'edited_after_delete':
      return side === 'lost'
        ? { summary: `You deleted this ${what}, but ${other} edited it at the same time, so it was kept.`, mine: 'Deleted', theirs: 'Kept, with their edit' }
        : { summary: `${cap(other)} deleted this ${what} while you were editing it; your edit brought it back.`, mine: 'Kept, with your edit', theirs: 'Deleted' };
    case 'deleted_while_editing':
      return side === 'lost'
        ? { summary: `${cap(other)} deleted this ${what} while you were editing it. Your edits are kept in its history.`, mine: 'Restored, with your edits', theirs: 'Deleted' }
        : { summary: `You deleted this ${what} while ${other} was editing it.`, mine: 'Deleted', theirs: 'Restored, with their edits' };
  }
}

export function ConflictNotice({ notice, people, personId, clientId, subject }: Props) {
  const notify = useNotices((s) => s.add);
  const [busy, setBusy] = useState(false);
  const { summary, mine, theirs } = describeNotice(notice, people, personId, clientId);
  const act = async (choice: Choice) => {
    setBusy(true);
    try {
      await resolveNotice(notice, choice, personId, clientId);
    } catch (error) {
      notify('error', `Could not apply your choice: ${error instanceof Error ? error.message : String(error)}`);
      setBusy(false);
    }
  };
  return (
    <div className="wp-conflict" role="group" aria-label="Conflicting change">
      {subject && <p className="wp-conflict-subject">{subject}</p>}
      <p>{summary}</p>
      <dl>
        <dt>Yours</dt>
        <dd>{mine}</dd>
        <dt>Theirs</dt>
        <dd>{theirs}</dd>
      </dl>
      <div className="wp-conflict-actions">
        <button type="button" disabled={busy} onClick={() => void act('mine')}>
          Keep mine
        </button>
        <button type="button" disabled={busy} onClick={() => void act('theirs')}>
          Keep theirs
        </button>
      </div>
    </div>
  );
}
