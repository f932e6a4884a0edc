// The library meetings (agenda packs on this device) an item is linked to, to open them
// from the programme; and a way to link another. Questions will join when that feature lands.
import { useId, useState } from 'react';
import { useNavigation } from '../navigation/navigation';
import { formatMeetingDate } from '../meetings/format';
import { linkMeeting, unlink, useLibraryMeetings, useLinkedMeetings } from './libraryLinksData';

export function LibraryLinks({ itemId, meetingDate }: { itemId: string; meetingDate: string | null }) {
  const linked = useLinkedMeetings(itemId);
  const meetings = useLibraryMeetings();
  const openDocument = useNavigation((s) => s.openDocument);
  const [choice, setChoice] = useState('');
  const selectId = useId();
  const linkedIds = new Set((linked ?? []).map((l) => l.link.targetId));
  const candidates = (meetings ?? [])
    .filter((m) => !linkedIds.has(m.id))
    .sort((a, b) => Number(b.date === meetingDate) - Number(a.date === meetingDate));
  const chosen = choice && candidates.some((m) => m.id === choice) ? choice : (candidates.find((m) => m.date === meetingDate)?.id ?? '');
  const describe = (m: { committee: string; date: string }) => `${m.committee}, ${m.date ? formatMeetingDate(m.date) : 'no date'}`;

  return (
    <div className="wp-pane-section">
      <h3>In your library</h3>
      {linked && linked.length > 0 ? (
        <ul className="wp-plain-list">
          {linked.map(({ link, meeting, documentId }) => (
            <li key={link.id} className="wp-link-row">
              <span>{meeting ? describe(meeting) : 'A meeting no longer in the library'}</span>
              {documentId && (
                <button type="button" onClick={() => openDocument(documentId)}>
                  Open pack
                </button>
              )}
              <button type="button" onClick={() => void unlink(link.id)}>
                Unlink
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Not linked to a meeting in your library.</p>
      )}
      {candidates.length > 0 ? (
        <div className="wp-link-form">
          <label htmlFor={selectId}>Library meeting</label>
          <select id={selectId} value={chosen} onChange={(event) => setChoice(event.target.value)}>
            <option value="">Choose a meeting…</option>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {describe(m)}
                {m.date === meetingDate ? ' (same date)' : ''}
              </option>
            ))}
          </select>
          <button type="button" disabled={!chosen} onClick={() => void linkMeeting(itemId, chosen).then(() => setChoice(''))}>
            Link meeting
          </button>
        </div>
      ) : (
        meetings && meetings.length === 0 && <p className="hint">Import the meeting’s agenda pack into the library to link it here.</p>
      )}
    </div>
  );
}
