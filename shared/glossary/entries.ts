// The glossary as the user sees it: what the packs define, with the user's additions,
// corrections and hidden entries applied; and its CSV and Markdown exports.

export interface GlossarySource {
  documentId: string;
  title: string;
  /** "Page 14" as printed, else "PDF page 14". */
  pageName: string;
  page: number;
}

export interface GlossaryEntry {
  acronym: string;
  expansion: string;
  sources: GlossarySource[];
  /** Added or corrected by the user. */
  byUser: boolean;
  /** The expansion found in the papers, for entries the user corrected. */
  original: string | null;
}

export interface EditLike {
  id: string;
  acronym: string;
  expansion: string;
  action: 'add' | 'correct' | 'hide';
  original: string | null;
}

const key = (acronym: string, expansion: string) => `${acronym}\u0000${expansion.toLowerCase()}`;

/** One entry per acronym and meaning (two councils' meanings of one acronym are two entries), in acronym order. */
export function buildGlossary(found: { acronym: string; expansion: string; source: GlossarySource }[], edits: EditLike[]): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  for (const { acronym, expansion, source } of found) {
    const k = key(acronym, expansion);
    const entry = entries.get(k) ?? { acronym, expansion, sources: [], byUser: false, original: null };
    entry.sources.push(source);
    entries.set(k, entry);
  }
  for (const edit of edits) {
    if (edit.action === 'add') {
      if (!entries.has(key(edit.acronym, edit.expansion))) entries.set(key(edit.acronym, edit.expansion), { acronym: edit.acronym, expansion: edit.expansion, sources: [], byUser: true, original: null });
      continue;
    }
    const k = key(edit.acronym, edit.original ?? '');
    const entry = entries.get(k);
    if (!entry) continue;
    entries.delete(k);
    if (edit.action === 'correct') entries.set(key(edit.acronym, edit.expansion), { ...entry, expansion: edit.expansion, byUser: true, original: entry.expansion });
  }
  return [...entries.values()].sort((a, b) => a.acronym.localeCompare(b.acronym) || a.expansion.localeCompare(b.expansion));
}

const where = (entry: GlossaryEntry) => (entry.sources.length ? entry.sources.map((source) => `${source.title}, ${source.pageName}`).join('; ') : 'Added by you');

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function glossaryCsv(entries: GlossaryEntry[]): string {
  const rows = [['Acronym', 'Meaning', 'Where defined'], ...entries.map((entry) => [entry.acronym, entry.expansion, where(entry)])];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const mdCell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function glossaryMarkdown(entries: GlossaryEntry[], title: string): string {
  return [`# ${title}`, '', '| Acronym | Meaning | Where defined |', '| --- | --- | --- |', ...entries.map((entry) => `| ${mdCell(entry.acronym)} | ${mdCell(entry.expansion)} | ${mdCell(where(entry))} |`), ''].join('\n');
}
