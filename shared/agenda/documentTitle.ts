// A document's title from what it is: "Cabinet, 4 March 2023: Agenda", "...: Supplement (item 7)", a report's own title.

import type { DocumentKind } from './types';

export interface TitleFacts {
  kind: DocumentKind;
  role?: 'front sheet' | 'pack' | 'supplement';
  committee?: string;
  /** yyyy-mm-dd */
  date?: string;
  reportTitle?: string;
  /** Numbers of the top-level items the document holds. */
  itemNumbers?: readonly string[];
  /** The title in the PDF's metadata, if any. */
  metadataTitle?: string;
  fileName: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-03-04" → "4 March 2023". */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** Titles that document templates leave behind: they say nothing about this document. */
const TEMPLATE_TITLE = /^(?:agenda(?: template| front ?sheet)?|the report|report(?: template)?|minutes(?: template)?|executive decision|decision|front ?sheet|template|untitled|document\d*|microsoft word - .*|.*\.(?:docx?|rtf|odt|xlsx?)|committee report(?: template)?|cabinet report|officer report|appendix|blank|title|new document|pdf)$/i;

/** A metadata title worth showing: not a template's leftover, not too short. */
export function meaningfulMetadataTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || t.length < 4 || TEMPLATE_TITLE.test(t) || !/[A-Za-z]{3}/.test(t)) return undefined;
  return t;
}

function items(numbers: readonly string[]): string {
  if (numbers.length === 1) return `item ${numbers[0]}`;
  return `items ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * The title to show. Agendas and minutes are named by their meeting and what they are
 * ("Cabinet, 4 March 2023: Reports pack"); a report by its own title; otherwise the metadata
 * title when it means something, else the file name without ".pdf".
 */
export function documentTitle(f: TitleFacts): string {
  const fallback = meaningfulMetadataTitle(f.metadataTitle) ?? (f.fileName.replace(/\.pdf$/i, '').trim() || f.fileName);
  const meeting = f.committee && f.date ? `${f.committee}, ${longDate(f.date)}` : undefined;
  if (f.kind === 'minutes') return meeting ? `${meeting}: Minutes` : fallback;
  if (f.kind === 'agenda' && meeting) {
    if (f.role === 'supplement') return f.itemNumbers && f.itemNumbers.length > 0 ? `${meeting}: Supplement (${items(f.itemNumbers)})` : `${meeting}: Supplement`;
    return `${meeting}: ${f.role === 'pack' ? 'Reports pack' : 'Agenda'}`;
  }
  if (f.kind === 'report' && f.reportTitle) return f.reportTitle;
  return fallback;
}
