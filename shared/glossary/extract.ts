// Acronyms and their expansions as papers define them: "Child Sexual Exploitation (CSE)",
// "the Multi-Agency Safeguarding Hub (MASH)", "CSE – Child Sexual Exploitation", and glossary
// tables ("CSE   Child Sexual Exploitation" on a line). An expansion is accepted only when
// its words' initials spell the acronym, so "(see page 4)" or "(2016)" are never entries.

export interface FoundTerm {
  acronym: string;
  expansion: string;
  /** PDF page (1-based) where it was defined. */
  page: number;
}

const MINOR = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&', 'with', 'at', 'by']);
const ACRONYM = "[A-Z][A-Za-z&]{0,2}[A-Z][A-Z&]{0,7}s?";
const WORD = "[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*|&";

/** The capital letters an acronym spells (a plural "s" and "&" left out). */
function lettersOf(acronym: string): string {
  return acronym.replace(/s$/, '').replace(/[^A-Za-z]/g, '').toUpperCase();
}

/** Whether words, in order, spell the letters: each word gives its initial (each part of a hyphenated word may), minor words may be skipped. */
function spells(words: string[], letters: string): boolean {
  const go = (wi: number, li: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const word = words[wi] ?? '';
    if (MINOR.has(word.toLowerCase()) && go(wi + 1, li)) return true;
    const parts = word.split('-').filter(Boolean);
    const initials = parts.map((part) => part.charAt(0).toUpperCase()).join('');
    if (letters.startsWith(initials, li) && go(wi + 1, li + initials.length)) return true;
    return parts.length > 1 && letters[li] === initials[0] && go(wi + 1, li + 1);
  };
  return go(0, 0);
}

const tidy = (words: string[]) => words.join(' ').replace(/\s+/g, ' ').trim();
const capitalised = (word: string) => /^[A-Z]/.test(word);

/** The shortest run of words ending the list that spells the acronym ("looked after children (LAC)" counts). */
function expansionBefore(words: string[], acronym: string): string | null {
  const letters = lettersOf(acronym);
  for (let start = words.length - 1; start >= Math.max(0, words.length - letters.length - 4); start--) {
    const run = words.slice(start);
    if (MINOR.has((run[0] ?? '').toLowerCase())) continue;
    if (spells(run, letters)) return tidy(run);
  }
  return null;
}

/** The shortest run of words starting the list that spells the acronym. */
function expansionAfter(words: string[], acronym: string): string | null {
  const letters = lettersOf(acronym);
  for (let end = 1; end <= Math.min(words.length, letters.length + 4); end++) {
    const run = words.slice(0, end);
    if (!capitalised(run[0] ?? '')) return null;
    if (MINOR.has((run[run.length - 1] ?? '').toLowerCase())) continue;
    if (spells(run, letters)) return tidy(run);
  }
  return null;
}

const wordsIn = (text: string) => text.match(new RegExp(WORD, 'g')) ?? [];

/** Every definition on one page (lines as read from the PDF). */
export function termsOnPage(lines: string[], page: number): FoundTerm[] {
  const found: FoundTerm[] = [];
  const text = lines.join(' ').replace(/\s+/g, ' ');
  // "Long Form (LF)": the words before the brackets.
  for (const match of text.matchAll(new RegExp(`\\((${ACRONYM})\\)`, 'g'))) {
    const before = wordsIn(text.slice(Math.max(0, match.index - 200), match.index));
    const acronym = match[1] ?? '';
    const expansion = expansionBefore(before, acronym);
    if (expansion) found.push({ acronym, expansion, page });
  }
  // "LF – Long Form" or "LF: Long Form" or "LF = Long Form".
  for (const match of text.matchAll(new RegExp(`\\b(${ACRONYM})\\s*(?:[–—:=]|-\\s)\\s*(?=[A-Z])`, 'g'))) {
    const acronym = match[1] ?? '';
    const expansion = expansionAfter(wordsIn(text.slice(match.index + match[0].length, match.index + match[0].length + 200)), acronym);
    if (expansion) found.push({ acronym, expansion, page });
  }
  // Glossary tables: "LF   Long Form" at the start of a line. A table (a tab or a wide gap
  // after the acronym) gives the whole cell, whose initials need not spell it all
  // ("ENHT  East & North Hertfordshire Hospitals NHS Trust"); running text must spell it.
  for (const line of lines) {
    const match = new RegExp(`^\\s*(${ACRONYM})(\\t+|\\s{2,}|\\s)(?=[A-Z])`).exec(line);
    if (!match) continue;
    const acronym = match[1] ?? '';
    const rest = line.slice(match[0].length).trim();
    const cell = /\t| {2,}/.test(match[2] ?? '') && rest.startsWith(lettersOf(acronym).charAt(0)) && !/[.:;]\s*\S/.test(rest) && wordsIn(rest).length <= 14;
    const expansion = cell ? rest.replace(/[\s.,;:]+$/, '') : expansionAfter(wordsIn(rest), acronym);
    if (expansion) found.push({ acronym, expansion, page });
  }
  return found;
}

/** One entry per acronym and meaning (case ignored), where it was first defined. */
export function termsOfDocument(pages: { page: number; lines: string[] }[]): FoundTerm[] {
  const seen = new Map<string, FoundTerm>();
  for (const { page, lines } of pages) {
    for (const term of termsOnPage(lines, page)) {
      const key = `${term.acronym}\u0000${term.expansion.toLowerCase()}`;
      if (!seen.has(key)) seen.set(key, term);
    }
  }
  return [...seen.values()];
}
