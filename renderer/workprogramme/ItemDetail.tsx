// The detail pane of one work-programme item: its fields (editable by the chair and officers,
// saved as you type), conflict notices, the recommendations it follows up, links to the
// library, comments and history.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { canDelete, canPatch, ITEM_KINDS, ITEM_STATUSES, type Actor, type ItemFields } from '../../shared/sync';
import { useConfirm } from '../common/confirm';
import { useNotices } from '../common/notices';
import { ConflictNotice } from './ConflictNotice';
import { ItemHistory } from './ItemHistory';
import { KIND_LABELS, STATUS_LABELS, dateTime, longDate } from './labels';
import { LibraryLinks } from './LibraryLinks';
import { useDraft } from './useDraft';
import { addComment, deleteComment, deleteItem, patchItem } from './wpActions';
import type { ItemRow, Programme } from './wpData';

interface Props {
  item: ItemRow;
  programme: Programme;
  actor: Actor;
  clientId: string | null;
  onClose(): void;
  onSelect(itemId: string): void;
}

type TextField = 'title' | 'details' | 'outcome' | 'dateNote' | 'cabinetMember' | 'leadOfficer' | 'priorities';

function TextInput({ item, field, label, multiline, readOnly, describedBy, rows = 4 }: { item: ItemRow; field: TextField; label: string; multiline?: boolean; readOnly: boolean; describedBy?: string; rows?: number }) {
  const id = useId();
  const draft = useDraft(item.fields[field], async (text) => {
    if (field === 'title' && !text.trim()) throw new Error('An item needs a title.');
    await patchItem(item.id, { [field]: field === 'title' ? text.trim() : text });
  });
  const common = {
    id,
    value: draft.value,
    readOnly,
    'aria-describedby': [describedBy, draft.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
    'aria-invalid': draft.error ? true : undefined,
    onChange: (event: { target: { value: string } }) => draft.change(event.target.value),
    onBlur: draft.commit,
  };
  return (
    <div className="wp-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {draft.error && (
        <p id={`${id}-error`} className="field-error">
          {draft.error}
        </p>
      )}
    </div>
  );
}

function SelectField<T extends string>({ label, value, options, labels, disabled, describedBy, onChange }: { label: string; value: T; options: readonly T[]; labels: Readonly<Record<string, string>>; disabled: boolean; describedBy?: string; onChange(value: T): void; }) {
  const id = useId();
  const choose = (chosen: string) => {
    const option = options.find((o) => o === chosen);
    if (option !== undefined) onChange(option);
  };
  return (
    <div className="wp-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} aria-describedby={describedBy} onChange={(event) => choose(event.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option] ?? option}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField({ label, value, readOnly, describedBy, hint, onChange }: { label: string; value: string | null; readOnly: boolean; describedBy?: string; hint?: string; onChange(value: string | null): void }) {
  const id = useId();
  return (
    <div className="wp-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        readOnly={readOnly}
        aria-describedby={[describedBy, hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (next === '' || /^\d{4}-\d{2}-\d{2}$/.test(next)) onChange(next || null);
        }}
      />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="wp-pane-section">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

function Comments({ item, programme, actor }: { item: ItemRow; programme: Programme; actor: Actor }) {
  const notify = useNotices((s) => s.add);
  const [body, setBody] = useState('');
  const fieldId = useId();
  const comments = programme.commentsByTarget.get(`item/${item.id}`) ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    try {
      await addComment(item.committeeId, 'item', item.id, body);
      setBody('');
    } catch (error) {
      notify('error', `Could not add the comment: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <Section title={comments.length ? `Comments (${comments.length})` : 'Comments'}>
      {comments.length === 0 ? (
        <p className="hint">No comments yet.</p>
      ) : (
        <ul className="wp-comments">
          {comments.map((c) => (
            <li key={c.id}>
              <div className="wp-comment-meta">
                <strong>{programme.people.get(c.createdBy ?? '')?.name ?? (c.createdBy === actor.personId ? 'You' : 'Someone')}</strong>
                <span>{c.version === 0 ? 'not yet synced' : dateTime(c.updatedAt)}</span>
                {canDelete(actor, 'comment', c).ok && (
                  <button type="button" className="link-button" onClick={() => void deleteComment(c.id)} aria-describedby={`comment-${c.id}`}>
                    Delete
                  </button>
                )}
              </div>
              <p id={`comment-${c.id}`}>{c.fields.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form className="wp-comment-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={fieldId}>Comment</label>
        <textarea id={fieldId} rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
        <button type="submit" disabled={!body.trim()}>
          Add comment
        </button>
      </form>
    </Section>
  );
}

export function ItemDetail({ item, programme, actor, clientId, onClose, onSelect }: Props) {
  const notify = useNotices((s) => s.add);
  const headingId = useId();
  const noteId = useId();
  const permission = canPatch(actor, 'item', item, {});
  const readOnly = !permission.ok;
  const describedBy = readOnly ? noteId : undefined;
  const notices = programme.notices.filter((n) => n.fields.entityType === 'item' && n.fields.entityId === item.id);
  const recommendations = programme.recommendationsByItem.get(item.id) ?? [];
  const { meetingDate, followsUpItemId: followsUp } = item.fields;
  const earlier = followsUp ? programme.items.find((i) => i.id === followsUp) : undefined;

  const remove = async () => {
    const sure = await useConfirm.getState().ask({
      title: 'Delete this item?',
      message: `“${item.fields.title}” goes from everyone’s work programme. To take it off the programme but keep it on record, set its status to Withdrawn instead.`,
      yes: 'Delete item',
      no: 'Keep it',
    });
    if (!sure) return;
    try {
      await deleteItem(item.id);
      onClose();
    } catch (error) {
      notify('error', `Could not delete: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const save = (fields: Partial<ItemFields>) =>
    patchItem(item.id, fields).catch((error: unknown) => notify('error', `Could not save: ${error instanceof Error ? error.message : String(error)}`));

  return (
    <aside className="wp-pane" aria-labelledby={headingId}>
      <div className="wp-pane-header">
        <h2 id={headingId}>Selected item</h2>
        <div className="wp-pane-buttons">
          {canDelete(actor, 'item', item).ok && (
            <button type="button" onClick={() => void remove()}>
              Delete item
            </button>
          )}
          <button type="button" onClick={onClose}>
            Close item
          </button>
        </div>
      </div>
      <p className="hint">
        {KIND_LABELS[item.fields.kind]} · {meetingDate ? longDate(meetingDate) : 'To be scheduled'}
        {item.version === 0 ? ' · not yet on the server' : ''}
      </p>
      {readOnly && (
        <p id={noteId} className="wp-readonly-note">
          Only the chair and the scrutiny officer can change items in the work programme. You can comment on this one below, or propose a new
          item.
        </p>
      )}
      {notices.map((notice) => (
        <ConflictNotice key={notice.id} notice={notice} people={programme.people} personId={actor.personId} clientId={clientId} />
      ))}

      <TextInput item={item} field="title" label="Title" readOnly={readOnly} describedBy={describedBy} />
      <TextInput item={item} field="details" label="Details" multiline rows={6} readOnly={readOnly} describedBy={describedBy} />
      <TextInput item={item} field="outcome" label="Action/outcome" multiline rows={5} readOnly={readOnly} describedBy={describedBy} />
      <div className="wp-field-row">
        <SelectField label="Status" value={item.fields.status} options={ITEM_STATUSES} labels={STATUS_LABELS} disabled={readOnly} describedBy={describedBy} onChange={(status) => void save({ status })} />
        <SelectField label="Kind" value={item.fields.kind} options={ITEM_KINDS} labels={KIND_LABELS} disabled={readOnly} describedBy={describedBy} onChange={(kind) => void save({ kind })} />
      </div>
      <div className="wp-field-row">
        <DateField label="Meeting date" value={meetingDate} readOnly={readOnly} describedBy={describedBy} hint="Empty: to be scheduled" onChange={(date) => void save({ meetingDate: date })} />
        <DateField label="Follow-up due" value={item.fields.followUpDue} readOnly={readOnly} describedBy={describedBy} hint="When it should come back" onChange={(date) => void save({ followUpDue: date })} />
      </div>
      <TextInput item={item} field="dateNote" label="Date note" readOnly={readOnly} describedBy={describedBy} />
      <TextInput item={item} field="cabinetMember" label="Cabinet member" readOnly={readOnly} describedBy={describedBy} />
      <TextInput item={item} field="leadOfficer" label="Lead officer" readOnly={readOnly} describedBy={describedBy} />
      <TextInput item={item} field="priorities" label="Link to priorities" multiline rows={3} readOnly={readOnly} describedBy={describedBy} />

      {(earlier || recommendations.length > 0) && (
        <Section title="Follows up">
          <ul className="wp-plain-list">
            {earlier && (
              <li>
                <button type="button" className="link-button" onClick={() => onSelect(earlier.id)}>
                  {earlier.fields.title}
                </button>{' '}
                <span className="hint">{earlier.fields.meetingDate ? longDate(earlier.fields.meetingDate) : ''}</span>
              </li>
            )}
            {recommendations.map((r) => (
              <li key={r.id}>
                Recommendation {r.fields.number}: {r.fields.text}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <LibraryLinks itemId={item.id} meetingDate={meetingDate} />
      <Comments item={item} programme={programme} actor={actor} />
      <ItemHistory key={`${item.id}:${item.version}`} item={item} people={programme.people} />
    </aside>
  );
}
