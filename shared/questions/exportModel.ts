// What an export contains, whatever its format: a title page's facts, the review's
// objectives, the day's programme and witnesses, and the questions numbered in running
// order with their lead members. Markdown, CSV, Word and PDF are all written from this.
import { addresseeOf, groupQuestions, lineText, sessionLabel, sessionOf, type Grouping } from './listView';
import { priorityLabel, statusLabel, type Inquiry, type InquiryDay, type PassageLink, type Question, type QuestionList } from './types';
import { safeFileName } from '../files';
export { NOT_FOR_PUBLICATION } from '../exempt';

export interface ExportOptions {
  includeAnswers: boolean;
  /** Private notes on questions and the user's notes on the meeting; off unless asked for. */
  includePrivateNotes: boolean;
  grouping: Grouping;
  /** Questions from exempt papers (Schedule 12A); off unless the user includes them, and then marked. */
  includeExempt?: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { includeAnswers: true, includePrivateNotes: false, grouping: 'none', includeExempt: false };

export interface ExportInput {
  list: Pick<QuestionList, 'kind' | 'title'>;
  /** In running order. */
  questions: readonly Question[];
  meeting?: { committee: string; date: string; time: string; venue: string } | null;
  inquiry?: Inquiry | null;
  day?: InquiryDay | null;
  agenda?: readonly { number: string; title: string }[];
  /** The user's notes (Markdown), exported only with includePrivateNotes. */
  notes?: readonly { heading: string; body: string; exempt?: boolean }[];
  /** The questions that come from exempt papers (shared/exempt). */
  exemptQuestionIds?: ReadonlySet<string>;
}

export interface ExportQuestion {
  number: number;
  id: string;
  text: string;
  itemNumber: string;
  itemTitle: string;
  lineOfEnquiry: string;
  session: string;
  forWhom: string;
  /** The witness's role and organisation, when it is for a witness. */
  forDetail: string;
  leadMember: string;
  priority: string;
  status: string;
  answer: string;
  followUp: string;
  privateNote: string;
  passages: string[];
  created: string;
  updated: string;
  /** From exempt papers: printed with NOT_FOR_PUBLICATION. */
  exempt: boolean;
}

export interface ExportWitness {
  name: string;
  role: string;
  organisation: string;
  session: string;
  time: string;
}

export interface ExportSession {
  title: string;
  witnesses: string[];
}

export interface ExportDocument {
  title: string;
  subtitle: string;
  facts: { label: string; value: string }[];
  objective: string;
  keyObjectives: string[];
  linesOfEnquiry: string[];
  members: { name: string; role: string }[];
  sessions: ExportSession[];
  witnesses: ExportWitness[];
  groups: { heading: string | null; questions: ExportQuestion[] }[];
  /** Every question, numbered, in the order exported. */
  questions: ExportQuestion[];
  notes: { heading: string; body: string; exempt?: boolean }[];
  options: ExportOptions;
  /** Exempt questions left out (the user did not include them). */
  exemptLeftOut: number;
  /** Exempt material is included: every page or section carrying it says NOT_FOR_PUBLICATION. */
  notForPublication: boolean;
}

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Tuesday 26 September 2017" from "2017-09-26"; anything else as given. */
export function formatLongDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  return longDate.format(new Date(`${isoDate}T00:00:00Z`)).replace(',', '');
}

const isoStamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16);

/** "6a Edge of Care - Scoping Report, page 103: “quoted text”" */
export function passageReference(passage: PassageLink): string {
  const where = [passage.itemNumber ? `${passage.itemNumber} ${passage.itemTitle ?? ''}`.trim() : passage.documentTitle];
  // Left on an earlier version when a revised one came: its page is that version's.
  const version = passage.review ? ' of the earlier version' : '';
  where.push(`${passage.printedPage ? `page ${passage.printedPage}` : `PDF page ${passage.pdfPage}`}${version}`);
  return `${where.join(', ')}: “${passage.quote}”`;
}

export function buildExport(input: ExportInput, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): ExportDocument {
  const inquiry = input.inquiry ?? null;
  const day = input.day ?? null;
  const witnesses = inquiry?.witnesses ?? [];
  const sessions = day?.sessions ?? [];
  const sessionTitle = (id: string | null) => {
    const session = id ? sessions.find((s) => s.id === id) : undefined;
    return session ? sessionLabel(session) : '';
  };

  const exemptIds = input.exemptQuestionIds ?? new Set<string>();
  const included = options.includeExempt ? input.questions : input.questions.filter((question) => !exemptIds.has(question.id));
  const groups = groupQuestions(included, options.grouping, { agenda: input.agenda, inquiry, sessions });
  let number = 0;
  const exportGroups = groups.map((group) => ({
    heading: group.heading,
    questions: group.questions.map((question): ExportQuestion => {
      const witness = question.witnessId ? witnesses.find((w) => w.id === question.witnessId) : undefined;
      return {
        number: ++number,
        id: question.id,
        text: question.text,
        itemNumber: question.itemNumber ?? '',
        itemTitle: question.itemTitle ?? '',
        lineOfEnquiry: lineText(inquiry?.linesOfEnquiry ?? [], question.lineId),
        session: sessionTitle(sessionOf(question, witnesses)),
        forWhom: addresseeOf(question, witnesses),
        forDetail: witness ? [witness.role, witness.organisation].filter(Boolean).join(', ') : '',
        leadMember: question.leadMember,
        priority: priorityLabel(question.priority),
        status: statusLabel(question.status),
        answer: options.includeAnswers ? question.answer : '',
        followUp: options.includeAnswers ? question.followUp : '',
        privateNote: options.includePrivateNotes ? question.privateNote : '',
        passages: question.passages.map(passageReference),
        created: isoStamp(question.createdAt),
        updated: isoStamp(question.updatedAt),
        exempt: exemptIds.has(question.id),
      };
    }),
  }));

  const facts: { label: string; value: string }[] = [];
  let title: string;
  let subtitle: string;
  if (inquiry) {
    title = inquiry.title;
    subtitle = day?.date ? `Inquiry day, ${formatLongDate(day.date)}` : 'Inquiry day';
    if (inquiry.committee) facts.push({ label: 'Committee', value: inquiry.committee });
    if (day?.date) facts.push({ label: 'Date', value: formatLongDate(day.date) });
    if (day?.venue) facts.push({ label: 'Venue', value: day.venue });
  } else {
    const meeting = input.meeting;
    title = meeting ? meeting.committee : input.list.title;
    subtitle = meeting?.date ? `Questions for the meeting on ${formatLongDate(meeting.date)}` : 'Questions';
    if (meeting?.date) facts.push({ label: 'Date', value: [formatLongDate(meeting.date), meeting.time].filter(Boolean).join(', ') });
    if (meeting?.venue) facts.push({ label: 'Venue', value: meeting.venue });
  }
  facts.push({ label: 'Questions', value: String(number) });

  const exportSessions: ExportSession[] = sessions.map((session) => ({
    title: sessionLabel(session),
    witnesses: witnesses
      .filter((w) => w.sessionId === session.id)
      .map((w) => [w.time, w.name, [w.role, w.organisation].filter(Boolean).join(', ')].filter(Boolean).join(' · ')),
  }));

  return {
    title,
    subtitle,
    facts,
    objective: inquiry?.objective ?? '',
    keyObjectives: (inquiry?.keyObjectives ?? []).map((entry) => entry.text).filter(Boolean),
    linesOfEnquiry: (inquiry?.linesOfEnquiry ?? []).map((entry) => entry.text).filter(Boolean),
    members: (inquiry?.members ?? []).map((m) => ({ name: m.name, role: m.role })),
    sessions: exportSessions,
    witnesses: witnesses.map((w) => ({ name: w.name, role: w.role, organisation: w.organisation, session: sessionTitle(w.sessionId), time: w.time })),
    groups: exportGroups,
    questions: exportGroups.flatMap((group) => group.questions),
    notes: options.includePrivateNotes ? [...(input.notes ?? [])].filter((note) => note.body.trim() && (options.includeExempt || !note.exempt)) : [],
    options,
    exemptLeftOut: input.questions.length - included.length,
    notForPublication: included.some((question) => exemptIds.has(question.id)) || (options.includePrivateNotes && options.includeExempt === true && (input.notes ?? []).some((note) => note.exempt)),
  };
}

/** A file name from a title: letters, digits, spaces and dashes. */
export function exportFileName(document: Pick<ExportDocument, 'title' | 'subtitle'>, extension: string): string {
  return `${safeFileName(`${document.title} - questions`)}.${extension}`;
}
