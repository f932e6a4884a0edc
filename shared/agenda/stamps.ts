// Reads the printed page stamp ("Page 39", "- 39 -", "Page 39 of 108", a bare "39") from a page's first or last lines.

import { normaliseLine } from './text';

export interface StampCandidate {
  label: string;
  /** 'strong': says "Page" or is dashed; 'weak': a bare number or "Page N" run into other footer text, trusted only in a consistent run. */
  strength: 'strong' | 'weak';
  /** Index in the page's non-empty lines. */
  line: number;
}

/** How many lines at each end of a page are searched for a stamp. */
export const STAMP_EDGE_LINES = 3;

const STRONG: RegExp[] = [
  /^(?:agenda\s+)?page\s*[:|]?\s*(\d{1,4}[a-z]?)(?:\s+of\s+\d{1,4})?$/i,
  /^(\d{1,4})\s*\|\s*page$/i,
  /^[-–—]\s*(\d{1,4})\s*[-–—]$/,
  /^page\s+([ivxlc]{1,6})$/i,
];
const WEAK_BARE = /^(\d{1,4})$/;
const WEAK_TAIL = /\sPage\s+(\d{1,4})$/;
const WEAK_HEAD = /^Page\s+(\d{1,4})\s/;

/** Stamp-like candidates on one page, strongest first. */
export function stampCandidates(page: readonly string[]): StampCandidate[] {
  const lines = page.map(normaliseLine).filter((l) => l !== '');
  const edge = new Set<number>();
  for (let i = 0; i < Math.min(STAMP_EDGE_LINES, lines.length); i++) {
    edge.add(i);
    edge.add(lines.length - 1 - i);
  }
  const out: StampCandidate[] = [];
  for (const i of [...edge].sort((a, b) => b - a)) {
    const text = lines[i] ?? '';
    const strong = STRONG.map((re) => re.exec(text)).find((m) => m !== null);
    if (strong?.[1]) {
      out.push({ label: strong[1].toLowerCase(), strength: 'strong', line: i });
      continue;
    }
    const weak = WEAK_BARE.exec(text) ?? (i === lines.length - 1 ? WEAK_TAIL.exec(text) : null) ?? (i === 0 ? WEAK_HEAD.exec(text) : null);
    if (weak?.[1] && Number(weak[1]) > 0) out.push({ label: String(Number(weak[1])), strength: 'weak', line: i });
  }
  return out.sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));
}
