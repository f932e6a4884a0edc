// The user's work on two versions that a comparison can point at: the later version's annotations, and questions and note quotes on either version.
import { describe, listAnnotations } from '../annotations/annotationsData';
import { notesQuoting } from '../notes/notesData';
import { questionsQuoting } from '../questions/questionsData';
import { noteTitle } from '../../shared/notes/types';
import type { QuotingItem } from '../../shared/revisions/affected';

export interface LabelledItem extends QuotingItem {
  /** "Highlight", "Question", "Note" and its words, for the list. */
  label: string;
  needsReview: boolean;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export async function quotingItems(earlierId: string, laterId: string): Promise<LabelledItem[]> {
  const [annotations, questions, notes] = await Promise.all([
    listAnnotations(laterId),
    Promise.all([questionsQuoting(earlierId), questionsQuoting(laterId)]).then(([a, b]) => [...new Map([...a, ...b].map((q) => [q.id, q])).values()]),
    Promise.all([notesQuoting(earlierId), notesQuoting(laterId)]).then(([a, b]) => [...new Map([...a, ...b].map((n) => [n.id, n])).values()]),
  ]);
  const items: LabelledItem[] = [];
  for (const annotation of annotations) {
    const quote = annotation.quote?.exact ?? annotation.review?.oldQuote ?? '';
    const page = annotation.review ? annotation.review.oldPage : annotation.page;
    items.push({
      key: `annotation:${annotation.id}`,
      version: annotation.review ? 'earlier' : 'later',
      page,
      quote,
      label: `${describe(annotation)} “${short(quote.replace(/\s+/g, ' '))}”`,
      needsReview: Boolean(annotation.review),
    });
  }
  for (const question of questions) {
    if (question.deletedAt !== null) continue;
    question.passages.forEach((passage, index) => {
      if (passage.documentId !== earlierId && passage.documentId !== laterId) return;
      items.push({
        key: `question:${question.id}:${index}`,
        version: passage.documentId === laterId ? 'later' : 'earlier',
        page: passage.pdfPage,
        quote: passage.quote,
        label: `Question “${short(question.text || passage.quote)}”`,
        needsReview: Boolean(passage.review),
      });
    });
  }
  for (const note of notes) {
    if (note.deletedAt !== null) continue;
    for (const passage of note.passages) {
      if (passage.documentId !== earlierId && passage.documentId !== laterId) continue;
      items.push({
        key: `note:${note.id}:${passage.id}`,
        version: passage.documentId === laterId ? 'later' : 'earlier',
        page: passage.pdfPage,
        quote: passage.quote,
        label: `Note “${short(noteTitle(note.body))}”, quoting “${short(passage.quote)}”`,
        needsReview: Boolean(passage.review),
      });
    }
  }
  return items;
}
