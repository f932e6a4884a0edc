// A drawn page's text layer as one string, with the text nodes behind each stretch, so a
// keyboard caret can move by character, word, line, sentence and paragraph and become a
// real DOM selection that the selection toolbar reads like a mouse selection.

interface Segment {
  node: Text;
  /** Offset of the node's first character in the page string. */
  start: number;
  end: number;
}

export interface PageText {
  text: string;
  segments: Segment[];
}

/** Reads the text layer of a page element in reading order (pdf.js's DOM order). */
export function readPageText(pageElement: Element): PageText | null {
  const layer = pageElement.querySelector('.textLayer');
  if (!layer) return null;
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  const segments: Segment[] = [];
  let text = '';
  let previous: { rect: DOMRect; node: Text } | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data || !node.parentElement) continue;
    const rect = node.parentElement.getBoundingClientRect();
    if (rect.height === 0) continue;
    if (previous) {
      const last = previous.rect;
      const lineHeight = Math.min(last.height, rect.height);
      const sameLine = Math.abs(rect.top - last.top) < lineHeight * 0.6;
      if (!sameLine) {
        // A gap of more than about one blank line starts a new paragraph.
        text += rect.top - last.bottom > lineHeight * 0.8 || rect.top < last.top ? '\n\n' : '\n';
      } else if (!/\s$/.test(text) && !/^\s/.test(node.data) && rect.left - last.right > lineHeight * 0.15) {
        text += ' ';
      }
    }
    segments.push({ node, start: text.length, end: text.length + node.data.length });
    text += node.data;
    previous = { rect, node };
  }
  return segments.length > 0 ? { text, segments } : null;
}

/** The DOM position of a page-string offset (an offset between nodes goes to the end of the one before). */
export function domPosition(page: PageText, offset: number): { node: Text; offset: number } {
  let chosen = page.segments[0]!;
  for (const segment of page.segments) {
    if (segment.start > offset) break;
    chosen = segment;
  }
  return { node: chosen.node, offset: Math.max(0, Math.min(chosen.node.data.length, offset - chosen.start)) };
}

/** The page-string offset of a DOM position inside the text layer, or null when it is elsewhere. */
export function pageOffset(page: PageText, node: Node, offset: number): number | null {
  const own = page.segments.find((segment) => segment.node === node);
  if (own) return own.start + offset;
  if (!(node instanceof Element)) return null;
  // An element position: the first text at or after the child at that offset.
  const after = node.childNodes[offset];
  for (const segment of page.segments) {
    if (!after || after === segment.node || after.contains(segment.node) || (after.compareDocumentPosition(segment.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) {
      return segment.start;
    }
  }
  return page.text.length;
}

/** Where the caret is drawn: a collapsed range's box, or the character beside it. */
export function caretRect(page: PageText, offset: number): DOMRect | null {
  const { node, offset: at } = domPosition(page, offset);
  const range = document.createRange();
  if (at < node.data.length) {
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const rect = range.getBoundingClientRect();
    return new DOMRect(rect.left, rect.top, 0, rect.height);
  }
  if (at > 0) {
    range.setStart(node, at - 1);
    range.setEnd(node, at);
    const rect = range.getBoundingClientRect();
    return new DOMRect(rect.right, rect.top, 0, rect.height);
  }
  return null;
}

/** The offset in [start, end) whose character's left edge is nearest x (for moving up or down a line). */
export function offsetNearX(page: PageText, start: number, end: number, x: number): number {
  let best = start;
  let bestDistance = Infinity;
  for (let offset = start; offset <= end; offset++) {
    const rect = caretRect(page, offset);
    if (!rect) continue;
    const distance = Math.abs(rect.left - x);
    if (distance < bestDistance) {
      best = offset;
      bestDistance = distance;
    }
  }
  return best;
}
