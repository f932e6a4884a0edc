// Builds the parsers' input (lines per page) from pdf.js TextContent items, the way `pdftotext -raw` reads a page.

/** The fields of a pdf.js TextItem this module uses (structural, so shared/ needs no pdf.js import). */
export interface TextItemLike {
  str: string;
  /** [a, b, c, d, e, f]: e, f are the x, y of the text origin; |d| (or |a|) approximates the font size. */
  transform: readonly number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/**
 * Lines of one page from `page.getTextContent().items`, in content-stream order (pdf.js's reading
 * order, as `pdftotext -raw`). A new line starts after an item with `hasEOL`, or when the baseline
 * moves by more than half the font size (superscripts such as "3rd" stay on their line). Items on
 * one line are joined with a space when there is a visible gap between them and neither side
 * already has whitespace. Marked-content entries (no `str`) are skipped; empty lines are dropped.
 */
export function linesFromTextItems(items: readonly (TextItemLike | { type: string })[]): string[] {
  const lines: string[] = [];
  let text = '';
  let y: number | undefined;
  let size = 0;
  let endX: number | undefined;
  let breakNext = false;

  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    text = '';
    endX = undefined;
  };

  for (const raw of items) {
    if (!('str' in raw)) continue;
    const item = raw;
    const x = item.transform[4] ?? 0;
    const itemY = item.transform[5] ?? 0;
    const itemSize = Math.abs(item.transform[3] ?? 0) || Math.abs(item.transform[0] ?? 0) || item.height || 10;
    const moved = y !== undefined && Math.abs(itemY - y) > 0.5 * Math.max(size, itemSize);
    if (item.str !== '' && (breakNext || moved)) flush();
    if (item.str !== '') {
      if (text && endX !== undefined && !/\s$/.test(text) && !/^\s/.test(item.str) && x - endX > 0.15 * itemSize) text += ' ';
      else if (text && endX !== undefined && x < endX - itemSize && !/\s$/.test(text)) text += ' ';
      text += item.str;
      // Superscripts keep the line's baseline; only full-size text moves it.
      if (y === undefined || moved || itemSize >= 0.8 * size) {
        y = itemY;
        size = itemSize;
      }
      endX = x + (item.width ?? 0);
      breakNext = false;
    }
    if (item.hasEOL) breakNext = true;
  }
  flush();
  return lines;
}
