// Word export (.docx, via the docx package): a title page, then the review's objectives,
// the day's sessions and witnesses, and the questions numbered in running order with
// their lead members. Numbers are written as text, so they survive any conversion.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { NOT_FOR_PUBLICATION, type ExportDocument, type ExportQuestion } from './exportModel';

const ACCENT = '0F5C63';
const MUTED = '5A6575';

/** Runs for text that may contain line breaks. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }));
}

const para = (text: string, options: IParagraphOptions = {}) => new Paragraph({ children: runs(text), ...options });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], options: IParagraphOptions = {}) =>
  new Paragraph({ text, heading: level, ...options });

function labelled(label: string, value: string, indent = 720): Paragraph {
  return new Paragraph({
    indent: { left: indent },
    spacing: { after: 40 },
    children: [new TextRun({ text: `${label}: `, bold: true, color: MUTED }), ...runs(value)],
  });
}

function table(headers: string[], rows: string[][]): Table {
  const cell = (text: string, header = false) =>
    new TableCell({
      children: [new Paragraph({ children: runs(text || ' ', header ? { bold: true } : {}) })],
      shading: header ? { fill: 'E2F0F1' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }), ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))],
  });
}

function questionParagraphs(q: ExportQuestion, options: ExportDocument['options']): Paragraph[] {
  const out = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200, after: 60 },
      indent: { left: 720, hanging: 720 },
      children: [new TextRun({ text: `${q.number}.\t`, bold: true, color: ACCENT }), ...runs(q.text, { bold: true })],
    }),
    labelled('Lead member', q.leadMember || 'Not yet agreed'),
  ];
  if (q.exempt) out.splice(1, 0, new Paragraph({ children: [new TextRun({ text: NOT_FOR_PUBLICATION, bold: true, color: ACCENT })] }));
  if (q.forWhom) out.push(labelled('For', q.forDetail ? `${q.forWhom} (${q.forDetail})` : q.forWhom));
  if (q.itemNumber) out.push(labelled('Agenda item', `${q.itemNumber} ${q.itemTitle}`.trim()));
  if (q.lineOfEnquiry) out.push(labelled('Line of enquiry', q.lineOfEnquiry));
  if (q.session) out.push(labelled('Session', q.session));
  out.push(labelled('Priority', `${q.priority} · Status: ${q.status}`));
  if (options.includeAnswers && q.answer.trim()) out.push(labelled('Answer', q.answer.trim()));
  if (options.includeAnswers && q.followUp.trim()) out.push(labelled('Follow-up', q.followUp.trim()));
  if (options.includePrivateNotes && q.privateNote.trim()) out.push(labelled('Private note', q.privateNote.trim()));
  for (const passage of q.passages) out.push(labelled('Prompted by', passage));
  return out;
}

/** The Word document as bytes. */
export async function toDocx(document: ExportDocument): Promise<Uint8Array> {
  const titlePage: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT, children: [new TextRun({ text: document.title, color: ACCENT })] }),
    new Paragraph({ spacing: { after: 400 }, children: runs(document.subtitle, { size: 32, color: MUTED }) }),
    ...(document.notForPublication ? [new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: NOT_FOR_PUBLICATION, bold: true, color: ACCENT })] })] : []),
    ...document.facts.map(
      (fact) =>
        new Paragraph({
          spacing: { after: 80 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 2, color: 'D5DAE1', space: 4 } },
          children: [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun({ text: fact.value })],
        }),
    ),
  ];

  const body: (Paragraph | Table)[] = [];
  if (document.objective) body.push(heading('Objective', HeadingLevel.HEADING_1), para(document.objective));
  if (document.keyObjectives.length) {
    body.push(heading('Key objectives', HeadingLevel.HEADING_1), ...document.keyObjectives.map((text) => new Paragraph({ children: runs(text), bullet: { level: 0 } })));
  }
  if (document.linesOfEnquiry.length) {
    body.push(
      heading('Lines of enquiry', HeadingLevel.HEADING_1),
      ...document.linesOfEnquiry.map((text, i) => new Paragraph({ indent: { left: 720, hanging: 360 }, children: [new TextRun({ text: `${i + 1}.\t` }), ...runs(text)] })),
    );
  }
  if (document.members.length) {
    body.push(heading('Members', HeadingLevel.HEADING_1), ...document.members.map((m) => new Paragraph({ bullet: { level: 0 }, children: runs(m.role ? `${m.name} (${m.role})` : m.name) })));
  }
  if (document.sessions.length) {
    body.push(heading('Sessions', HeadingLevel.HEADING_1));
    for (const session of document.sessions) {
      body.push(heading(session.title, HeadingLevel.HEADING_2));
      if (session.witnesses.length === 0) body.push(para('No witnesses yet.'));
      for (const witness of session.witnesses) body.push(new Paragraph({ bullet: { level: 0 }, children: runs(witness) }));
    }
  }
  if (document.witnesses.length) {
    body.push(
      heading('Witnesses', HeadingLevel.HEADING_1),
      table(
        ['Name', 'Role', 'Organisation', 'Session', 'Time'],
        document.witnesses.map((w) => [w.name, w.role, w.organisation, w.session, w.time]),
      ),
    );
  }
  body.push(heading('Questions', HeadingLevel.HEADING_1, { pageBreakBefore: body.length > 0 }));
  if (document.questions.length === 0) body.push(para('No questions yet.'));
  for (const group of document.groups) {
    if (group.questions.length === 0) continue;
    if (group.heading) body.push(heading(group.heading, HeadingLevel.HEADING_2));
    for (const q of group.questions) body.push(...questionParagraphs(q, document.options));
  }
  if (document.notes.length) {
    body.push(heading('Notes', HeadingLevel.HEADING_1, { pageBreakBefore: true }));
    for (const note of document.notes) {
      body.push(heading(note.heading, HeadingLevel.HEADING_2));
      for (const block of note.body.trim().split(/\n{2,}/)) body.push(para(block));
    }
  }

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [`${document.notForPublication ? `${NOT_FOR_PUBLICATION} · ` : ''}${document.title} · page `, PageNumber.CURRENT], size: 18, color: MUTED })],
      }),
    ],
  });

  const doc = new Document({
    creator: 'Scrutineer',
    title: `${document.title}: questions`,
    description: document.subtitle,
    styles: { default: { document: { run: { font: 'Calibri', size: 24 } } } },
    sections: [
      { properties: {}, children: titlePage },
      { properties: {}, footers: { default: footer }, children: body },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
