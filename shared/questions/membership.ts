// The committee's members as a front sheet lists them ("Committee Membership" followed by
// names, some with "(Chairman)"), for suggesting lead members and inquiry members.

export interface MemberSuggestion {
  name: string;
  role: string;
}

const HEADING = /^(committee\s+)?membership:?$|^members of the committee:?$|^membership of the committee:?$/i;
const TITLES = /\b(Councillors?|Cllrs?\.?|County Councillors?)\s+/g;
const WORD = /^[A-Z][a-zA-Z’'-]+$/;
const PARTICLES = new Set(['de', 'van', 'von', 'le', 'la', 'da', 'di', 'du', 'der', 'del']);

/** Splits a run of capitalised words into names of two words (particles join the surname). */
function namesIn(run: string[]): string[] {
  const names: string[] = [];
  let current: string[] = [];
  for (const word of run) {
    current.push(word);
    if (current.length >= 2 && !PARTICLES.has(word.toLowerCase())) {
      names.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) {
    if (names.length) names[names.length - 1] += ` ${current.join(' ')}`;
    else names.push(current.join(' '));
  }
  return names;
}

/** Members listed after a "Committee Membership" heading on the given pages' lines. */
export function extractMembership(pages: readonly (readonly string[])[]): MemberSuggestion[] {
  const lines = pages.flat().map((line) => line.replace(/\s+/g, ' ').trim());
  const start = lines.findIndex((line) => HEADING.test(line));
  if (start < 0) return [];
  const members: MemberSuggestion[] = [];
  for (const line of lines.slice(start + 1)) {
    const text = line.replace(TITLES, '').replace(/[,;]/g, ' ').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const tokens = text.match(/\([^)]*\)|[^\s()]+/g) ?? [];
    const ok = tokens.every((token) => token.startsWith('(') || WORD.test(token) || PARTICLES.has(token.toLowerCase()));
    if (!ok) break;
    let run: string[] = [];
    const flush = (role: string) => {
      const names = namesIn(run);
      names.forEach((name, index) => members.push({ name, role: index === names.length - 1 ? role : '' }));
      run = [];
    };
    for (const token of tokens) {
      if (token.startsWith('(')) flush(token.slice(1, -1).trim());
      else run.push(token);
    }
    flush('');
  }
  return members.filter((member, index) => members.findIndex((other) => other.name === member.name) === index);
}
