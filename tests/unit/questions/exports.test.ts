// The exports: CSV parses back with every field, Markdown reads well, Word and PDF hold
// the questions in running order with their lead members.
import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv, toCsv, toCsvRows } from '../../../shared/questions/csv';
import { toDocx } from '../../../shared/questions/exportDocx';
import { toMarkdown } from '../../../shared/questions/exportMarkdown';
import { buildExport, exportFileName, type ExportInput } from '../../../shared/questions/exportModel';
import { toPdf, winAnsi } from '../../../shared/questions/exportPdf';
import type { Inquiry, PassageLink } from '../../../shared/questions/types';
import { question } from './fixtures';

const passage: PassageLink = {
  documentId: 'pack',
  documentTitle: 'Safe and Strong Communities Select Committee, 26 September 2017: Agenda and reports pack',
  pdfPage: 106,
  printedPage: '104',
  itemNumber: '6a',
  itemTitle: 'Edge of Care - Scoping Report',
  quote: 'there was a projected overspend of £3.5m in the LAC budget',
};

const meetingQuestions = [
  question({
    id: 'q-1',
    text: 'Why is there a projected overspend of £3.5m in the LAC budget, and what is being done about it?',
    itemNumber: '6a',
    itemTitle: 'Edge of Care - Scoping Report',
    forWhom: 'Cabinet Member for Children and Young People',
    leadMember: 'Kyle Robinson',
    priority: 'high',
    status: 'agreed',
    answer: 'Placements cost more, "as expected", said the officer,\nand the trend is up.',
    followUp: 'Written figures by 1 November',
    privateNote: 'Ask only if time allows',
    passages: [passage],
  }),
  question({ id: 'q-2', text: 'How many children who came into care were not previously known to the Council?', leadMember: 'Syed Hussain', forWhom: 'Director for Families and Communities' }),
  question({ id: 'q-3', text: '8. What did the 2016/17 MTFS working group conclude?', leadMember: 'Paul Snape', status: 'answered', answer: 'See the MTFS report.' }),
];

const meetingInput: ExportInput = {
  list: { kind: 'meeting', title: 'Questions for the meeting' },
  questions: meetingQuestions,
  meeting: { committee: 'Safe and Strong Communities Select Committee', date: '2017-09-26', time: '2.00 pm', venue: 'Oak Room, County Buildings, Stafford' },
  agenda: [
    { number: '4', title: 'Child Sexual Exploitation (CSE) in Staffordshire' },
    { number: '6a', title: 'Edge of Care - Scoping Report' },
  ],
  notes: [{ heading: '6a Edge of Care - Scoping Report: Prepare', body: '# Prepare\n\nRead **paragraph 14** again.' }],
};

const inquiry: Inquiry = {
  id: 'i1',
  title: 'Children’s services for children on the edge of care',
  committee: 'Safe and Strong Communities Select Committee',
  meetingId: 'm1',
  source: null,
  objective: 'To understand why children are entering care in Staffordshire.',
  keyObjectives: [
    { id: 'k1', text: 'To understand why children are coming into care in Staffordshire' },
    { id: 'k2', text: 'To identify if any improvements can be made to our current arrangements' },
  ],
  linesOfEnquiry: [{ id: 'l1', text: 'To understand what work is being done by the Council and partners' }],
  members: [
    { id: 'm1', name: 'John Francis', role: 'Chairman' },
    { id: 'm2', name: 'Kyle Robinson', role: '' },
  ],
  witnesses: [
    { id: 'w1', name: 'Sarah Rivers', role: 'Head of the Virtual School', organisation: 'Staffordshire County Council', sessionId: 's1', time: '10:15' },
    { id: 'w2', name: 'Liz Kelay', role: 'Placements Manager', organisation: 'Staffordshire County Council', sessionId: 's2', time: '11:30' },
  ],
  days: [
    {
      id: 'd1',
      date: '2017-10-19',
      venue: 'Oak Room, County Buildings, Stafford',
      sessions: [
        { id: 's1', title: 'Education and care', start: '10:00', end: '11:00' },
        { id: 's2', title: 'Placements', start: '11:15', end: '12:15' },
      ],
    },
  ],
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
};

const inquiryInput: ExportInput = {
  list: { kind: 'inquiryDay', title: 'Questions for the inquiry day' },
  questions: [
    question({ id: 'i-1', text: 'What placement costs are forecast for next year?', forWhom: 'Liz Kelay', witnessId: 'w2', leadMember: 'John Francis', lineId: 'l1' }),
    question({ id: 'i-2', text: 'How are children on part-time timetables supported?', forWhom: 'Sarah Rivers', witnessId: 'w1', leadMember: 'Kyle Robinson' }),
  ],
  inquiry,
  day: inquiry.days[0]!,
};

async function pdfText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: bytes, verbosity: 0 });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await task.destroy();
  return pages.join('\n');
}

/** Where each needle is found, each searched for after the one before (-1 once one is missing). */
function positions(text: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = from < 0 ? -1 : text.indexOf(needle, from);
    from = at < 0 ? -1 : at + needle.length;
    return at;
  });
}
const increasing = (values: number[]) => values.every((value, i) => value >= 0 && (i === 0 || values[i - 1]! < value));

describe('CSV', () => {
  it('has one row per question with every field, and parses back exactly (quotes, commas, line breaks)', () => {
    const document = buildExport(meetingInput, { includeAnswers: true, includePrivateNotes: true, grouping: 'none' });
    const csv = toCsv(document);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(rows[0]).toEqual(expect.arrayContaining(['Question', 'For', 'Lead member', 'Priority', 'Status', 'Answer', 'Follow-up', 'Agenda item', 'Line of enquiry', 'Passages']));
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    const record = Object.fromEntries(rows[0]!.map((header, i) => [header, rows[1]![i]]));
    expect(record).toMatchObject({
      Number: '1',
      Question: meetingQuestions[0]!.text,
      'Agenda item': '6a',
      'Agenda item title': 'Edge of Care - Scoping Report',
      For: 'Cabinet Member for Children and Young People',
      'Lead member': 'Kyle Robinson',
      Priority: 'High',
      Status: 'Agreed',
      Answer: 'Placements cost more, "as expected", said the officer,\nand the trend is up.',
      'Follow-up': 'Written figures by 1 November',
      'Private note': 'Ask only if time allows',
      ID: 'q-1',
    });
    expect(record.Passages).toContain('page 104: “there was a projected overspend of £3.5m in the LAC budget”');
    expect(rows.slice(1).map((row) => row[rows[0]!.indexOf('Lead member')])).toEqual(['Kyle Robinson', 'Syed Hussain', 'Paul Snape']);
  });

  it('leaves answers and private notes empty unless asked for, keeping the columns', () => {
    const rows = parseCsv(toCsv(buildExport(meetingInput, { includeAnswers: false, includePrivateNotes: false, grouping: 'none' })));
    const at = (header: string) => rows[0]!.indexOf(header);
    expect(rows[1]![at('Answer')]).toBe('');
    expect(rows[1]![at('Follow-up')]).toBe('');
    expect(rows[1]![at('Private note')]).toBe('');
    expect(rows[1]![at('Question')]).toBe(meetingQuestions[0]!.text);
  });

  it('round-trips awkward fields', () => {
    const awkward = [['a,b', '"quoted"', 'line\r\nbreak', '', 'plain', ' spaced ']];
    expect(parseCsv(toCsvRows(awkward))).toEqual(awkward);
    expect(() => parseCsv('"open')).toThrow();
  });
});

describe('Markdown', () => {
  it('reads as a titled, numbered list with lead members, and escapes text that would be markup', () => {
    const markdown = toMarkdown(buildExport(meetingInput, { includeAnswers: true, includePrivateNotes: false, grouping: 'none' }));
    expect(markdown).toContain('# Safe and Strong Communities Select Committee\n\n*Questions for the meeting on Tuesday 26 September 2017*');
    expect(markdown).toContain('- **Venue:** Oak Room, County Buildings, Stafford');
    expect(markdown).toContain('1. Why is there a projected overspend of £3.5m in the LAC budget, and what is being done about it?\n    - **Lead member:** Kyle Robinson\n    - **For:** Cabinet Member for Children and Young People');
    expect(markdown).toContain('    - **Answer:**\n      Placements cost more, "as expected", said the officer,\n      and the trend is up.');
    expect(markdown).toContain('3. 8\\. What did the 2016/17 MTFS working group conclude?');
    expect(markdown).not.toContain('Ask only if time allows');
    expect(markdown).not.toContain('## Notes');
    expect(positions(markdown, ['1. Why', '2. How many', '3. 8\\.'])).toSatisfy(increasing);
  });

  it('includes private notes and groups by agenda item when asked', () => {
    const markdown = toMarkdown(buildExport(meetingInput, { includeAnswers: false, includePrivateNotes: true, grouping: 'item' }));
    expect(markdown).toContain('### 6a Edge of Care - Scoping Report\n\n1. Why');
    expect(markdown).toContain('### No agenda item\n\n2. How many');
    expect(markdown).toContain('**Private note:**\n      Ask only if time allows');
    expect(markdown).toContain('## Notes\n\n### 6a Edge of Care - Scoping Report: Prepare\n\n# Prepare');
    expect(markdown).not.toContain('Placements cost more');
  });

  it('sets out an inquiry day: objectives, sessions, witnesses, then the questions', () => {
    const markdown = toMarkdown(buildExport(inquiryInput, { includeAnswers: true, includePrivateNotes: false, grouping: 'session' }));
    expect(markdown).toContain('# Children’s services for children on the edge of care\n\n*Inquiry day, Thursday 19 October 2017*');
    expect(markdown).toContain('## Key objectives\n\n- To understand why children are coming into care in Staffordshire');
    expect(markdown).toContain('### Education and care (10:00–11:00)\n\n- 10:15 · Sarah Rivers · Head of the Virtual School, Staffordshire County Council');
    expect(markdown).toContain('| Liz Kelay | Placements Manager | Staffordshire County Council | Placements (11:15–12:15) | 11:30 |');
    // Grouped by session: Sarah Rivers's session comes first, so her question is number 1.
    expect(markdown).toContain('### Education and care (10:00–11:00)\n\n1. How are children on part-time timetables supported?');
    expect(markdown).toContain('2. What placement costs are forecast for next year?\n    - **Lead member:** John Francis\n    - **For:** Liz Kelay (Placements Manager, Staffordshire County Council)\n    - **Line of enquiry:** To understand');
  });
});

describe('Word', () => {
  it('has a title page, then the questions numbered in running order with their lead members', async () => {
    const bytes = await toDocx(buildExport(meetingInput));
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(text).toContain('Safe and Strong Communities Select Committee');
    expect(text).toContain('Questions for the meeting on Tuesday 26 September 2017');
    const order = positions(text, [
      '1.\tWhy is there a projected overspend',
      'Lead member: Kyle Robinson',
      '2.\tHow many children',
      'Lead member: Syed Hussain',
      '3.\t8. What did the 2016/17',
      'Lead member: Paul Snape',
    ]);
    expect(order).toSatisfy(increasing);
    expect(text).toContain('Answer: Placements cost more, "as expected"');
    expect(text).not.toContain('Ask only if time allows');
    // The title page is a section of its own.
    expect(xml.match(/<w:sectPr/g)?.length).toBe(2);
  });

  it('sets out an inquiry day’s sessions and witnesses', async () => {
    const files = unzipSync(await toDocx(buildExport(inquiryInput, { includeAnswers: true, includePrivateNotes: false, grouping: 'none' })));
    const text = strFromU8(files['word/document.xml']!).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(positions(text, ['Key objectives', 'Sessions', 'Education and care (10:00–11:00)', 'Witnesses', 'Sarah Rivers', 'Questions', 'What placement costs', 'How are children'])).toSatisfy(increasing);
  });
});

describe('PDF', () => {
  it('holds the questions in order with lead members', async () => {
    const text = await pdfText(await toPdf(buildExport(meetingInput)));
    expect(text).toContain('Safe and Strong Communities Select Committee');
    expect(positions(text, ['Why is there a projected', 'Lead member: Kyle Robinson', 'How many children', 'Lead member: Syed Hussain', 'What did the 2016/17', 'Lead member: Paul Snape'])).toSatisfy(increasing);
  });

  it('writes what the standard fonts can show', async () => {
    expect(winAnsi('Children’s “care” – £3.5m → 50% ≥ 2 ✓')).toBe('Children’s “care” – £3.5m -> 50% >= 2 ?');
    const text = await pdfText(await toPdf(buildExport(inquiryInput)));
    expect(text).toContain('Children’s services for children on the edge of care');
  });
});

describe('file names', () => {
  it('are made from the title', () => {
    expect(exportFileName({ title: 'Safe/Strong: Committee', subtitle: '' }, 'docx')).toBe('Safe Strong Committee - questions.docx');
  });
});
