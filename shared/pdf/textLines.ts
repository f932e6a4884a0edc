// Turns pdf.js text content (positioned runs of text) into the lines a person reads,
// the input the agenda parser and the page-stamp reader expect.

/** The parts of a pdf.js TextItem this needs (transform[4] is x, transform[5] is y). */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

const isRun = (item: unknown): item is TextRun =>
  typeof item === 'object' && item !== null && typeof (item as TextRun).str === 'string' && Array.isArray((item as TextRun).transform);

/**
 * Lines in reading order. A run starts a new line after a run with hasEOL, or when its
 * baseline moves by more than half a line; runs on one line are joined with a space
 * where pdf.js left a visible gap without one.
 */
export function textLines(items: readonly unknown[]): string[] {
  const lines: string[] = [];
  let current = '';
  let baseline: number | undefined;
  let lastEnd: number | undefined;
  let lastHeight = 0;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
    baseline = undefined;
    lastEnd = undefined;
  };
  for (const item of items) {
    if (!isRun(item)) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = item.height || lastHeight;
    // Superscripts ("26th") sit a little higher: only a move of over half a line is a new line.
    if (baseline !== undefined && item.str && Math.abs(y - baseline) > Math.max(height, lastHeight) * 0.6) flush();
    if (item.str) {
      const gap = lastEnd === undefined ? 0 : x - lastEnd;
      if (current && gap > height * 0.15 && !/\s$/.test(current) && !/^\s/.test(item.str)) current += ' ';
      current += item.str;
      baseline ??= y;
      lastEnd = x + item.width;
      if (item.height) lastHeight = item.height;
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}
