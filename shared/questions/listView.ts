// How a question list is shown: filtered by status, lead member and addressee, grouped by
// agenda item, line of enquiry or session, and how a move in that view becomes one new
// order key in the running order.
import { compareByOrder, keyBetween, keyForMove } from './order';
import type { Inquiry, InquirySession, Question, QuestionStatus, TextEntry, Witness } from './types';

export interface QuestionFilter {
  status: QuestionStatus | 'all';
  /** A lead member's name, or 'all'. */
  leadMember: string;
  /** An addressee (see addresseeOf), or 'all'. */
  addressee: string;
}

export const NO_FILTER: QuestionFilter = { status: 'all', leadMember: 'all', addressee: 'all' };

export type Grouping = 'none' | 'item' | 'line' | 'session';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const sameName = (a: string, b: string) => clean(a).toLowerCase() === clean(b).toLowerCase();

/** Who a question is addressed to, as shown and filtered: the witness's name, else what was typed. */
export function addresseeOf(question: Pick<Question, 'forWhom' | 'witnessId'>, witnesses: readonly Witness[] = []): string {
  const witness = question.witnessId ? witnesses.find((w) => w.id === question.witnessId) : undefined;
  return clean(witness?.name ?? question.forWhom);
}

/** The witness a typed "For" names, if any (case and spacing ignored). */
export function witnessNamed(forWhom: string, witnesses: readonly Witness[]): Witness | undefined {
  if (!clean(forWhom)) return undefined;
  return witnesses.find((witness) => sameName(witness.name, forWhom));
}

export function filterQuestions(questions: readonly Question[], filter: QuestionFilter, witnesses: readonly Witness[] = []): Question[] {
  if (filter.status === 'all' && filter.leadMember === 'all' && filter.addressee === 'all') return [...questions];
  return questions.filter(
    (question) =>
      (filter.status === 'all' || question.status === filter.status) &&
      (filter.leadMember === 'all' || sameName(question.leadMember, filter.leadMember)) &&
      (filter.addressee === 'all' || sameName(addresseeOf(question, witnesses), filter.addressee)),
  );
}

/** The distinct values, sorted, for the lead member and addressee filters. */
export function filterChoices(questions: readonly Question[], witnesses: readonly Witness[] = []): { leadMembers: string[]; addressees: string[] } {
  const distinct = (values: string[]) => {
    const seen = new Map<string, string>();
    for (const value of values) if (value && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
    return [...seen.values()].sort((a, b) => a.localeCompare(b));
  };
  return {
    leadMembers: distinct(questions.map((q) => clean(q.leadMember))),
    addressees: distinct([...questions.map((q) => addresseeOf(q, witnesses)), ...witnesses.map((w) => clean(w.name))]),
  };
}

export interface QuestionGroup {
  key: string;
  /** Null for the one group of an ungrouped list. */
  heading: string | null;
  questions: Question[];
}

export interface GroupingContext {
  /** The meeting's agenda, in order. */
  agenda?: readonly { number: string; title: string }[];
  inquiry?: Pick<Inquiry, 'linesOfEnquiry' | 'witnesses'> | null;
  /** The inquiry day's sessions, in order. */
  sessions?: readonly InquirySession[];
}

export function sessionLabel(session: InquirySession): string {
  const times = session.start && session.end ? `${session.start}–${session.end}` : session.start;
  return times ? `${session.title} (${times})` : session.title;
}

/** The session a question falls in: its witness's session. */
export function sessionOf(question: Question, witnesses: readonly Witness[]): string | null {
  const witness = question.witnessId ? witnesses.find((w) => w.id === question.witnessId) : undefined;
  return witness?.sessionId ?? null;
}

/**
 * Groups questions (already in running order) for display and export. Groups follow the
 * agenda, the lines of enquiry or the sessions in their own order; questions that belong
 * to none come last. Within a group, questions keep their running order.
 */
export function groupQuestions(questions: readonly Question[], grouping: Grouping, context: GroupingContext = {}): QuestionGroup[] {
  if (grouping === 'none') return [{ key: 'all', heading: null, questions: [...questions] }];
  const buckets = new Map<string, Question[]>();
  const keyOf = (question: Question): string => {
    if (grouping === 'item') return question.itemNumber ?? '';
    if (grouping === 'line') return question.lineId ?? '';
    return sessionOf(question, context.inquiry?.witnesses ?? []) ?? '';
  };
  for (const question of questions) {
    const key = keyOf(question);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(question);
    else buckets.set(key, [question]);
  }
  const ordered: { key: string; heading: string }[] = [];
  if (grouping === 'item') {
    for (const item of context.agenda ?? []) ordered.push({ key: item.number, heading: `${item.number} ${item.title}` });
    for (const question of questions) {
      if (question.itemNumber && !ordered.some((entry) => entry.key === question.itemNumber)) {
        ordered.push({ key: question.itemNumber, heading: `${question.itemNumber} ${question.itemTitle ?? ''}`.trim() });
      }
    }
  } else if (grouping === 'line') {
    for (const line of context.inquiry?.linesOfEnquiry ?? []) ordered.push({ key: line.id, heading: line.text });
  } else {
    for (const session of context.sessions ?? []) ordered.push({ key: session.id, heading: sessionLabel(session) });
  }
  const none = { item: 'No agenda item', line: 'No line of enquiry', session: 'No session' }[grouping];
  const groups: QuestionGroup[] = ordered
    .filter((entry) => buckets.has(entry.key))
    .map((entry) => ({ key: entry.key, heading: entry.heading, questions: buckets.get(entry.key)! }));
  const known = new Set(ordered.map((entry) => entry.key));
  const rest = questions.filter((question) => !known.has(keyOf(question)));
  if (rest.length > 0) groups.push({ key: '', heading: none, questions: rest });
  return groups;
}

/** The group a question is in, under a grouping (its key). */
export function groupKeyOf(question: Question, grouping: Grouping, witnesses: readonly Witness[] = []): string {
  if (grouping === 'item') return question.itemNumber ?? '';
  if (grouping === 'line') return question.lineId ?? '';
  if (grouping === 'session') return sessionOf(question, witnesses) ?? '';
  return 'all';
}

/**
 * The new order key for moving a question one place up (-1) or down (+1) among the
 * questions shown with it (`neighbours`, in running order: its group, filtered), or null
 * when it is already first or last there. Questions hidden by a filter keep their places.
 */
export function keyForStep(all: readonly Question[], neighbours: readonly Question[], id: string, step: -1 | 1): string | null {
  const index = neighbours.findIndex((question) => question.id === id);
  const target = index < 0 ? undefined : neighbours[index + step];
  if (!target) return null;
  if (step < 0) return keyForMove(all, id, target.id);
  return keyAfter(all, id, target.id);
}

/** The new order key for placing `id` just after `afterId` in the running order. */
export function keyAfter(all: readonly Question[], id: string, afterId: string): string {
  const rest = all.filter((question) => question.id !== id);
  const at = rest.findIndex((question) => question.id === afterId);
  if (at < 0) throw new Error('The question to move after is not in the list.');
  return keyBetween(rest[at]!.order, rest[at + 1]?.order ?? null);
}

/** Sorts questions into running order. */
export const inRunningOrder = (questions: readonly Question[]): Question[] => [...questions].sort(compareByOrder);

/** The lines of enquiry by id, for labels. */
export function lineText(lines: readonly TextEntry[], id: string | null): string {
  return (id && lines.find((line) => line.id === id)?.text) || '';
}
