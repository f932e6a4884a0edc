// Members' proposals for the programme, newest first: the office accepts one (it becomes an
// item to be scheduled) or declines it with a reply; its author may withdraw it.
import { useId, useState } from 'react';
import type { Actor } from '../../shared/sync';
import { useNotices } from '../common/notices';
import { SUGGESTION_STATUS_LABELS, dateTime } from './labels';
import { acceptSuggestion, answerSuggestion } from './wpActions';
import type { Programme, SuggestionRow } from './wpData';

function Proposal({ suggestion, programme, actor, onSelect }: { suggestion: SuggestionRow; programme: Programme; actor: Actor; onSelect(itemId: string): void }) {
  const notify = useNotices((s) => s.add);
  const [reply, setReply] = useState('');
  const replyId = useId();
  const { status, title, reason, response, itemId } = suggestion.fields;
  const author = suggestion.createdBy === actor.personId ? 'you' : (programme.people.get(suggestion.createdBy ?? '')?.name ?? 'a member');
  const office = actor.role === 'officer' || actor.role === 'chair';
  const item = itemId !== null ? programme.items.find((i) => i.id === itemId) : undefined;
  const run = (label: string, action: () => Promise<unknown>) =>
    // Failures are reported by the notice in the catch.
    void action().catch((error: unknown) => notify('error', `Could not ${label}: ${error instanceof Error ? error.message : String(error)}`));

  return (
    <li className="wp-proposal">
      <div className="wp-proposal-head">
        <strong>{title}</strong>
        <span className={`wp-badge wp-suggestion-${status}`}>{SUGGESTION_STATUS_LABELS[status] ?? status}</span>
      </div>
      <p className="hint">
        Proposed by {author}
        {suggestion.version === 0 ? ' · not yet synced' : ` · ${dateTime(suggestion.updatedAt)}`}
      </p>
      {reason && <p>{reason}</p>}
      {response && (
        <p className="wp-reply">
          <span className="hint">Reply: </span>
          {response}
        </p>
      )}
      {item && (
        <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
          Show the item
        </button>
      )}
      {status === 'open' && office && (
        <div className="wp-proposal-actions">
          <label htmlFor={replyId}>Reply</label>
          <input id={replyId} type="text" value={reply} onChange={(event) => setReply(event.target.value)} />
          <button type="button" aria-label={`Accept as item: ${title}`} onClick={() => run('accept it', () => acceptSuggestion(suggestion, reply))}>
            Accept as item
          </button>
          <button type="button" aria-label={`Decline: ${title}`} onClick={() => run('decline it', () => answerSuggestion(suggestion, 'declined', reply))}>
            Decline
          </button>
        </div>
      )}
      {status === 'open' && !office && suggestion.createdBy === actor.personId && (
        <div className="wp-proposal-actions">
          <button type="button" aria-label={`Withdraw: ${title}`} onClick={() => run('withdraw it', () => answerSuggestion(suggestion, 'withdrawn'))}>
            Withdraw
          </button>
        </div>
      )}
    </li>
  );
}

export function Proposals({ programme, actor, onSelect }: { programme: Programme; actor: Actor; onSelect(itemId: string): void }) {
  const open = programme.suggestions.filter((s) => s.fields.status === 'open');
  const answered = programme.suggestions.filter((s) => s.fields.status !== 'open');
  return (
    <div className="wp-proposals">
      <h2 id="wp-proposals-heading">Proposals from members</h2>
      {programme.suggestions.length === 0 && <p className="hint">No proposals yet. Use “Propose item” to suggest a topic.</p>}
      {open.length > 0 && (
        <ul className="wp-proposal-list" aria-labelledby="wp-proposals-heading">
          {open.map((s) => (
            <Proposal key={s.id} suggestion={s} programme={programme} actor={actor} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {answered.length > 0 && (
        <details className="wp-answered">
          <summary>Answered ({answered.length})</summary>
          <ul className="wp-proposal-list">
            {answered.map((s) => (
              <Proposal key={s.id} suggestion={s} programme={programme} actor={actor} onSelect={onSelect} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
