// The annotation summary a councillor takes into a meeting: every annotation grouped by
// agenda item, with its quote, comment and printed page, as Markdown or Word.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { ANNOTATION_KIND_LABELS } from './kinds';
import type { Annotation } from './types';

export interface SummaryEntry {
  kind: Annotation['kind'];
  /** "Page 12" (printed) or "PDF page 3". */
  place: string;
  quote: string;
  comment: string;
  text: string;
  colourMeaning: string;
  tags: string[];
  needsReview: boolean;
}

export interface SummaryGroup {
  /** "Item 4: Child Sexual Exploitation…", or "Other pages". */
  heading: string;
  entries: SummaryEntry[];
}

export interface SummaryModel {
  title: string;
  subtitle: string;
  groups: SummaryGroup[];
}


const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function entryDetail(entry: SummaryEntry): string[] {
  const details = [ANNOTATION_KIND_LABELS[entry.kind], entry.place];
  if (entry.colourMeaning) details.push(entry.colourMeaning);
  if (entry.tags.length) details.push(`tags: ${entry.tags.join(', ')}`);
  if (entry.needsReview) details.push('needs review: its text changed in the revised version');
  return details;
}

export function summaryMarkdown(model: SummaryModel): string {
  const out = [`# ${model.title}`, '', model.subtitle, ''];
  for (const group of model.groups) {
    out.push(`## ${group.heading}`, '');
    for (const entry of group.entries) {
      out.push(`- **${entryDetail(entry).join(' · ')}**`);
      if (entry.quote) out.push(`  > ${oneLine(entry.quote)}`);
      if (entry.text) out.push(`  Text: ${oneLine(entry.text)}`);
      if (entry.comment) out.push(`  Comment: ${oneLine(entry.comment)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export async function summaryDocx(model: SummaryModel): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ children: [new TextRun({ text: model.subtitle, italics: true })] }),
  ];
  for (const group of model.groups) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(group.heading)] }));
    for (const entry of group.entries) {
      children.push(new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: entryDetail(entry).join(' · '), bold: true })] }));
      if (entry.quote) {
        children.push(new Paragraph({ indent: { left: 480 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: `“${oneLine(entry.quote)}”`, italics: true })] }));
      }
      if (entry.text) children.push(new Paragraph({ children: [new TextRun(`Text: ${oneLine(entry.text)}`)] }));
      if (entry.comment) children.push(new Paragraph({ children: [new TextRun(`Comment: ${oneLine(entry.comment)}`)] }));
    }
  }
  const document = new Document({ title: model.title, creator: 'Scrutineer', sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
