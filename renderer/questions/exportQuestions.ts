// Gathers what an export needs (the list's questions in running order, the meeting or
// inquiry day around them, the user's notes) and writes it as Word, PDF, Markdown or CSV.
import { noteTitle } from '../../shared/notes/types';
import { buildExport, exportFileName, type ExportDocument, type ExportInput, type ExportOptions } from '../../shared/questions/exportModel';
import { inquiryOfList } from './inquiryLists';
import { notesIn } from '../notes/notesData';
import { platform } from '../platform';
import { isNoteExempt, isQuestionExempt } from '../../shared/exempt';
import { exemptScope } from '../library/exemptScope';
import { meetingContext } from '../library/meetingContext';
import { getList, listQuestions } from './questionsData';

export type ExportFormat = 'word' | 'pdf' | 'markdown' | 'csv';

export async function exportInput(listId: string): Promise<ExportInput> {
  const list = await getList(listId);
  if (!list) throw new Error('This question list is no longer here.');
  const [questions, context, ofList] = await Promise.all([listQuestions(listId), meetingContext(list.meetingId), inquiryOfList(listId)]);
  const scope = await exemptScope();
  const meetingId = list.meetingId;
  const notes = ofList ? await notesIn({ meetingId: null, inquiryId: ofList.inquiry.id }) : list.meetingId ? await notesIn({ meetingId: list.meetingId }) : [];
  return {
    list,
    questions,
    meeting: context.meeting,
    inquiry: ofList?.inquiry ?? null,
    day: ofList?.day ?? null,
    agenda: context.agenda,
    exemptQuestionIds: new Set(questions.filter((question) => isQuestionExempt(scope, question, meetingId)).map((question) => question.id)),
    notes: notes
      .slice()
      .sort((a, b) => (a.itemNumber ?? '').localeCompare(b.itemNumber ?? '', 'en', { numeric: true }) || a.createdAt - b.createdAt)
      .map((note) => ({
        heading: note.itemNumber ? `${note.itemNumber} ${note.itemTitle ?? ''}: ${noteTitle(note.body)}`.trim() : noteTitle(note.body),
        body: note.body,
        exempt: isNoteExempt(scope, note),
      })),
  };
}

export async function exportDocument(listId: string, options: ExportOptions): Promise<ExportDocument> {
  return buildExport(await exportInput(listId), options);
}

const MIME: Record<ExportFormat, { extension: string; type: string }> = {
  word: { extension: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', type: 'application/pdf' },
  markdown: { extension: 'md', type: 'text/markdown' },
  csv: { extension: 'csv', type: 'text/csv' },
};

async function bytesOf(document: ExportDocument, format: ExportFormat): Promise<Uint8Array<ArrayBuffer>> {
  // The Word and PDF writers are loaded when first used.
  switch (format) {
    case 'word':
      return new Uint8Array(await (await import('../../shared/questions/exportDocx')).toDocx(document));
    case 'pdf':
      return new Uint8Array(await (await import('../../shared/questions/exportPdf')).toPdf(document));
    case 'markdown':
      return new TextEncoder().encode((await import('../../shared/questions/exportMarkdown')).toMarkdown(document));
    case 'csv':
      return new TextEncoder().encode((await import('../../shared/questions/csv')).toCsv(document));
  }
}

/** Writes the export and asks the platform to save it; returns the file name, or null when cancelled. */
export async function saveExport(listId: string, format: ExportFormat, options: ExportOptions): Promise<string | null> {
  const document = await exportDocument(listId, options);
  const { extension, type } = MIME[format];
  const suggestedName = exportFileName(document, extension);
  const { saved } = await platform.saveFile({ suggestedName, mimeType: type, bytes: await bytesOf(document, format) });
  return saved ? suggestedName : null;
}
