// Reads a scrutiny review's scoping report (its pages' text lines) for what an inquiry
// starts with: the review's title, its objective, key objectives, lines of enquiry and
// the officers it suggests interviewing. Everything found is a suggestion the user edits.

export interface ScopingPage {
  pdfPage: number;
  lines: readonly string[];
}

export interface WitnessSuggestion {
  name: string;
  role: string;
  organisation: string;
}

export interface ScopingExtract {
  title: string;
  objective: string;
  keyObjectives: string[];
  linesOfEnquiry: string[];
  /** Where the lines of enquiry came from: the report's own section, its scope, or nowhere. */
  linesSource: 'section' | 'scope' | 'none';
  witnesses: WitnessSuggestion[];
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const PAGE_STAMP = /^(page\s+)?\d{1,4}$/i;
const PARAGRAPH_NUMBER = /^\(?\d{1,3}(\.\d{1,2})?[.)]\s+/;
const BULLET = /^([•●▪■◦‣∙·o\-–*]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+/;

/** Headings scoping reports use (compared without case, trailing colon or bold marks). */
const KNOWN_HEADINGS =
  /^(key objectives|objectives?|aims?( and objectives)?|purpose( of the review)?|(key )?lines? of (enquiry|inquiry)|key questions|scope|terms of reference.*|background|review arrangements|timing|intended outcomes?|outcomes?|link to .+|community impact|contact officers?.*|recommendations?|summary|report|witnesses|evidence.*|methodology|constraints|appendices.*|equalities.*|risks?|financial implications|legal implications)$/i;

function isHeading(line: string, next: string | undefined): boolean {
  const text = clean(line).replace(/[:*]+$/, '').replace(/^\*+/, '');
  if (KNOWN_HEADINGS.test(text)) return true;
  // A short title-like line followed by a numbered paragraph.
  const words = text.split(' ');
  return (
    words.length <= 8 &&
    /^[A-Z]/.test(text) &&
    !/[.;,:!?]$/.test(text) &&
    !PARAGRAPH_NUMBER.test(text) &&
    next !== undefined &&
    PARAGRAPH_NUMBER.test(clean(next))
  );
}

interface Section {
  heading: string;
  lines: string[];
}

function sections(lines: readonly string[]): Section[] {
  const out: Section[] = [{ heading: '', lines: [] }];
  lines.forEach((line, index) => {
    if (isHeading(line, lines[index + 1])) out.push({ heading: clean(line).replace(/[:*]+$/, '').replace(/^\*+/, ''), lines: [] });
    else out[out.length - 1]!.lines.push(line);
  });
  return out;
}

/**
 * Joins a section's lines into items: a line continues the item before it when it starts
 * in lower case, or when the line before it ran to (nearly) the full width without ending
 * a sentence. Bullets and list letters start items; page stamps are dropped.
 */
function items(lines: readonly string[], fullWidth: number): string[] {
  const out: string[] = [];
  let previous = '';
  for (const raw of lines) {
    const line = clean(raw);
    if (!line) continue;
    const bulleted = BULLET.test(line);
    const continues =
      out.length > 0 && !bulleted && !PARAGRAPH_NUMBER.test(line) && (/^[a-z(‘'“"]/.test(line) || (previous.length >= fullWidth && !/[.;:!?]$/.test(previous)));
    if (continues) out[out.length - 1] += ` ${line}`;
    else out.push(line.replace(BULLET, ''));
    previous = line;
  }
  return out;
}

const tidyItem = (text: string) =>
  clean(text)
    .replace(PARAGRAPH_NUMBER, '')
    .replace(/(\s*[;,]|\s+and|\s*;\s*and)$/i, '')
    .replace(/\.$/, '')
    .trim();

const isIntro = (text: string) => /:-?$/.test(text);
const startsWithTo = (text: string) => /^To\s/.test(text.replace(PARAGRAPH_NUMBER, ''));

/**
 * The list items of a section: what follows its introduction ("23. The key objectives
 * are:-"). Numbered prose paragraphs are not list items unless they read as terms of
 * reference ("11. To understand ...").
 */
function listOf(section: Section | undefined, fullWidth: number): string[] {
  if (!section) return [];
  let entries = items(section.lines, fullWidth);
  const intro = entries.findIndex(isIntro);
  if (intro >= 0 && intro <= 1) entries = entries.slice(intro + 1);
  return entries.filter((entry) => !PARAGRAPH_NUMBER.test(entry) || startsWithTo(entry)).filter((entry) => !isIntro(entry)).map(tidyItem).filter(Boolean);
}

function titleOf(lines: readonly string[], fallback: string): string {
  const head = lines.slice(0, 15).map(clean);
  const at = head.findIndex((line) => /scoping (report|document)/i.test(line));
  let title = '';
  if (at >= 0) {
    const line = head[at]!;
    title = /^scoping (report|document)/i.test(line) && at > 0 ? `${head[at - 1]} ${line}` : line;
  }
  title ||= fallback;
  title = title
    .replace(/\s*[–—:-]*\s*scoping (report|document)\s*$/i, '')
    .replace(/^scoping (report|document)\s*[–—:-]\s*/i, '')
    .replace(/^(a |the )?(scrutiny )?review (of|into)\s+/i, '')
    .trim();
  return title ? title[0]!.toUpperCase() + title.slice(1) : '';
}

function objectiveOf(text: string): string {
  const purpose = /purpose of (?:this|the) (?:scrutiny )?(?:review|inquiry) (?:would be|will be|is) (?:for (?:Members|the Committee|the Working Group) )?to ([^.]+)\./i.exec(text);
  if (purpose) return `To ${purpose[1]}.`;
  const proposed = /undertak(?:e|ing) (?:a|this) (?:scrutiny )?(?:review|inquiry) (?:to|into) ([^.]+)\./i.exec(text);
  if (proposed) return `To ${proposed[1]}.`;
  return '';
}

const NOT_A_NAME = new Set(
  'Cabinet Member Members Council County Committee Select Working Group Officer Officers Service Panel Head Virtual School Inquiry Day Review Scrutiny Support Manager Director Board Children Young People Families Care Staffordshire The This'.split(' '),
);
const PERSON = /^[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}$/;
const isPerson = (text: string) => PERSON.test(text) && !text.split(' ').some((word) => NOT_A_NAME.has(word));

function witnessesOf(paragraphs: readonly string[]): WitnessSuggestion[] {
  const found: WitnessSuggestion[] = [];
  const add = (suggestion: WitnessSuggestion) => {
    if (!found.some((w) => w.name.toLowerCase() === suggestion.name.toLowerCase())) found.push(suggestion);
  };
  for (const paragraph of paragraphs.filter((p) => /\b(interview|invite|witness)/i.test(p))) {
    // "Accommodation Panel (Vonni Gordon)", "Independent Reviewing Officer Service (Caroline Dunn/Claire Cartwright)",
    // "Sarah Rivers (Head of the Virtual School)".
    for (const match of paragraph.matchAll(/((?:[A-Z][\w’'&-]*)(?:\s+(?:of\s+)?[A-Z][\w’'&-]*)*)\s*\(([^)]+)\)/g)) {
      const before = clean(match[1]!);
      const inside = clean(match[2]!);
      const names = inside.split(/\s*\/\s*|\s+and\s+/);
      if (names.every(isPerson)) for (const name of names) add({ name, role: '', organisation: before });
      else if (isPerson(before)) add({ name: before, role: inside, organisation: '' });
    }
    // A name on its own: "... and Liz Kelay on the placement needs ...".
    for (const match of paragraph.matchAll(/(?:\binterview|\band|,)\s+([A-Z][a-z’'-]+ [A-Z][a-z’'-]+)(?=\s+(?:on|to|about|from|who|regarding)\b)/g)) {
      if (isPerson(match[1]!)) add({ name: match[1]!, role: '', organisation: '' });
    }
  }
  return found;
}

/** What a scoping report says, from its pages' lines (PDF pages of the agenda item). */
export function extractScoping(pages: readonly ScopingPage[], itemTitle = ''): ScopingExtract {
  const lines = pages.flatMap((page) => page.lines.map(clean).filter((line) => line && !PAGE_STAMP.test(line)));
  const fullWidth = Math.max(40, Math.floor(Math.max(0, ...lines.map((line) => line.length)) * 0.75));
  const parts = sections(lines);
  const find = (pattern: RegExp) => parts.find((section) => pattern.test(section.heading));

  const keyObjectives = listOf(find(/^(key objectives|objectives?|aims?( and objectives)?)$/i), fullWidth);
  let linesOfEnquiry = listOf(find(/lines? of (enquiry|inquiry)|key questions/i), fullWidth);
  let linesSource: ScopingExtract['linesSource'] = linesOfEnquiry.length ? 'section' : 'none';
  if (!linesOfEnquiry.length) {
    const scope = parts.filter((section) => /^(scope|terms of reference.*|purpose.*)$/i.test(section.heading));
    linesOfEnquiry = scope.flatMap((section) => items(section.lines, fullWidth).filter(startsWithTo).map(tidyItem));
    if (linesOfEnquiry.length) linesSource = 'scope';
  }
  const paragraphs = parts.flatMap((section) => items(section.lines, fullWidth));
  return {
    title: titleOf(lines, itemTitle),
    objective: objectiveOf(paragraphs.join(' ')),
    keyObjectives,
    linesOfEnquiry,
    linesSource,
    witnesses: witnessesOf(paragraphs),
  };
}

/** Agenda items that look like a scoping report. */
export function isScopingItem(title: string): boolean {
  return /\bscop(ing|e)\b.*\b(report|document|paper)\b|\bterms of reference\b/i.test(title);
}
