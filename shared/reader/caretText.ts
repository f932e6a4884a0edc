// Where a keyboard caret goes in a page's text: the next character, word, line, and the
// sentence or paragraph around it. Works on the page's text as one string with "\n" between
// lines and "\n\n" between paragraphs; the reader maps offsets to and from the page.

export interface TextLine {
  start: number;
  end: number;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_'’-]/u.test(char);

/** One character on, or back, clamped to the text. */
export function charStep(text: string, offset: number, forward: boolean): number {
  return Math.max(0, Math.min(text.length, offset + (forward ? 1 : -1)));
}

/** Forward: to the start of the next word. Back: to the start of this or the previous word. */
export function wordStep(text: string, offset: number, forward: boolean): number {
  let at = offset;
  if (forward) {
    while (at < text.length && isWord(text[at])) at++;
    while (at < text.length && !isWord(text[at])) at++;
    return at;
  }
  while (at > 0 && !isWord(text[at - 1])) at--;
  while (at > 0 && isWord(text[at - 1])) at--;
  return at;
}

/** The lines of the text (split at "\n"), each without its line break. */
export function linesOf(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    if (at === text.length || text[at] === '\n') {
      if (at > start) lines.push({ start, end: at });
      start = at + 1;
    }
  }
  return lines;
}

/** The line an offset is on (or the nearest line before it). */
export function lineIndexAt(lines: TextLine[], offset: number): number {
  let found = 0;
  for (let index = 0; index < lines.length; index++) if (lines[index]!.start <= offset) found = index;
  return found;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  return { start: from, end: to };
}

/** The paragraph around an offset: between blank lines ("\n\n") or the ends of the text. */
export function paragraphAt(text: string, offset: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n\n', Math.max(0, offset - 1));
  const after = text.indexOf('\n\n', offset);
  return trimmed(text, before < 0 ? 0 : before + 2, after < 0 ? text.length : after);
}

// A sentence ends at . ! or ? (and any closing quote or bracket) followed by a space or a line
// break; not the full stop of a paragraph number ("1.", "6a.") or of a usual abbreviation.
const SENTENCE_END = /(?<!(?:^|\s)\d{1,3}[a-z]?)(?<!\b(?:e\.g|i\.e|Mr|Mrs|Ms|Dr|No|Cllr|Cllrs|para|cf))[.!?][’”'")\]]*(?=\s|$)/gu;

/** The sentence around an offset, never reaching past its paragraph. */
export function sentenceAt(text: string, offset: number): { start: number; end: number } {
  const paragraph = paragraphAt(text, offset);
  const at = Math.min(Math.max(offset, paragraph.start), paragraph.end);
  const inside = text.slice(paragraph.start, paragraph.end);
  let start = 0;
  let end = inside.length;
  for (const match of inside.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    // A caret just after a full stop belongs to the sentence it ends.
    if (stop < at - paragraph.start) start = stop;
    else {
      end = stop;
      break;
    }
  }
  return trimmed(text, paragraph.start + start, paragraph.start + end);
}
