// The library, grouped by meeting: each document with its facts, versions and actions.
import './reflow.css';
import { useState } from 'react';
import { useNavigation } from '../navigation/navigation';
import { useNotices } from '../common/notices';
import type { Meeting, ServiceItem, StoredDocument } from '../db/types';
import { formatMeetingDate } from '../meetings/format';
import { MeetingDetailsDialog } from '../meetings/MeetingDetailsDialog';
import { updateMeeting } from '../meetings/meetingsData';
import { fileDocumentUnder, type LibraryEntry, type LibraryGroup } from './filing';
import { useStructure } from '../meetings/structuresData';
import { formatBytes, formatDateTime } from './format';
import { removeDocument, setDocumentExempt } from './libraryData';
import { ReadingState } from './ReadingState';
import { listDependents, RemoveDialog } from './RemoveDialog';
import type { DependentCount, DependentsChoice } from './documentDependents';
import './documentList.css';
import './downloads.css';

const KIND_LABEL = { agenda: 'Agenda', minutes: 'Minutes', report: 'Report', unknown: '' } as const;

function StructureSummary({ hash }: { hash: string }) {
  const structure = useStructure(hash);
  if (!structure) return null;
  const label = structure.role === 'supplement' ? 'Supplement' : structure.role === 'pack' ? 'Reports pack' : KIND_LABEL[structure.kind];
  const items = structure.items.filter((item) => !item.parent).length;
  const noun = structure.kind === 'minutes' ? 'minute' : 'agenda item';
  return (
    <>
      {label && <span>{label}</span>}
      {items > 0 && <span>{items === 1 ? `1 ${noun}` : `${items} ${noun}s`}</span>}
    </>
  );
}

interface EntryProps {
  entry: LibraryEntry;
  onRemove(document: StoredDocument): void;
  onFile?(document: StoredDocument): void;
}

/** How the document came to be under this meeting, when it was inferred or linked rather than read from its own front sheet. */
function FilingNote({ document, linked }: { document: StoredDocument; linked?: boolean }) {
  if (linked) {
    const item = document.alsoFor?.item;
    return <span className="filing-note">Came with these papers{item ? ` (item ${item})` : ''}; filed under the meeting it records</span>;
  }
  const filing = document.filing;
  if (!filing?.inferred) return null;
  return (
    <span className="filing-note">
      {filing.item ? `Item ${filing.item} · ` : ''}Filed by inference: {filing.reason}
    </span>
  );
}

function DocumentEntry({ entry: { current, earlier, linked }, onRemove, onFile }: EntryProps) {
  const openDocument = useNavigation((state) => state.openDocument);
  const versioned = earlier.length > 0;
  return (
    <li className="document" aria-label={`${current.title}${versioned ? ` (version ${current.version}, current)` : ''}${current.unopened ? ', new' : ''}`}>
      <div className="document-main">
        <button type="button" className="document-title" onClick={() => openDocument(current.id)}>
          {current.title}
        </button>
        <div className="document-facts">
          {current.unopened && <span className="badge badge-new">New</span>}
          {versioned && <span className="badge">Version {current.version} · current</span>}
          <StructureSummary hash={current.hash} />
          <ReadingState hash={current.hash} />
          <span>{current.pageCount === 1 ? '1 page' : `${current.pageCount} pages`}</span>
          <span>{formatBytes(current.size)}</span>
          <span>Imported {formatDateTime(current.importedAt)}</span>
          {current.encrypted && <span>Password-protected</span>}
          <FilingNote document={current} linked={linked} />
          {current.exempt && <span className="exempt-badge">Exempt</span>}
        </div>
        {current.fileName !== current.title && <div className="document-file">{current.fileName}</div>}
        {versioned && (
          <details className="versions">
            <summary>Earlier versions ({earlier.length})</summary>
            <ul aria-label="Earlier versions">
              {earlier.map((old) => (
                <li key={old.id}>
                  <span>
                    Version {old.version} · {old.fileName} · imported {formatDateTime(old.importedAt)}
                  </span>
                  <button type="button" onClick={() => openDocument(old.id)}>
                    Open version {old.version}
                  </button>
                  <button type="button" onClick={() => onRemove(old)}>
                    Remove version {old.version}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <div className="document-actions">
        <button type="button" className="primary" onClick={() => openDocument(current.id)}>
          Open
        </button>
        {onFile && (
          <button type="button" onClick={() => onFile(current)}>
            Edit meeting details
          </button>
        )}
        <button type="button" aria-pressed={current.exempt === true} onClick={() => void setDocumentExempt(current.id, !current.exempt)}>
          Mark exempt
        </button>
        <button type="button" onClick={() => onRemove(current)}>
          Remove
        </button>
      </div>
    </li>
  );
}

/** The agenda as the council's site lists it; restricted items and papers are marked "Exempt". */
function ServiceAgenda({ items }: { items: ServiceItem[] }) {
  return (
    <details className="service-agenda">
      <summary>Agenda on the council’s website ({items.length} items)</summary>
      <ol aria-label="Agenda on the council’s website">
        {items.map((item) => (
          <li key={`${item.number}-${item.title}`}>
            <span>
              {item.number}. {item.title}
            </span>
            {item.restricted && <span className="badge badge-exempt">Exempt</span>}
            {item.documents.some((doc) => doc.restricted) && (
              <ul>
                {item.documents
                  .filter((doc) => doc.restricted)
                  .map((doc) => (
                    <li key={doc.title}>
                      <span className="badge badge-exempt">Exempt</span> {doc.title}: restricted (Part 2), published only to signed-in members, so not downloaded.
                    </li>
                  ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}

function GroupHeading({ meeting, onEdit }: { meeting: Meeting | null; onEdit(): void }) {
  if (!meeting) {
    return (
      <li className="group-heading">
        <div>
          <h2>Not filed under a meeting</h2>
          <p className="hint">Reports and papers whose committee and date were not found. Use “Edit meeting details” to file one.</p>
        </div>
      </li>
    );
  }
  return (
    <li className="group-heading">
      <div>
        <h2>
          {meeting.committee} <span className="heading-date">{formatMeetingDate(meeting.date)}</span>
        </h2>
        <p className="hint">
          {meeting.cancelled && <span className="badge badge-cancelled">Cancelled</span>} {[meeting.time, meeting.venue].filter(Boolean).join(' · ')}
        </p>
        {meeting.serviceItems && meeting.serviceItems.length > 0 && <ServiceAgenda items={meeting.serviceItems} />}
      </div>
      <div className="group-actions">
        <button type="button" onClick={() => useNavigation.getState().openMeeting(meeting.id)}>
          Questions and notes
        </button>
        <button type="button" onClick={onEdit}>
          Edit meeting details
        </button>
      </div>
    </li>
  );
}

type Editing = { meeting: Meeting } | { document: StoredDocument; filedUnder: Meeting | null };

export function DocumentList({ groups }: { groups: LibraryGroup[] }) {
  const [removing, setRemoving] = useState<StoredDocument | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const notify = useNotices((state) => state.add);

  const confirmRemove = async (choice: DependentsChoice, dependents: DependentCount[]) => {
    if (!removing) return;
    const { title, id } = removing;
    setRemoving(null);
    try {
      await removeDocument(id, choice);
    } catch (error) {
      notify('error', `“${title}” was not removed, and nothing changed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const what = listDependents(dependents);
    const outcome = !what ? '' : choice === 'keep' ? ` Kept ${what}, detached from it.` : ` Deleted ${what}.`;
    notify('info', `Removed “${title}” from the library.${outcome}`);
  };

  return (
    <>
      <ul className="documents" aria-label="Library">
        {groups.map((group) => [
          <GroupHeading
            key={`heading-${group.meeting?.id ?? 'unfiled'}`}
            meeting={group.meeting}
            onEdit={() => group.meeting && setEditing({ meeting: group.meeting })}
          />,
          ...group.entries.map((entry) => (
            <DocumentEntry
              key={entry.current.id}
              entry={entry}
              onRemove={setRemoving}
              onFile={!group.meeting || entry.current.filing?.inferred ? (document) => setEditing({ document, filedUnder: group.meeting }) : undefined}
            />
          )),
        ])}
      </ul>
      {removing && <RemoveDialog document={removing} onConfirm={(choice, dependents) => void confirmRemove(choice, dependents)} onCancel={() => setRemoving(null)} />}
      {editing && (
        <MeetingDetailsDialog
          meeting={'meeting' in editing ? editing.meeting : editing.filedUnder}
          subject={
            'meeting' in editing
              ? 'Correct what was detected from the front sheet.'
              : editing.document.filing?.inferred
                ? `“${editing.document.title}” was filed by inference. Correct the meeting it belongs to.`
                : `File “${editing.document.title}” under a meeting.`
          }
          onSave={async (details) => {
            if ('meeting' in editing) await updateMeeting(editing.meeting.id, details);
            else await fileDocumentUnder(editing.document.id, details);
            notify('info', 'Meeting details saved.');
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
