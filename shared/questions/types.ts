// Questions, question lists, inquiries (reviews with inquiry days) and the passages of a
// pack that prompted them. Pure types: the Dexie rows (renderer/questions, renderer/inquiries)
// have exactly these shapes, and the export builders in this folder read them.

/** A passage of a document that a note quotes or a question was prompted by, with a way back to it. */
export interface PassageLink {
  documentId: string;
  documentTitle: string;
  /** 1-based PDF page the passage starts on. */
  pdfPage: number;
  /** The page number printed on that page ("103"), when the pack has page stamps. */
  printedPage?: string;
  /** The agenda item the page belongs to: "6a". */
  itemNumber?: string;
  itemTitle?: string;
  /** The quoted text, whitespace collapsed. */
  quote: string;
  /** The annotation it was made from, if any. */
  annotationId?: string;
  /** Set when its document was removed from the library and the user kept the quote: there is no pack to open. */
  detached?: boolean;
  /** Set when a revised version came and the passage could not be placed in it: it stays on the version it was found in. */
  review?: PassageReview;
}

/** Why a passage was left on an earlier version when a revised one came (as annotations' "Needs review"). */
export interface PassageReview {
  /** 'text-not-found': gone or changed beyond recognition; 'context-changed': its words are there, but in other text. */
  reason: 'text-not-found' | 'context-changed';
  /** The revised version it could not be placed in. */
  revisedDocumentId: string;
  /** Milliseconds since the epoch. */
  since: number;
}

export type QuestionStatus = 'draft' | 'agreed' | 'asked' | 'answered' | 'follow-up';
export type QuestionPriority = 'high' | 'medium' | 'low';

export const QUESTION_STATUSES: readonly { value: QuestionStatus; label: string }[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'agreed', label: 'Agreed' },
  { value: 'asked', label: 'Asked' },
  { value: 'answered', label: 'Answered' },
  { value: 'follow-up', label: 'Follow-up' },
];

export const QUESTION_PRIORITIES: readonly { value: QuestionPriority; label: string }[] = [
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low' },
];

export const statusLabel = (status: QuestionStatus): string => QUESTION_STATUSES.find((entry) => entry.value === status)?.label ?? status;
export const priorityLabel = (priority: QuestionPriority): string => QUESTION_PRIORITIES.find((entry) => entry.value === priority)?.label ?? priority;

/** One question in a list. */
export interface Question {
  id: string;
  listId: string;
  /** Running-order key (fractional index, see order.ts): the list sorts by it. */
  order: string;
  text: string;
  /** The agenda item it belongs to ("6a"), in a meeting's list. */
  itemNumber: string | null;
  itemTitle: string | null;
  /** The line of enquiry it belongs to (an id in the inquiry's linesOfEnquiry), in an inquiry day's list. */
  lineId: string | null;
  /** Who it is for: a witness's name or a role ("Cabinet Member for Children and Young People"). */
  forWhom: string;
  /** The inquiry witness it is for, when forWhom names one. */
  witnessId: string | null;
  /** The member who asks it. */
  leadMember: string;
  priority: QuestionPriority;
  status: QuestionStatus;
  answer: string;
  followUp: string;
  /** The councillor's own note on the question; exported only when asked to. */
  privateNote: string;
  /** The passages that prompted it. */
  passages: PassageLink[];
  createdAt: number;
  updatedAt: number;
  /** Set when the user deletes the question: it can be undone until purged. */
  deletedAt: number | null;
}

/** A running order of questions: one per meeting, one per inquiry day. */
export interface QuestionList {
  id: string;
  kind: 'meeting' | 'inquiryDay';
  /** The meeting (kind 'meeting'; null for questions on papers not filed under a meeting). */
  meetingId: string | null;
  inquiryId: string | null;
  dayId: string | null;
  title: string;
  createdAt: number;
  /** Set when the user deletes the list: it can be undone until purged. */
  deletedAt: number | null;
}

export interface TextEntry {
  id: string;
  text: string;
}

export interface InquiryMember {
  id: string;
  name: string;
  /** "Chair", "Vice-Chair", or empty. */
  role: string;
}

export interface Witness {
  id: string;
  name: string;
  role: string;
  organisation: string;
  /** The session they attend (an id among the inquiry's days' sessions). */
  sessionId: string | null;
  /** When they are on, as typed: "10:15". */
  time: string;
}

export interface InquirySession {
  id: string;
  title: string;
  /** "HH:MM", or ''. */
  start: string;
  end: string;
}

export interface InquiryDay {
  id: string;
  /** ISO yyyy-mm-dd, or ''. */
  date: string;
  venue: string;
  sessions: InquirySession[];
}

/** Where an inquiry was started from: a scoping report in a pack. */
export interface InquirySource {
  documentId: string;
  documentTitle: string;
  itemNumber: string;
  itemTitle: string;
  pdfFrom: number;
  pdfTo: number;
}

/** A scrutiny review ("Children on the edge of care") with its inquiry days. */
export interface Inquiry {
  id: string;
  title: string;
  committee: string;
  /** The meeting it was started from. */
  meetingId: string | null;
  source: InquirySource | null;
  objective: string;
  keyObjectives: TextEntry[];
  linesOfEnquiry: TextEntry[];
  members: InquiryMember[];
  witnesses: Witness[];
  days: InquiryDay[];
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}
