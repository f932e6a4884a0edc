// The recommendations tracker: every recommendation of the committee's reviews with the
// executive's response and its due date, those overdue first.
import type { SyncRow } from '../../shared/sync';
import { RECOMMENDATION_STATUS_LABELS, RESPONSE_LABELS, mediumDate } from './labels';
import { fieldText, fieldTextOrNull, type Programme, type Recommendation } from './wpData';

function RecommendationEntry({ rec, items, onSelect }: { rec: Recommendation; items: SyncRow[]; onSelect(id: string): void }) {
  const row = rec.row;
  const response = fieldTextOrNull(row, 'response');
  const status = fieldText(row, 'status');
  const followUps = rec.itemIds.map((id) => items.find((i) => i.id === id)).filter((i): i is SyncRow => i !== undefined);
  return (
    <li className={`wp-rec${rec.overdue ? ' overdue' : ''}`}>
      <div className="wp-rec-head">
        <span className="wp-rec-number">{fieldText(row, 'number') || '–'}</span>
        <p className="wp-rec-text">{fieldText(row, 'text')}</p>
      </div>
      <dl className="wp-rec-facts">
        <div>
          <dt>Response</dt>
          <dd>{response ? (RESPONSE_LABELS[response] ?? response) : 'None yet'}</dd>
        </div>
        <div>
          <dt>Response due</dt>
          <dd>
            {fieldTextOrNull(row, 'responseDue') ? mediumDate(fieldText(row, 'responseDue')) : 'No date'}
            {rec.overdue && !response && <strong className="wp-overdue"> Overdue</strong>}
          </dd>
        </div>
        {fieldTextOrNull(row, 'followUpDate') && (
          <div>
            <dt>Follow-up</dt>
            <dd>
              {mediumDate(fieldText(row, 'followUpDate'))}
              {rec.overdue && response && <strong className="wp-overdue"> Overdue</strong>}
            </dd>
          </div>
        )}
        <div>
          <dt>Progress</dt>
          <dd>{RECOMMENDATION_STATUS_LABELS[status] ?? status}</dd>
        </div>
        {fieldText(row, 'deadline') && (
          <div>
            <dt>Deadline</dt>
            <dd>{fieldText(row, 'deadline')}</dd>
          </div>
        )}
        {fieldText(row, 'leadOfficer') && (
          <div>
            <dt>Lead officer</dt>
            <dd>{fieldText(row, 'leadOfficer')}</dd>
          </div>
        )}
      </dl>
      {fieldText(row, 'responseText') && <p className="wp-rec-response">{fieldText(row, 'responseText')}</p>}
      {followUps.length > 0 && (
        <p className="hint">
          Followed up in{' '}
          {followUps.map((item, index) => (
            <span key={item.id}>
              {index > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
                {fieldText(item, 'title')}
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
  const reviews = new Map<string, SyncRow>();
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
              .map((review) => `${fieldText(review, 'title')}${fieldText(review, 'executiveMember') ? ` – response from ${fieldText(review, 'executiveMember')}` : ''}`)
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
