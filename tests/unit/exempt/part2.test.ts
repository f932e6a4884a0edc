// Exempt papers from a Part 2 front sheet (tests/fixtures/pdf/part2-exempt-pack.pdf, item 7
// after "Exclusion of the Public"): the work on item 7 is exempt, the default question export
// and backup leave it out, and an export that includes it marks it "Not for publication".
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_SCOPE, NOT_FOR_PUBLICATION, exemptPdfPages, isAnnotationExempt, isNoteExempt, isQuestionExempt, type ExemptScope } from '../../../shared/exempt';
import { textLines } from '../../../shared/pdf/textLines';
import { buildExport, DEFAULT_EXPORT_OPTIONS } from '../../../shared/questions/exportModel';
import { toMarkdown } from '../../../shared/questions/exportMarkdown';
import { toCsv } from '../../../shared/questions/csv';
import { toPdf } from '../../../shared/questions/exportPdf';
import type { Annotation } from '../../../shared/annotations/types';
import { collectBackup } from '../../../renderer/backup/collect';
import { db } from '../../../renderer/db/database';
import type { DocumentStructure, StoredDocument } from '../../../renderer/db/types';
import { exemptScope } from '../../../renderer/library/exemptScope';
import { setItemExempt } from '../../../renderer/library/libraryData';
import { analyseDocument } from '../../../renderer/meetings/analyseDocument';
import { question } from '../questions/fixtures';
import { PDF_DIR } from '../../fixtures/paths.mjs';

const PART2_PACK = `${PDF_DIR}part2-exempt-pack.pdf`;

async function pdfText(bytes: Uint8Array): Promise<string[][]> {
  const task = getDocument({ data: bytes, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(textLines((await (await pdf.getPage(n)).getTextContent()).items));
    return pages;
  } finally {
    await task.destroy();
  }
}

let structure: ReturnType<typeof analyseDocument>;
let scope: ExemptScope;

beforeAll(async () => {
  structure = analyseDocument(await pdfText(new Uint8Array(readFileSync(PART2_PACK))));
  scope = { documents: new Set(), pages: new Map([['pack', exemptPdfPages(structure.items)]]), items: new Map([['meeting', new Set(['7'])]]) };
});

const annotation = (page: number): Pick<Annotation, 'documentId' | 'page'> => ({ documentId: 'pack', page });
const passage = (pdfPage: number) => ({ documentId: 'pack', documentTitle: 'Pack', pdfPage, quote: `text on page ${pdfPage}` });

describe('a Part 2 front sheet', () => {
  it('puts item 7, after the exclusion of the public, under exempt, on PDF pages 8 to 9', () => {
    const items = structure.items.map((item) => [item.number, item.exempt]);
    expect(items).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
      ['4', false],
      ['5', false],
      ['6', false],
      ['7', true],
    ]);
    const seven = structure.items.find((item) => item.number === '7')!;
    expect([seven.pdfFrom, seven.pdfTo]).toEqual([8, 9]);
  });

  it('marks annotations, notes and questions on item 7, and nothing else', () => {
    expect(isAnnotationExempt(scope, annotation(8))).toBe(true);
    expect(isAnnotationExempt(scope, annotation(9))).toBe(true);
    expect(isAnnotationExempt(scope, annotation(5))).toBe(false);
    expect(isQuestionExempt(scope, { itemNumber: '7', passages: [] }, 'meeting')).toBe(true);
    expect(isQuestionExempt(scope, { itemNumber: '4', passages: [passage(9)] }, 'meeting')).toBe(true);
    expect(isQuestionExempt(scope, { itemNumber: '4', passages: [passage(5)] }, 'meeting')).toBe(false);
    expect(isNoteExempt(scope, { meetingId: 'meeting', itemNumber: '7', passages: [] })).toBe(true);
    expect(isQuestionExempt(EMPTY_SCOPE, { itemNumber: '7', passages: [passage(8)] }, 'meeting')).toBe(false);
  });
});

describe('question exports', () => {
  const open = question({ text: 'Is the adult social care overspend recoverable?', itemNumber: '4', itemTitle: 'Budget Monitoring Report', passages: [passage(5)] });
  const exempt = question({ text: 'Why was the Riverside Depot bid accepted below valuation?', itemNumber: '7', itemTitle: 'Disposal of the Riverside Depot', passages: [passage(8)] });
  const input = () => ({
    list: { kind: 'meeting' as const, title: 'Questions for the meeting' },
    questions: [open, exempt],
    meeting: { committee: 'Resources and Performance Scrutiny Committee', date: '2026-03-10', time: '2.00 pm', venue: 'Council Chamber' },
    exemptQuestionIds: new Set([open, exempt].filter((q) => isQuestionExempt(scope, q, 'meeting')).map((q) => q.id)),
  });

  it('leave exempt questions out by default, in every format', async () => {
    const document = buildExport(input(), DEFAULT_EXPORT_OPTIONS);
    expect(document.questions.map((q) => q.text)).toEqual([open.text]);
    expect(document.exemptLeftOut).toBe(1);
    expect(toMarkdown(document)).not.toContain('Riverside');
    expect(toCsv(document)).not.toContain('Riverside');
    const pdf = (await pdfText(await toPdf(document))).flat().join('\n');
    expect(pdf).toContain('adult social care');
    expect(pdf).not.toContain('Riverside');
    expect(pdf).not.toContain('Not for publication');
  });

  it('mark them “Not for publication” when the user includes them, on every PDF page', async () => {
    const document = buildExport(input(), { ...DEFAULT_EXPORT_OPTIONS, includeExempt: true });
    expect(document.questions.map((q) => [q.text, q.exempt])).toEqual([
      [open.text, false],
      [exempt.text, true],
    ]);
    const markdown = toMarkdown(document);
    expect(markdown).toContain(`2. ${exempt.text}\n    - **${NOT_FOR_PUBLICATION}**`);
    const csv = toCsv(document).split('\r\n');
    expect(csv[0]).toContain('Publication');
    expect(csv[2]).toContain(NOT_FOR_PUBLICATION);
    expect(csv[1]).not.toContain(NOT_FOR_PUBLICATION);
    const pages = await pdfText(await toPdf(document));
    for (const page of pages) expect(page.join(' ')).toContain(NOT_FOR_PUBLICATION);
  });
});

describe('backup', () => {
  const document: StoredDocument = { id: 'pack', hash: 'c'.repeat(64), title: 'Pack', fileName: 'pack.pdf', pageCount: 9, size: 1, importedAt: 1, encrypted: false, meetingId: 'meeting', versionGroup: 'pack', version: 1 };
  const row = (id: string, page: number): Annotation => ({ id, documentId: 'pack', kind: 'note', colour: '#ffd400', comment: id, tags: [], page, rects: [], inkPaths: [], point: [1, 1], sortKey: `${page}-${id}`, createdAt: 1, modifiedAt: 1 });

  beforeEach(async () => {
    await db.delete();
    await db.open();
    const stored: DocumentStructure = { ...structure, hash: document.hash, extractedAt: 1, durationMs: 1 };
    await db.structures.put(stored);
    await db.documents.add(document);
    await db.annotations.bulkAdd([row('on-item-4', 5), row('on-item-7', 8)]);
    await db.questionLists.add({ id: 'list', kind: 'meeting', meetingId: 'meeting', inquiryId: null, dayId: null, title: 'Questions', createdAt: 1, deletedAt: null });
    await db.questions.bulkAdd([question({ id: 'q-open', listId: 'list', itemNumber: '4' }), question({ id: 'q-exempt', listId: 'list', itemNumber: '7' })]);
  });

  it('leaves exempt annotations and questions out unless asked, and includes them when asked', async () => {
    expect((await exemptScope()).pages.get('pack')).toEqual(new Set([8, 9]));
    const without = await collectBackup({ includeFiles: false, includeExempt: false });
    expect(without.contents.annotations.map((a) => a.id)).toEqual(['on-item-4']);
    expect(without.contents.questions.map((q) => q.id)).toEqual(['q-open']);
    const withExempt = await collectBackup({ includeFiles: false, includeExempt: true });
    expect(withExempt.contents.annotations.map((a) => a.id).sort()).toEqual(['on-item-4', 'on-item-7']);
    expect(withExempt.contents.questions.map((q) => q.id).sort()).toEqual(['q-exempt', 'q-open']);
  });

  it('leaves out a document the user marked exempt, with everything on it', async () => {
    await db.documents.update('pack', { exempt: true });
    const without = await collectBackup({ includeFiles: true, includeExempt: false });
    expect(without.contents.annotations).toEqual([]);
    expect(without.contents.documents).toEqual([]);
  });

  it('counts an agenda item the user marked exempt, with its pages, until it is unmarked', async () => {
    await setItemExempt('pack', '4', true);
    const scope = await exemptScope();
    expect(scope.pages.get('pack')).toEqual(new Set([5, 6, 8, 9]));
    expect(scope.items.get('meeting')).toEqual(new Set(['4', '7']));
    const without = await collectBackup({ includeFiles: true, includeExempt: false });
    expect(without.contents.annotations).toEqual([]);
    expect(without.contents.questions).toEqual([]);

    await setItemExempt('pack', '4', false);
    expect((await exemptScope()).pages.get('pack')).toEqual(new Set([8, 9]));
    expect((await db.documents.get('pack'))?.exemptItems).toEqual([]);
  });
});
