// PDF export (A4, via pdf-lib): the same content as the Word export, laid out with the
// standard Helvetica fonts. Text is folded into what those fonts can show (WinAnsi).
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { NOT_FOR_PUBLICATION, type ExportDocument, type ExportQuestion } from './exportModel';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const ACCENT = rgb(0.06, 0.36, 0.39);
const INK = rgb(0.11, 0.14, 0.19);
const MUTED = rgb(0.35, 0.4, 0.46);

const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const REPLACEMENTS: Record<string, string> = { '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '≠': '!=', '\u2011': '-', '\u2212': '-', '\u00a0': ' ', '\t': '    ' };

/** Text the standard fonts can draw: WinAnsi characters kept, a few folded, others "?". */
export function winAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (REPLACEMENTS[char] !== undefined) out += REPLACEMENTS[char];
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa1 && code <= 0xff) || WIN_ANSI_EXTRAS.includes(char)) out += char;
    else if (char === '\n') out += '\n';
    else if (code < 0x20 || code === 0x7f) out += ' ';
    else out += '?';
  }
  return out;
}

class Writer {
  page!: PDFPage;
  y = 0;
  pageNumber = 0;

  constructor(
    readonly pdf: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly footer: string,
  ) {}

  newPage(): void {
    this.page = this.pdf.addPage(A4);
    this.pageNumber++;
    this.y = A4[1] - MARGIN;
    if (this.pageNumber > 1) {
      const text = winAnsi(`${this.footer} · page ${this.pageNumber}`);
      const width = this.regular.widthOfTextAtSize(text, 8);
      this.page.drawText(text, { x: A4[0] - MARGIN - width, y: MARGIN / 2, size: 8, font: this.regular, color: MUTED });
    }
  }

  /** Splits text into lines that fit `width` at `size`. */
  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of winAnsi(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        // A word longer than the line is broken where it must be.
        let rest = word;
        while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
          let cut = rest.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  text(text: string, options: { size?: number; bold?: boolean; colour?: ReturnType<typeof rgb>; indent?: number; after?: number; before?: number } = {}): void {
    const size = options.size ?? 10.5;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    const leading = size * 1.35;
    if (options.before) this.y -= options.before;
    for (const line of this.wrap(text, font, size, A4[0] - 2 * MARGIN - indent)) {
      this.ensure(leading);
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.25, size, font, color: options.colour ?? INK });
    }
    this.y -= options.after ?? 0;
  }

  heading(text: string, level: 1 | 2 = 1): void {
    this.ensure(level === 1 ? 60 : 40);
    this.text(text, { size: level === 1 ? 15 : 12.5, bold: true, colour: ACCENT, before: level === 1 ? 14 : 8, after: 4 });
  }
}

function question(writer: Writer, q: ExportQuestion, options: ExportDocument['options']): void {
  writer.ensure(60);
  writer.y -= 8;
  const number = `${q.number}.`;
  const size = 11;
  const indent = 26;
  if (q.exempt) writer.text(NOT_FOR_PUBLICATION, { indent, size: 9.5, bold: true, colour: ACCENT });
  const lines = writer.wrap(q.text, writer.bold, size, A4[0] - 2 * MARGIN - indent);
  lines.forEach((line, index) => {
    writer.ensure(size * 1.35);
    writer.y -= size * 1.35;
    if (index === 0) writer.page.drawText(number, { x: MARGIN, y: writer.y + size * 0.25, size, font: writer.bold, color: ACCENT });
    writer.page.drawText(line, { x: MARGIN + indent, y: writer.y + size * 0.25, size, font: writer.bold, color: INK });
  });
  const fact = (label: string, value: string) => writer.text(`${label}: ${value}`, { indent, size: 9.5, colour: MUTED });
  fact('Lead member', q.leadMember || 'Not yet agreed');
  if (q.forWhom) fact('For', q.forDetail ? `${q.forWhom} (${q.forDetail})` : q.forWhom);
  if (q.itemNumber) fact('Agenda item', `${q.itemNumber} ${q.itemTitle}`.trim());
  if (q.lineOfEnquiry) fact('Line of enquiry', q.lineOfEnquiry);
  if (q.session) fact('Session', q.session);
  fact('Priority', `${q.priority} · Status: ${q.status}`);
  if (options.includeAnswers && q.answer.trim()) writer.text(`Answer: ${q.answer.trim()}`, { indent, size: 10 });
  if (options.includeAnswers && q.followUp.trim()) writer.text(`Follow-up: ${q.followUp.trim()}`, { indent, size: 10 });
  if (options.includePrivateNotes && q.privateNote.trim()) writer.text(`Private note: ${q.privateNote.trim()}`, { indent, size: 10 });
  for (const passage of q.passages) writer.text(`Prompted by ${passage}`, { indent, size: 9, colour: MUTED });
}

export async function toPdf(document: ExportDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(`${document.title}: questions`));
  pdf.setCreator('Scrutineer');
  pdf.setProducer('Scrutineer');
  const writer = new Writer(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold), document.notForPublication ? `${NOT_FOR_PUBLICATION} · ${document.title}` : document.title);

  // Title page.
  writer.newPage();
  writer.y -= 160;
  writer.text(document.title, { size: 24, bold: true, colour: ACCENT, after: 8 });
  writer.text(document.subtitle, { size: 14, colour: MUTED, after: 24 });
  if (document.notForPublication) writer.text(NOT_FOR_PUBLICATION, { size: 12, bold: true, colour: ACCENT, after: 12 });
  for (const fact of document.facts) writer.text(`${fact.label}: ${fact.value}`, { size: 11, after: 4 });

  writer.newPage();
  if (document.objective) {
    writer.heading('Objective');
    writer.text(document.objective);
  }
  if (document.keyObjectives.length) {
    writer.heading('Key objectives');
    for (const text of document.keyObjectives) writer.text(`•  ${text}`, { indent: 8, after: 2 });
  }
  if (document.linesOfEnquiry.length) {
    writer.heading('Lines of enquiry');
    document.linesOfEnquiry.forEach((text, i) => writer.text(`${i + 1}.  ${text}`, { indent: 8, after: 2 }));
  }
  if (document.members.length) {
    writer.heading('Members');
    for (const m of document.members) writer.text(`•  ${m.role ? `${m.name} (${m.role})` : m.name}`, { indent: 8 });
  }
  if (document.sessions.length) {
    writer.heading('Sessions');
    for (const session of document.sessions) {
      writer.heading(session.title, 2);
      if (session.witnesses.length === 0) writer.text('No witnesses yet.', { indent: 8 });
      for (const w of session.witnesses) writer.text(`•  ${w}`, { indent: 8 });
    }
  }
  if (document.witnesses.length) {
    writer.heading('Witnesses');
    for (const w of document.witnesses) {
      writer.text(w.name, { bold: true, before: 4 });
      const details = [w.role, w.organisation, [w.session, w.time].filter(Boolean).join(', ')].filter(Boolean).join(' · ');
      if (details) writer.text(details, { indent: 8, size: 9.5, colour: MUTED });
    }
  }
  if (writer.y < A4[1] - MARGIN) writer.newPage();
  writer.heading('Questions');
  if (document.questions.length === 0) writer.text('No questions yet.');
  for (const group of document.groups) {
    if (group.questions.length === 0) continue;
    if (group.heading) writer.heading(group.heading, 2);
    for (const q of group.questions) question(writer, q, document.options);
  }
  if (document.notes.length) {
    writer.newPage();
    writer.heading('Notes');
    for (const note of document.notes) {
      writer.heading(note.heading, 2);
      writer.text(note.body.trim(), { after: 6 });
    }
  }
  return pdf.save();
}
