// Exempt information (Schedule 12A of the Local Government Act 1972): which of the user's
// annotations, quotes, notes and questions come from exempt papers, so exports leave them
// out unless asked and mark them when included. Pure: the app builds the scope from what
// the front sheets say (Part 2 / exclusion of the public, shared/agenda) and the user's marks.
import type { AgendaItemWithPdf } from '../agenda';
import type { PassageLink } from '../questions/types';
import { isExemptText } from '../search/exempt';

/** Printed on every page or section that carries exempt material. */
export const NOT_FOR_PUBLICATION = 'Not for publication: exempt information under Schedule 12A';

export interface ExemptScope {
  /** Documents the user marked exempt, by id. */
  documents: ReadonlySet<string>;
  /** PDF pages inside exempt agenda items, by document id. */
  pages: ReadonlyMap<string, ReadonlySet<number>>;
  /** Numbers of exempt agenda items, by meeting id. */
  items: ReadonlyMap<string, ReadonlySet<string>>;
}

export const EMPTY_SCOPE: ExemptScope = { documents: new Set(), pages: new Map(), items: new Map() };

/** The exempt items of an agenda, with the sub-items of an exempt item. */
export function exemptItemNumbers(items: readonly AgendaItemWithPdf[]): Set<string> {
  const numbers = new Set<string>();
  for (const item of items) if (item.exempt || (item.parent && numbers.has(item.parent))) numbers.add(item.number);
  return numbers;
}

/** The agenda with the items the user marked exempt (by number) counted as exempt too. */
export function withMarkedItems<T extends AgendaItemWithPdf>(items: readonly T[], marked: readonly string[] | undefined): T[] {
  if (!marked?.length) return [...items];
  const numbers = new Set(marked);
  return items.map((item) => (numbers.has(item.number) && !item.exempt ? { ...item, exempt: true } : item));
}

/** The PDF pages inside exempt items. */
export function exemptPdfPages(items: readonly AgendaItemWithPdf[]): Set<number> {
  const exempt = exemptItemNumbers(items);
  const pages = new Set<number>();
  for (const item of items) {
    if (!exempt.has(item.number) || !item.pdfFrom) continue;
    for (let page = item.pdfFrom; page <= (item.pdfTo ?? item.pdfFrom); page++) pages.add(page);
  }
  return pages;
}

export function isPageExempt(scope: ExemptScope, documentId: string, pdfPage: number): boolean {
  return scope.documents.has(documentId) || (scope.pages.get(documentId)?.has(pdfPage) ?? false);
}

export function isPassageExempt(scope: ExemptScope, passage: Pick<PassageLink, 'documentId' | 'pdfPage'>): boolean {
  return isPageExempt(scope, passage.documentId, passage.pdfPage);
}

export function isAnnotationExempt(scope: ExemptScope, annotation: { documentId: string; page: number }): boolean {
  return isPageExempt(scope, annotation.documentId, annotation.page);
}

/** A question on an exempt item of its meeting, or prompted by an exempt passage. */
export function isQuestionExempt(scope: ExemptScope, question: { itemNumber: string | null; passages: readonly PassageLink[] }, meetingId: string | null): boolean {
  if (question.itemNumber && meetingId && scope.items.get(meetingId)?.has(question.itemNumber)) return true;
  return question.passages.some((passage) => isPassageExempt(scope, passage));
}

/** A note on an exempt item of its meeting, or quoting an exempt passage. */
export function isNoteExempt(scope: ExemptScope, note: { meetingId: string | null; itemNumber: string | null; passages: readonly PassageLink[] }): boolean {
  return isQuestionExempt(scope, note, note.meetingId);
}

/**
 * Whether a paper is exempt by what it says: its agenda puts items under Part 2 (their pages
 * are exempt), or its opening pages say "not for publication". Its text is then kept sealed
 * at rest, as a password-protected or user-marked one's is.
 */
export function isExemptPaper(items: readonly AgendaItemWithPdf[], openingPages: readonly (readonly string[])[]): boolean {
  return exemptItemNumbers(items).size > 0 || openingPages.some((lines) => isExemptText(lines.join('\n')));
}
