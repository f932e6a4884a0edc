// What a meeting's papers say about it, for questions, notes and inquiries: its documents
// (current versions), the agenda of its main pack, the committee's members and the roles
// that reports come from.
import { useLiveQuery } from 'dexie-react-hooks';
import { extractMembership, type MemberSuggestion } from '../../shared/questions/membership';
import type { AgendaEntry, Meeting, StoredDocument } from '../db/types';
import { getMeeting } from '../meetings/meetingsData';
import { pageLines } from '../meetings/pageTextsData';
import { structuresOf } from '../meetings/structuresData';
import { currentDocumentsOfMeeting } from './libraryData';

export interface MeetingContext {
  meeting: Meeting | null;
  documents: StoredDocument[];
  /** The agenda of the meeting's main pack (the document with the most agenda items). */
  agenda: AgendaEntry[];
  agendaDocument: StoredDocument | null;
  /** The committee's members, from the pack's front sheet. */
  members: MemberSuggestion[];
  /** Roles that reports are "of" ("Cabinet Member for Children and Young People"). */
  roles: string[];
}

export async function meetingContext(meetingId: string | null): Promise<MeetingContext> {
  if (!meetingId) return { meeting: null, documents: [], agenda: [], agendaDocument: null, members: [], roles: [] };
  const [meeting, documents] = await Promise.all([getMeeting(meetingId), currentDocumentsOfMeeting(meetingId)]);
  const structures = await structuresOf(documents.map((document) => document.hash));
  let best = -1;
  structures.forEach((structure, index) => {
    if (structure && structure.items.length > 0 && (best < 0 || structure.items.length > structures[best]!.items.length)) best = index;
  });
  const agendaDocument = best >= 0 ? documents[best]! : null;
  const agenda = best >= 0 ? structures[best]!.items : [];
  let members: MemberSuggestion[] = [];
  if (agendaDocument) {
    const pages = await pageLines(agendaDocument.hash, 1, 3);
    members = extractMembership(pages.map((page) => page.lines));
  }
  const roles = [
    ...new Set(
      agenda
        .map((item) => item.reportOf?.replace(/^reports? of (the )?/i, '').trim() ?? '')
        .filter((role) => role && !/scrutiny|support manager|director of strategy/i.test(role)),
    ),
  ];
  return { meeting: meeting ?? null, documents, agenda, agendaDocument, members, roles };
}

export function useMeetingContext(meetingId: string | null | undefined): MeetingContext | undefined {
  return useLiveQuery(() => meetingContext(meetingId ?? null), [meetingId]);
}
