// The programme grouped by meeting date, with the seed's columns: item, cabinet member and
// officer, link to priorities, details, action/outcome. Choosing an item's title opens it.
import { KIND_LABELS, STATUS_LABELS, clockTime, longDate, mediumDate } from './labels';
import type { ItemGroup, ItemRow } from './wpData';

interface Props {
  groups: ItemGroup[];
  selectedId: string | null;
  pending: Set<string>;
  commentCounts: Map<string, number>;
  onSelect(id: string): void;
}

function GroupHeading({ group, id }: { group: ItemGroup; id: string }) {
  if (group.date === null) {
    return (
      <div className="wp-group-heading">
        <h2 id={id}>To be scheduled</h2>
        <span className="hint">No date yet</span>
      </div>
    );
  }
  const meeting = group.meeting?.fields;
  const facts = meeting
    ? [clockTime(meeting.startTime), meeting.venue, meeting.status === 'held' ? 'Held' : meeting.status === 'cancelled' ? 'Cancelled' : '']
    : ['No committee meeting that day'];
  return (
    <div className="wp-group-heading">
      <h2 id={id}>{longDate(group.date)}</h2>
      <span className="hint">{facts.filter(Boolean).join(' · ')}</span>
    </div>
  );
}

function ItemCell({ item, selected, pending, comments, onSelect }: { item: ItemRow; selected: boolean; pending: boolean; comments: number; onSelect(): void }) {
  const { status, kind, dateNote, followUpDue: followUp } = item.fields;
  return (
    <td className="wp-item-cell">
      <button type="button" className="wp-item-title" aria-current={selected ? 'true' : undefined} onClick={onSelect}>
        {item.fields.title}
      </button>
      <div className="wp-item-meta">
        <span className={`wp-badge wp-status-${status}`}>{STATUS_LABELS[status] ?? status}</span>
        {kind !== 'committee_item' && <span className="wp-badge">{KIND_LABELS[kind]}</span>}
        {dateNote && <span>{dateNote}</span>}
        {followUp && <span>Back {mediumDate(followUp)}</span>}
        {comments > 0 && <span>{comments === 1 ? '1 comment' : `${comments} comments`}</span>}
        {pending && <span className="wp-pending">Not yet synced</span>}
      </div>
    </td>
  );
}

const clamp = (text: string) => <div className="wp-clamp">{text}</div>;

export function ProgrammeTable({ groups, selectedId, pending, commentCounts, onSelect }: Props) {
  if (groups.length === 0) return <p className="hint wp-empty">No items match.</p>;
  return (
    <div className="wp-groups">
      {groups.map((group) => {
        const headingId = `wp-group-${group.date ?? 'tbs'}`;
        return (
          <div key={group.date ?? 'tbs'} className="wp-group">
            <GroupHeading group={group} id={headingId} />
            <table className="wp-table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Cabinet member and officer</th>
                  <th scope="col">Link to priorities</th>
                  <th scope="col">Details</th>
                  <th scope="col">
                    Action/
                    <wbr />
                    outcome
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.items.map((item) => (
                  <tr key={item.id} className={item.id === selectedId ? 'selected' : undefined}>
                    <ItemCell
                      item={item}
                      selected={item.id === selectedId}
                      pending={pending.has(`item/${item.id}`)}
                      comments={commentCounts.get(item.id) ?? 0}
                      onSelect={() => onSelect(item.id)}
                    />
                    <td>
                      {item.fields.cabinetMember && <div>{item.fields.cabinetMember}</div>}
                      {item.fields.leadOfficer && <div className="hint">{item.fields.leadOfficer}</div>}
                    </td>
                    <td>{clamp(item.fields.priorities)}</td>
                    <td>{clamp(item.fields.details)}</td>
                    <td>{clamp(item.fields.outcome)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
