// The meeting workspace ("Questions and notes" on a meeting in the library): the papers,
// the meeting's question list and the user's notes side by side; inquiry days started
// from this meeting; "New inquiry day" (from a scoping report when the pack has one).
import './reflow.css';
import { useId, useState } from 'react';
import { useNavigation } from '../navigation/navigation';
import { NewInquiryDialog } from './NewInquiryDialog';
import { useInquiriesOf } from '../inquiries/inquiriesData';
import { formatMeetingDate } from '../meetings/format';
import { NotesPanel } from '../notes/NotesPanel';
import { useMeetingContext } from '../library/meetingContext';
import { QuestionsPanel } from '../questions/QuestionsPanel';
import { PapersPanel } from './PapersPanel';

export function MeetingWorkspace({ meetingId }: { meetingId: string }) {
  const context = useMeetingContext(meetingId);
  const inquiries = useInquiriesOf(meetingId);
  const showLibrary = useNavigation((state) => state.showLibrary);
  const openInquiry = useNavigation((state) => state.openInquiry);
  const [creating, setCreating] = useState(false);
  const headingId = useId();
  const meeting = context?.meeting;

  return (
    <main className="workspace" aria-labelledby={headingId}>
      <div className="screen-bar">
        <button type="button" onClick={showLibrary}>
          Library
        </button>
        <h1 id={headingId} className="screen-title">
          {meeting ? meeting.committee : context ? 'Meeting not found' : ''}
          {meeting?.date && <span className="heading-date">{formatMeetingDate(meeting.date)}</span>}
        </h1>
        <button type="button" disabled={!meeting} onClick={() => setCreating(true)}>
          New inquiry day
        </button>
      </div>
      {inquiries && inquiries.length > 0 && (
        <nav className="inquiry-links" aria-label="Inquiries from this meeting">
          <span className="hint">Reviews started here:</span>
          {inquiries.map((inquiry) => (
            <button key={inquiry.id} type="button" className="link-button" onClick={() => openInquiry(inquiry.id)}>
              {inquiry.title}
            </button>
          ))}
        </nav>
      )}
      {context && meeting && (
        <div className="workspace-columns">
          <PapersPanel meetingId={meetingId} documents={context.documents} agendaDocument={context.agendaDocument} agenda={context.agenda} />
          <QuestionsPanel meetingId={meetingId} />
          <NotesPanel meetingId={meetingId} />
        </div>
      )}
      {creating && meeting && context && <NewInquiryDialog meeting={meeting} members={context.members} onClose={() => setCreating(false)} />}
    </main>
  );
}
