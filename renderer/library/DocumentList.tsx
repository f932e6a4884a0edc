// The library, grouped by meeting: each document with its facts, versions and actions.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigation } from '../app/navigation';
import { useNotices } from '../common/notices';
import { db } from '../db/database';
import type { Meeting, StoredDocument } from '../db/types';
import { formatMeetingDate } from '../meetings/format';
import { MeetingDetailsDialog } from '../meetings/MeetingDetailsDialog';
import { fileDocumentUnder, updateMeeting, type LibraryEntry, type LibraryGroup } from '../meetings/meetingsData';
import { formatBytes, formatDateTime } from './format';
import { removeDocument } from './libraryData';
import { RemoveDialog } from './RemoveDialog';

const KIND_LABEL = { agenda: 'Agenda', minutes: 'Minutes', report: 'Report', unknown: '' } as const;

function StructureSummary({ hash }: { hash: string }) {
  const structure = useLiveQuery(() => db.structures.get(hash), [hash]);
  if (!structure) return null;
  const label = KIND_LABEL[structure.kind];
  const items = structure.items.filter((item) => !item.parent).length;
  return (
    <>
      {label && <span>{label}</span>}
      {items > 0 && <span>{items} agenda items</span>}
    </>
  );
}

interface EntryProps {
  entry: LibraryEntry;
  onRemove(document: StoredDocument): void;
  onFile?(document: StoredDocument): void;
}

function DocumentEntry({ entry: { current, earlier }, onRemove, onFile }: EntryProps) {
  const openDocument = useNavigation((state) => state.openDocument);
  const versioned = earlier.length > 0;
  return (
    <li className="document" aria-label={versioned ? `${current.title} (version ${current.version}, current)` : current.title}>
      <div className="document-main">
        <button type="button" className="document-title" onClick={() => openDocument(current.id)}>
          {current.title}
        </button>
        <div className="document-facts">
          {versioned && <span className="badge">Version {current.version} · current</span>}
          <StructureSummary hash={current.hash} />
          <span>{current.pageCount} pages</span>
          <span>{formatBytes(current.size)}</span>
          <span>Imported {formatDateTime(current.importedAt)}</span>
          {current.encrypted && <span>Password-protected</span>}
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
        <button type="button" onClick={() => onRemove(current)}>
          Remove
        </button>
      </div>
    </li>
  );
}

function GroupHeading({ meeting, onEdit }: { meeting: Meeting | null; onEdit(): void }) {
  if (!meeting) {
    return (
      <li role="presentation" className="group-heading">
        <div>
          <h2>Not filed under a meeting</h2>
          <p className="hint">Reports and papers whose committee and date were not found. Use “Edit meeting details” to file one.</p>
        </div>
      </li>
    );
  }
  return (
    <li role="presentation" className="group-heading">
      <div>
        <h2>
          {meeting.committee} <span className="heading-date">{formatMeetingDate(meeting.date)}</span>
        </h2>
        <p className="hint">{[meeting.time, meeting.venue].filter(Boolean).join(' · ')}</p>
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

type Editing = { meeting: Meeting } | { document: StoredDocument };

export function DocumentList({ groups }: { groups: LibraryGroup[] }) {
  const [removing, setRemoving] = useState<StoredDocument | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const notify = useNotices((state) => state.add);

  const confirmRemove = async () => {
    if (!removing) return;
    const { title, id } = removing;
    setRemoving(null);
    await removeDocument(id);
    notify('info', `Removed “${title}” from the library.`);
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
              onFile={group.meeting ? undefined : (document) => setEditing({ document })}
            />
          )),
        ])}
      </ul>
      {removing && <RemoveDialog document={removing} onConfirm={() => void confirmRemove()} onCancel={() => setRemoving(null)} />}
      {editing && (
        <MeetingDetailsDialog
          meeting={'meeting' in editing ? editing.meeting : null}
          subject={'meeting' in editing ? 'Correct what was detected from the front sheet.' : `File “${editing.document.title}” under a meeting.`}
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
