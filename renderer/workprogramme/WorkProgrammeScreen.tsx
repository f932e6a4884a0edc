// The work programme screen: the committee's programme grouped by meeting date (with "To be
// scheduled" last), filters, proposals, the recommendations tracker and the detail pane of
// the chosen item; "Propose item", "Sync now" and the sync status on top. Works offline.
import { useMemo } from 'react';
import type { Actor } from '../../shared/sync';
import { ITEM_KINDS, ITEM_STATUSES, canCreate } from '../../shared/sync';
import { useNavigation } from '../navigation/navigation';
import { useNotices } from '../common/notices';
import { SyncStatusLine } from '../sync/SyncStatusLine';
import { useConnection } from '../sync/syncApp';
import { useClientId, usePendingChanges } from '../sync/syncData';
import { ConflictNotice } from './ConflictNotice';
import { ItemDetail } from './ItemDetail';
import { KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels';
import { ProgrammeTable } from './ProgrammeTable';
import { Proposals } from './Proposals';
import { ProposeItemDialog } from './ProposeItemDialog';
import { Recommendations } from './Recommendations';
import { addItem } from './wpActions';
import { UnreadableNote } from './UnreadableNote';
import { filterItems, groupItems, useCommittees, useProgramme, type ConflictRow, type Programme } from './wpData';
import { useWorkProgrammeView } from './wpView';

function Filters() {
  const filter = useWorkProgrammeView((s) => s.filter);
  const setFilter = useWorkProgrammeView((s) => s.setFilter);
  return (
    <div className="wp-filters" role="group" aria-label="Filter items">
      <label>
        Type
        <select value={filter.kind} onChange={(event) => setFilter({ kind: event.target.value })}>
          <option value="">All types</option>
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stage
        <select value={filter.status} onChange={(event) => setFilter({ status: event.target.value })}>
          <option value="">All stages</option>
          {ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Search
        <input type="search" value={filter.text} onChange={(event) => setFilter({ text: event.target.value })} />
      </label>
    </div>
  );
}

/** Notices about things not on show in the pane: other entities, or items that were deleted. */
function NoticesBanner({ programme, actor, clientId, selectedId }: { programme: Programme; actor: Actor; clientId: string | null; selectedId: string | null }) {
  const select = useWorkProgrammeView((s) => s.select);
  const visibleItems = new Map(programme.items.map((i) => [i.id, i]));
  const itemOf = ({ fields }: ConflictRow) => (fields.entityType === 'item' ? visibleItems.get(fields.entityId) : undefined);
  const elsewhere = programme.notices.filter((n) => !itemOf(n));
  const onItems = programme.notices.flatMap((n) => {
    const item = itemOf(n);
    return item && item.id !== selectedId ? [{ notice: n, item }] : [];
  });
  if (elsewhere.length === 0 && onItems.length === 0) return null;
  return (
    <div className="wp-banner" role="region" aria-label="Changes that need you">
      <h2>Changes that need you</h2>
      {onItems.length > 0 && (
        <ul className="wp-plain-list">
          {onItems.map(({ notice, item }) => (
            <li key={notice.id}>
              A change you and someone else made at the same time to “{item.fields.title}”.{' '}
              <button type="button" className="link-button" onClick={() => select(item.id)}>
                Open the item to choose
              </button>
            </li>
          ))}
        </ul>
      )}
      {elsewhere.map((n) => (
        <ConflictNotice
          key={n.id}
          notice={n}
          people={programme.people}
          personId={actor.personId}
          clientId={clientId}
          subject={`About a ${TYPE_LABELS[n.fields.entityType]}${n.fields.entityType === 'item' ? ' that is no longer in the programme' : ''}`}
        />
      ))}
    </div>
  );
}

function NotConnected() {
  const showSettings = useNavigation((s) => s.showSettings);
  return (
    <div className="empty-library wp-not-connected">
      <h2>Not connected</h2>
      <p>Your committee’s work programme comes from the scrutiny office’s server. Connect this device with the address and invitation code the office gave you; after that it works offline too.</p>
      <button type="button" className="primary" onClick={showSettings}>
        Connect to a server
      </button>
    </div>
  );
}

export function WorkProgrammeScreen() {
  const connection = useConnection();
  const committees = useCommittees(connection);
  const view = useWorkProgrammeView();
  const notify = useNotices((s) => s.add);
  const clientId = useClientId();
  const pending = usePendingChanges();
  const committee = committees?.find((c) => c.id === view.committeeId) ?? committees?.[0];
  const personId = connection?.person.id ?? null;
  const programme = useProgramme(committee?.id ?? null, personId);
  const actor: Actor | null = committee && personId ? { personId, role: committee.role } : null;

  const groups = useMemo(() => (programme ? groupItems(filterItems(programme.items, view.filter), programme.meetingsByDate) : []), [programme, view.filter]);
  const commentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const [key, list] of programme?.commentsByTarget ?? []) if (key.startsWith('item/')) counts.set(key.slice(5), list.length);
    return counts;
  }, [programme]);
  const selected = programme?.items.find((i) => i.id === view.selectedItemId);

  const newItem = async () => {
    if (!committee) return;
    try {
      const id = await addItem(committee.id, { title: 'New item', kind: 'committee_item', status: 'proposed' });
      view.select(id);
    } catch (error) {
      notify('error', `Could not add an item: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <main className="wp-screen">
      <section className="wp" aria-labelledby="wp-heading">
        <div className="wp-toolbar">
          <div className="wp-title">
            <h1 id="wp-heading">Work programme</h1>
            {committee && committees && committees.length > 1 ? (
              <label className="wp-committee">
                <span className="visually-hidden">Committee</span>
                <select value={committee.id} onChange={(event) => view.chooseCommittee(event.target.value)}>
                  {committees.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              committee && (
                <p className="hint">
                  {committee.name}
                  {committee.municipalYear ? ` ${committee.municipalYear}` : ''}
                  {committee.council ? `, ${committee.council}` : ''}
                </p>
              )
            )}
          </div>
          <div className="wp-actions">
            {actor && canCreate(actor, 'item').ok && (
              <button type="button" onClick={() => void newItem()}>
                Add item
              </button>
            )}
            {/* Hidden while its dialog is open, so "Propose item" names one button: the dialog's. */}
            <button
              type="button"
              className="primary"
              disabled={!committee}
              aria-hidden={view.proposing || undefined}
              inert={view.proposing || undefined}
              onClick={() => view.setProposing(true)}
            >
              Propose item
            </button>
            <SyncStatusLine />
          </div>
        </div>

        {connection === null ? (
          <NotConnected />
        ) : !programme || !actor || !committee ? (
          <p className="hint wp-loading">{connection && committees?.length === 0 ? 'This device is not on any committee yet.' : 'Loading the work programme…'}</p>
        ) : (
          <div className="wp-body">
            <div className="wp-list">
              <NoticesBanner programme={programme} actor={actor} clientId={clientId} selectedId={selected?.id ?? null} />
              <Filters />
              {programme.items.length === 0 ? (
                <p className="hint wp-empty">The programme is empty{pending.keys.size > 0 ? '' : ' (it fills in after the first sync)'}.</p>
              ) : (
                <ProgrammeTable groups={groups} selectedId={selected?.id ?? null} pending={pending.keys} commentCounts={commentCounts} onSelect={view.select} />
              )}
              <UnreadableNote rows={programme.unreadable} changes={pending.unreadable} />
              <Proposals programme={programme} actor={actor} onSelect={view.select} />
              <Recommendations programme={programme} onSelect={view.select} />
            </div>
            {selected && !view.proposing && (
              <ItemDetail key={selected.id} item={selected} programme={programme} actor={actor} clientId={clientId} onClose={() => view.select(null)} onSelect={view.select} />
            )}
          </div>
        )}
        {view.proposing && committee && <ProposeItemDialog committeeId={committee.id} committeeName={committee.name} onClose={() => view.setProposing(false)} />}
      </section>
    </main>
  );
}
