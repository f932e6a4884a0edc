// Markdown export: readable as plain text and renders cleanly anywhere Markdown does.
import { NOT_FOR_PUBLICATION, type ExportDocument, type ExportQuestion } from './exportModel';

/** Text that Markdown would otherwise read as markup at the start of a line or inline. */
function escapeInline(text: string): string {
  return text
    .replace(/([\\`*_[\]<>])/g, '\\$1')
    .replace(/^(\s*)(\d+)([.)])(\s)/, '$1$2\\$3$4')
    .replace(/^(\s*)([-+#>])(\s)/, '$1\\$2$3');
}

/** Multi-line text indented under a list item, each line escaped. */
function indented(text: string, indent: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `${indent}${escapeInline(line.trim())}` : ''))
    .join('\n');
}

function question(q: ExportQuestion, options: ExportDocument['options']): string {
  const lines = [`${q.number}. ${escapeInline(q.text.replace(/\s*\r?\n\s*/g, ' '))}`];
  if (q.exempt) lines.push(`    - **${NOT_FOR_PUBLICATION}**`);
  const facts = [
    q.leadMember && `**Lead member:** ${escapeInline(q.leadMember)}`,
    q.forWhom && `**For:** ${escapeInline(q.forWhom)}${q.forDetail ? ` (${escapeInline(q.forDetail)})` : ''}`,
    q.itemNumber && `**Agenda item:** ${escapeInline(`${q.itemNumber} ${q.itemTitle}`.trim())}`,
    q.lineOfEnquiry && `**Line of enquiry:** ${escapeInline(q.lineOfEnquiry)}`,
    q.session && `**Session:** ${escapeInline(q.session)}`,
    `**Priority:** ${q.priority} · **Status:** ${q.status}`,
  ].filter(Boolean);
  for (const fact of facts) lines.push(`    - ${fact}`);
  if (options.includeAnswers && q.answer.trim()) lines.push(`    - **Answer:**\n${indented(q.answer, '      ')}`);
  if (options.includeAnswers && q.followUp.trim()) lines.push(`    - **Follow-up:**\n${indented(q.followUp, '      ')}`);
  if (options.includePrivateNotes && q.privateNote.trim()) lines.push(`    - **Private note:**\n${indented(q.privateNote, '      ')}`);
  for (const passage of q.passages) lines.push(`    - Prompted by ${escapeInline(passage)}`);
  return lines.join('\n');
}

export function toMarkdown(document: ExportDocument): string {
  const out: string[] = [`# ${escapeInline(document.title)}`, '', `*${escapeInline(document.subtitle)}*`, ''];
  if (document.notForPublication) out.push(`**${NOT_FOR_PUBLICATION}**`, '');
  for (const fact of document.facts) out.push(`- **${fact.label}:** ${escapeInline(fact.value)}`);
  out.push('');
  if (document.objective) out.push('## Objective', '', escapeInline(document.objective), '');
  if (document.keyObjectives.length) out.push('## Key objectives', '', ...document.keyObjectives.map((text) => `- ${escapeInline(text)}`), '');
  if (document.linesOfEnquiry.length) out.push('## Lines of enquiry', '', ...document.linesOfEnquiry.map((text, i) => `${i + 1}. ${escapeInline(text)}`), '');
  if (document.members.length) {
    out.push('## Members', '', ...document.members.map((m) => `- ${escapeInline(m.name)}${m.role ? ` (${escapeInline(m.role)})` : ''}`), '');
  }
  if (document.sessions.length) {
    out.push('## Sessions', '');
    for (const session of document.sessions) {
      out.push(`### ${escapeInline(session.title)}`, '');
      out.push(...(session.witnesses.length ? session.witnesses.map((w) => `- ${escapeInline(w)}`) : ['- No witnesses yet']), '');
    }
  }
  if (document.witnesses.length) {
    out.push('## Witnesses', '', '| Name | Role | Organisation | Session | Time |', '| --- | --- | --- | --- | --- |');
    const cell = (text: string) => escapeInline(text).replace(/\|/g, '\\|') || ' ';
    for (const w of document.witnesses) out.push(`| ${cell(w.name)} | ${cell(w.role)} | ${cell(w.organisation)} | ${cell(w.session)} | ${cell(w.time)} |`);
    out.push('');
  }
  out.push('## Questions', '');
  if (document.questions.length === 0) out.push('No questions yet.', '');
  for (const group of document.groups) {
    if (group.questions.length === 0) continue;
    if (group.heading) out.push(`### ${escapeInline(group.heading)}`, '');
    for (const q of group.questions) out.push(question(q, document.options), '');
  }
  if (document.notes.length) {
    out.push('## Notes', '');
    for (const note of document.notes) out.push(`### ${escapeInline(note.heading)}`, '', note.body.trim(), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
