// The screens of questions and notes, by route: meeting workspace, inquiry, meeting mode, free-standing notes.
import { useEffect } from 'react';
import type { Route } from '../navigation/navigation';
import { purgeExpiredOnce } from './housekeeping';
import { InquiryScreen } from './InquiryScreen';
import { MeetingMode } from '../questions/MeetingMode';
import { MeetingWorkspace } from './MeetingWorkspace';
import { NotesScreen } from './NotesScreen';

export function QuestionScreens({ route }: { route: Route }) {
  useEffect(purgeExpiredOnce, []);
  switch (route.name) {
    case 'meeting':
      return <MeetingWorkspace key={route.meetingId} meetingId={route.meetingId} />;
    case 'inquiry':
      return <InquiryScreen key={route.inquiryId} inquiryId={route.inquiryId} dayId={route.dayId} />;
    case 'meetingMode':
      return <MeetingMode key={route.listId} listId={route.listId} back={route.back} />;
    case 'notes':
      return <NotesScreen />;
    default:
      return null;
  }
}
