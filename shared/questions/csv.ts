// CSV export, one question per row with every field (RFC 4180: CRLF line ends, fields with
// a comma, quote or line break quoted, quotes doubled), and the matching parser. Cells that
// a spreadsheet would read as a formula are neutralised: agenda titles come from PDFs, and
// "=HYPERLINK(…)" in one must open as text, not as a live link (OWASP "CSV injection").
import { NOT_FOR_PUBLICATION, type ExportDocument, type ExportQuestion } from './exportModel';

export const CSV_COLUMNS: readonly { header: string; value(q: ExportQuestion): string }[] = [
  { header: 'Number', value: (q) => String(q.number) },
  { header: 'Question', value: (q) => q.text },
  { header: 'Agenda item', value: (q) => q.itemNumber },
  { header: 'Agenda item title', value: (q) => q.itemTitle },
  { header: 'Line of enquiry', value: (q) => q.lineOfEnquiry },
  { header: 'Session', value: (q) => q.session },
  { header: 'For', value: (q) => q.forWhom },
  { header: 'Witness role and organisation', value: (q) => q.forDetail },
  { header: 'Lead member', value: (q) => q.leadMember },
  { header: 'Priority', value: (q) => q.priority },
  { header: 'Status', value: (q) => q.status },
  { header: 'Answer', value: (q) => q.answer },
  { header: 'Follow-up', value: (q) => q.followUp },
  { header: 'Private note', value: (q) => q.privateNote },
  { header: 'Passages', value: (q) => q.passages.join('\n') },
  { header: 'Created', value: (q) => q.created },
  { header: 'Updated', value: (q) => q.updated },
  { header: 'ID', value: (q) => q.id },
  { header: 'Publication', value: (q) => (q.exempt ? NOT_FOR_PUBLICATION : '') },
];

/** Excel, LibreOffice and Google Sheets start a formula (or DDE call) with any of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leading apostrophe makes spreadsheets show the cell as text; the text itself is unchanged after it. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const cell = neutraliseCell(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Every question as a row, under a header row. Answers and private notes are empty unless the options include them. */
export function toCsv(document: ExportDocument): string {
  return toCsvRows([CSV_COLUMNS.map((column) => column.header), ...document.questions.map((q) => CSV_COLUMNS.map((column) => column.value(q)))]);
}

/** Parses RFC 4180 CSV (also accepting bare LF line ends). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else field += char;
    i++;
  }
  if (quoted) throw new Error('The CSV ends inside a quoted field.');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
