// The recommendations tracker: every recommendation of the committee's reviews with the
// executive's response and its due date, those overdue first.
import { RECOMMENDATION_STATUS_LABELS, RESPONSE_LABELS, mediumDate } from './labels';
import type { ItemRow, Programme, Recommendation, ReviewRow } from './wpData';

function RecommendationEntry({ rec, items, onSelect }: { rec: Recommendation; items: ItemRow[]; onSelect(id: string): void }) {
  const { number, text, response, responseDue, followUpDate, status, deadline, leadOfficer, responseText } = rec.row.fields;
  const followUps = rec.itemIds.map((id) => items.find((i) => i.id === id)).filter((i): i is ItemRow => i !== undefined);
  return (
    <li className={`wp-rec${rec.overdue ? ' overdue' : ''}`}>
      <div className="wp-rec-head">
        <span className="wp-rec-number">{number || '–'}</span>
        <p className="wp-rec-text">{text}</p>
      </div>
      <dl className="wp-rec-facts">
        <div>
          <dt>Response</dt>
          <dd>{response ? (RESPONSE_LABELS[response] ?? response) : 'None yet'}</dd>
        </div>
        <div>
          <dt>Response due</dt>
          <dd>
            {responseDue ? mediumDate(responseDue) : 'No date'}
            {rec.overdue && !response && <strong className="wp-overdue"> Overdue</strong>}
          </dd>
        </div>
        {followUpDate && (
          <div>
            <dt>Follow-up</dt>
            <dd>
              {mediumDate(followUpDate)}
              {rec.overdue && response && <strong className="wp-overdue"> Overdue</strong>}
            </dd>
          </div>
        )}
        <div>
          <dt>Progress</dt>
          <dd>{RECOMMENDATION_STATUS_LABELS[status] ?? status}</dd>
        </div>
        {deadline && (
          <div>
            <dt>Deadline</dt>
            <dd>{deadline}</dd>
          </div>
        )}
        {leadOfficer && (
          <div>
            <dt>Lead officer</dt>
            <dd>{leadOfficer}</dd>
          </div>
        )}
      </dl>
      {responseText && <p className="wp-rec-response">{responseText}</p>}
      {followUps.length > 0 && (
        <p className="hint">
          Followed up in{' '}
          {followUps.map((item, index) => (
            <span key={item.id}>
              {index > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
                {item.fields.title}
              </button>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

export function Recommendations({ programme, onSelect }: { programme: Programme; onSelect(itemId: string): void }) {
  const overdue = programme.recommendations.filter((r) => r.overdue).length;
  const reviews = new Map<string, ReviewRow>();
  for (const r of programme.recommendations) if (r.review) reviews.set(r.review.id, r.review);
  return (
    <section className="wp-recommendations" aria-labelledby="wp-recommendations-heading">
      <h2 id="wp-recommendations-heading">Recommendations</h2>
      {programme.recommendations.length === 0 ? (
        <p className="hint">No recommendations from this committee’s reviews yet.</p>
      ) : (
        <>
          <p className="hint">
            {programme.recommendations.length} recommendation{programme.recommendations.length === 1 ? '' : 's'}
            {overdue > 0 ? `, ${overdue} overdue (listed first)` : ', none overdue'}.{' '}
            {[...reviews.values()]
              .map(({ fields }) => `${fields.title}${fields.executiveMember ? ` – response from ${fields.executiveMember}` : ''}`)
              .join('; ')}
          </p>
          <ol className="wp-rec-list">
            {programme.recommendations.map((rec) => (
              <RecommendationEntry key={rec.row.id} rec={rec} items={programme.items} onSelect={onSelect} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
