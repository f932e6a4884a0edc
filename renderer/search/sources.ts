// What there is to search, read through each table's owner: documents (their pages, once
// the structure worker has read them), annotations, notes, questions, reviews with their
// inquiry days, and work programme items. Each source has a stamp that
// changes when its text does, so the worker re-indexes only what changed.
import { isAnnotationExempt, isNoteExempt, isQuestionExempt } from '../../shared/exempt';
import { noteTitle } from '../../shared/notes/types';
import { rowsOf } from '../../shared/sync';
import { allAnnotations, describe } from '../annotations/annotationsData';
import { allInquiries } from '../inquiries/inquiriesData';
import { syncStore } from '../sync/syncData';
import type { SourceMeta } from '../db/searchTypes';
import { scopeOf } from '../library/exemptScope';
import { listDocuments } from '../library/libraryData';
import { formatMeetingDate } from '../meetings/format';
import { listMeetings } from '../meetings/meetingsData';
import { structuresOf } from '../meetings/structuresData';
import { allNotes } from '../notes/notesData';
import { allQuestionsWithLists } from '../questions/questionsData';
import type { SourceUpdate } from './searchMessages';

const KINDS = { agenda: 'pack', minutes: 'minutes', report: 'report', unknown: 'document' } as const;

export async function gatherSources(): Promise<SourceUpdate[]> {
  const [documents, meetings, notes, questions, annotations, inquiries, synced] = await Promise.all([
    listDocuments(),
    listMeetings(),
    allNotes(),
    allQuestionsWithLists(),
    allAnnotations(),
    allInquiries(),
    syncStore.readTypes(['item']),
  ]);
  const structures = await structuresOf(documents.map((document) => document.hash));
  // Exempt as the rest of the app judges it: marked by the user, or in a Part 2 item.
  const scope = scopeOf(documents, structures);
  const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const newest = new Map<string, number>();
  for (const document of documents) newest.set(document.versionGroup, Math.max(newest.get(document.versionGroup) ?? 0, document.version));
  const about = (meetingId: string | null) => {
    const meeting = meetingId ? meetingById.get(meetingId) : undefined;
    return {
      meetingId: meeting ? meeting.id : null,
      meetingLabel: meeting ? [meeting.committee, formatMeetingDate(meeting.date)].filter(Boolean).join(', ') : 'Not filed under a meeting',
      committee: meeting?.committee ?? '',
      date: meeting?.date ?? '',
    };
  };
  const updates: SourceUpdate[] = [];
  documents.forEach((document, n) => {
    const structure = structures[n];
    // Its text is stored with its structure: until then there is nothing to index.
    if (!structure) return;
    const meta: SourceMeta = {
      kind: KINDS[structure.kind],
      title: document.title,
      ...about(document.meetingId),
      exempt: scope.documents.has(document.id),
      exemptPages: [...(scope.pages.get(document.id) ?? [])],
      superseded: document.version < (newest.get(document.versionGroup) ?? 0),
      documentId: document.id,
      hash: document.hash,
      pageLabels: structure.pageLabels,
      items: structure.items.flatMap((item) => (item.pdfFrom ? [{ number: item.number, title: item.title, pdfFrom: item.pdfFrom, pdfTo: item.pdfTo ?? item.pdfFrom }] : [])),
    };
    updates.push({ source: `doc:${document.id}`, stamp: `${document.hash}:${structure.extractedAt}`, meta, hash: document.hash });
  });
  for (const note of notes) {
    const meta: SourceMeta = { kind: 'note', title: noteTitle(note.body), ...about(note.meetingId), exempt: isNoteExempt(scope, note), superseded: false, inquiryId: note.inquiryId };
    updates.push({ source: `note:${note.id}`, stamp: String(note.updatedAt), meta, entries: [{ id: `note:${note.id}`, text: note.body }] });
  }
  for (const { question, list } of questions) {
    const text = [question.text, question.answer, question.followUp, question.privateNote].filter(Boolean).join('\n');
    const meta: SourceMeta = { kind: 'question', title: question.text.slice(0, 120), ...about(list.meetingId), exempt: isQuestionExempt(scope, question, list.meetingId), superseded: false, listId: list.id, inquiryId: list.inquiryId };
    updates.push({ source: `question:${question.id}`, stamp: `${question.updatedAt}`, meta, entries: [{ id: `question:${question.id}`, text }] });
  }
  const documentById = new Map(documents.map((document, n) => [document.id, { document, structure: structures[n] }]));
  for (const annotation of annotations) {
    const text = [annotation.quote?.exact, annotation.text, annotation.comment, ...annotation.tags].filter(Boolean).join('\n');
    const on = documentById.get(annotation.documentId);
    // A removed document's kept annotations have nowhere to open: they are not listed.
    if (!on || !text.trim()) continue;
    const label = on.structure?.pageLabels[annotation.page - 1];
    const meta: SourceMeta = {
      kind: 'annotation',
      title: `${describe(annotation)} on ${on.document.title}, ${label ? `Page ${label}` : `PDF page ${annotation.page}`}`,
      ...about(on.document.meetingId),
      exempt: isAnnotationExempt(scope, annotation),
      superseded: on.document.version < (newest.get(on.document.versionGroup) ?? 0),
      documentId: on.document.id,
      page: annotation.page,
    };
    updates.push({ source: `annotation:${annotation.id}`, stamp: `${annotation.modifiedAt}:${on.document.id}`, meta, entries: [{ id: `annotation:${annotation.id}`, text }] });
  }
  for (const inquiry of inquiries) {
    const days = inquiry.days.map((day) => [day.date, day.venue, ...day.sessions.map((session) => session.title)].join(' '));
    const people = [...inquiry.members.map((member) => `${member.name} ${member.role}`), ...inquiry.witnesses.map((witness) => `${witness.name} ${witness.role} ${witness.organisation}`)];
    const text = [inquiry.title, inquiry.committee, inquiry.objective, ...inquiry.keyObjectives.map((entry) => entry.text), ...inquiry.linesOfEnquiry.map((entry) => entry.text), ...people, ...days].filter(Boolean).join('\n');
    const meta: SourceMeta = { kind: 'inquiry', title: inquiry.title || 'Untitled review', ...about(inquiry.meetingId), exempt: false, superseded: false, inquiryId: inquiry.id };
    updates.push({ source: `inquiry:${inquiry.id}`, stamp: String(inquiry.updatedAt), meta, entries: [{ id: `inquiry:${inquiry.id}`, text }] });
  }
  for (const item of rowsOf(synced.values, 'item')) {
    if (item.deleted) continue;
    const { fields } = item;
    const text = [fields.title, fields.dateNote, fields.cabinetMember, fields.leadOfficer, fields.priorities, fields.details, fields.outcome].filter(Boolean).join('\n');
    const meta: SourceMeta = { kind: 'workprogramme', title: fields.title, meetingId: null, meetingLabel: 'Work programme', committee: '', date: fields.meetingDate ?? '', exempt: false, superseded: false };
    updates.push({ source: `item:${item.id}`, stamp: `${item.version}:${item.updatedAt}`, meta, entries: [{ id: `item:${item.id}`, text }] });
  }
  return updates;
}
