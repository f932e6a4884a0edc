// Kent County Council's real papers for 9 January 2025, read through pdf.js as the app reads
// them: every field expected.json gives (kind, committee, date, time, venue, items with titles
// and ranges, minute items) is read, and the report and appendices match item 3.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachPdfPages, documentTitle, mapPrintedPages, matchTitle, parseFrontSheet, type FrontSheet } from '../../../shared/agenda';
import { textLines } from '../../../shared/pdf/textLines';
import { REAL_DIR } from '../../fixtures/paths.mjs';

const DIR = `${REAL_DIR}kent-county-council-2025-01-09/`;

interface ExpectedItem {
  number: string;
  title: string;
  pages: string | null;
  minute_no?: string;
}
interface ExpectedDocument {
  file: string;
  kind: string;
  accept_kinds: string[];
  committee: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
  items: ExpectedItem[] | null;
  minute_items: ExpectedItem[] | null;
  pdf_metadata_title: string | null;
}

const expected = (JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as { documents: ExpectedDocument[] }).documents;

async function readPdf(file: string): Promise<{ pages: string[][]; title?: string }> {
  const task = getDocument({ data: new Uint8Array(readFileSync(DIR + file)), verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: string[][] = [];
    for (let p = 1; p <= doc.numPages; p++) pages.push(textLines((await (await doc.getPage(p)).getTextContent()).items));
    const info = (await doc.getMetadata()).info as { Title?: string };
    return { pages, title: info.Title };
  } finally {
    await task.destroy();
  }
}

/** One checked field: what expected.json says and what was read. */
interface Field {
  name: string;
  want: unknown;
  got: unknown;
}

function fieldsOf(want: ExpectedDocument, sheet: FrontSheet, pages: string[][]): Field[] {
  const fields: Field[] = [{ name: 'kind', want: want.accept_kinds, got: sheet.kind }];
  if (want.committee !== null) fields.push({ name: 'committee', want: want.committee, got: sheet.committee });
  // A letter names no meeting: its own date is the one expected.
  if (want.date !== null) fields.push({ name: 'date', want: want.date, got: sheet.date ?? sheet.documentDate });
  if (want.time !== null) fields.push({ name: 'time', want: want.time, got: sheet.time24 });
  if (want.venue !== null) fields.push({ name: 'venue', want: want.venue, got: sheet.venue });
  const map = mapPrintedPages(pages);
  const located = attachPdfPages(sheet.items, map, sheet.frontSheetPages);
  for (const item of want.items ?? []) {
    const got = located.find((it) => it.number === item.number);
    fields.push({ name: `item ${item.number} title`, want: item.title, got: got?.title });
    fields.push({ name: `item ${item.number} pages`, want: item.pages, got: got?.pages ? `${got.pages.from}-${got.pages.to}` : null });
  }
  for (const item of want.minute_items ?? []) {
    const got = sheet.items.find((it) => it.number === item.minute_no);
    fields.push({ name: `minute ${item.minute_no} title`, want: item.title, got: got?.title });
    fields.push({ name: `minute ${item.minute_no} item`, want: item.number, got: got?.agendaItem });
  }
  return fields;
}

describe('Kent County Council, 9 January 2025 (real papers)', () => {
  const read = new Map<string, { pages: string[][]; title?: string; sheet: FrontSheet }>();

  beforeAll(async () => {
    for (const file of [...expected.map((d) => d.file), 'Appendix B - Devolution Framework 2024.pdf']) {
      const { pages, title } = await readPdf(file);
      read.set(file, { pages, title, sheet: parseFrontSheet(pages) });
    }
  }, 120_000);

  it('reads every field expected.json gives', () => {
    const wrong: string[] = [];
    let total = 0;
    for (const want of expected) {
      const { sheet, pages } = read.get(want.file)!;
      for (const field of fieldsOf(want, sheet, pages)) {
        total++;
        const ok = Array.isArray(field.want) ? field.want.includes(field.got) : field.got === field.want;
        if (!ok) wrong.push(`${want.file}: ${field.name}: wanted ${JSON.stringify(field.want)}, read ${JSON.stringify(field.got)}`);
      }
    }
    expect(wrong).toEqual([]);
    // 5 documents: kinds, 4 committees, 5 dates, 1 time, 2 venues, 4 items and 3 minutes (title and range or item each).
    expect(total).toBe(31);
  });

  it('reads no agenda from the report, whose bookmarks are its sections', () => {
    const report = read.get('Devolution White Paper - County Council Report - FINAL.pdf')!.sheet;
    expect(report).toMatchObject({ kind: 'report', items: [], reportTitle: 'English Devolution White Paper' });
  });

  it('places the supplement\'s item 3 on PDF pages 3 to 20', () => {
    const { sheet, pages } = read.get('Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council.pdf')!;
    expect(attachPdfPages(sheet.items, mapPrintedPages(pages), sheet.frontSheetPages)).toEqual([expect.objectContaining({ number: '3', pdfFrom: 3, pdfTo: 20 })]);
  });

  it('names each paper by what it is, not by its template title', () => {
    const titleOf = (file: string) => {
      const { sheet, title } = read.get(file)!;
      return documentTitle({ ...sheet, itemNumbers: sheet.items.map((it) => it.number), metadataTitle: title, fileName: file });
    };
    expect(titleOf('Agenda frontsheet 09th-Jan-2025 10.00 County Council.pdf')).toBe('County Council, 9 January 2025: Agenda');
    expect(titleOf('Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council.pdf')).toBe('County Council, 9 January 2025: Supplement (item 3)');
    expect(titleOf('Printed minutes 09th-Jan-2025 10.00 County Council.pdf')).toBe('County Council, 9 January 2025: Minutes');
    expect(titleOf('Devolution White Paper - County Council Report - FINAL.pdf')).toBe('English Devolution White Paper');
    expect(titleOf('Appendix A - 16.12.24 Ministerial Letter.pdf')).toBe('Appendix A - 16.12.24 Ministerial Letter');
  });

  it('matches the report to item 3 by title', () => {
    const agenda = read.get('Agenda frontsheet 09th-Jan-2025 10.00 County Council.pdf')!.sheet.items;
    const report = read.get('Devolution White Paper - County Council Report - FINAL.pdf')!.sheet.reportTitle!;
    const scores = agenda.map((item) => matchTitle(report, item.title));
    expect(scores.indexOf(Math.max(...scores))).toBe(2);
    expect(Math.max(...scores)).toBe(1);
  });
});
