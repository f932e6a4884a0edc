// The Questions region for a meeting (its one running order), for the meeting workspace
// and the reader's sidebar; and for an inquiry day.
import type { Inquiry, InquiryDay } from '../../shared/questions/types';
import { QuestionListView } from './QuestionListView';
import { useMeetingContext } from '../library/meetingContext';
import { ensureDayList, ensureMeetingList, useDayList, useMeetingList } from './questionsData';

export function QuestionsPanel({ meetingId, documentId, compact = false }: { meetingId: string | null; documentId?: string; compact?: boolean }) {
  const list = useMeetingList(meetingId);
  const context = useMeetingContext(meetingId);
  if (list === undefined) {
    return (
      <section className="questions-panel" aria-label="Questions">
        <p className="hint">Loading…</p>
      </section>
    );
  }
  return (
    <QuestionListView
      list={list}
      viewKey={`meeting:${meetingId ?? 'none'}`}
      ensureList={() => ensureMeetingList(meetingId)}
      meetingId={meetingId}
      readerDocumentId={documentId}
      agenda={context?.agenda ?? []}
      compact={compact}
    />
  );
}

export function InquiryQuestionsPanel({ inquiry, day }: { inquiry: Inquiry; day: InquiryDay }) {
  const list = useDayList(inquiry.id, day.id);
  if (list === undefined) {
    return (
      <section className="questions-panel" aria-label="Questions">
        <p className="hint">Loading…</p>
      </section>
    );
  }
  return (
    <QuestionListView
      list={list}
      viewKey={`day:${day.id}`}
      ensureList={() => ensureDayList(inquiry.id, day.id, inquiry.meetingId)}
      meetingId={inquiry.meetingId}
      inquiry={inquiry}
      day={day}
    />
  );
}
