// Precision and recall of the glossary extraction against seed-acronyms.json: an extracted
// entry is right when its acronym (plural "s" aside) is listed with a meaning equal to it,
// ignoring case, punctuation, "&"/"and" and plural endings.
import type { FoundTerm } from '../../../shared/glossary/extract';

const key = (acronym: string) => acronym.replace(/s$/, '');
const meaning = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z ]+/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/s$/, ''))
    .join(' ');

export function scoreGlossary(found: FoundTerm[], expected: Record<string, string[]>) {
  const wanted = new Map(Object.entries(expected).map(([acronym, meanings]) => [key(acronym), meanings.map(meaning)]));
  const right = found.filter((term) => wanted.get(key(term.acronym))?.includes(meaning(term.expansion)));
  const recalled = new Set(right.map((term) => key(term.acronym)));
  const missed = [...wanted.keys()].filter((acronym) => !recalled.has(acronym));
  const wrong = found.filter((term) => !right.includes(term));
  return { precision: right.length / found.length, recall: recalled.size / wanted.size, found: found.length, expected: wanted.size, missed, wrong };
}
