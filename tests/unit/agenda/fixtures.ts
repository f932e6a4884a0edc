// Loads agenda text fixtures: pages separated by form feeds, lines by newlines (as `pdftotext` writes them).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../fixtures/agenda/', import.meta.url));


export function loadPages(name: string): string[][] {
  return pagesFromText(readFileSync(DIR + name, 'utf8'));
}

export function pagesFromText(text: string): string[][] {
  return text.replace(/\n$/, '').split('\f').map((page) => page.split('\n'));
}

/** Report pages stamped "Page from".."Page to" at their foot, for packing behind a hand-written front sheet. */
export function stampedPages(from: number, to: number): string[][] {
  const pages: string[][] = [];
  for (let n = from; n <= to; n++) pages.push([`Report text on printed page ${n}.`, 'More text.', `Page ${n}`]);
  return pages;
}
