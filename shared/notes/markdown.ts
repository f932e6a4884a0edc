// Reads a note's Markdown for its preview and print-out: CommonMark, parsed by markdown-it
// (linear time), into a small tree that the renderer turns into elements, so a note's text
// is never inserted as HTML.
import MarkdownIt, { type Token } from 'markdown-it';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'code'; text: string }
  | { type: 'rule' };

// html: false shows any HTML in a note as the text it is. A line break in a paragraph is
// kept as a line break, as notes are written line by line. Links markdown-it judges unsafe
// (javascript:, data:, ...) stay text.
const reader = new MarkdownIt('commonmark', { html: false, breaks: true })
  // "![chart](https://...)" stays "!" and a link: a note never loads a picture from the web.
  .disable('image')
  // Text pasted with a four-space indent stays a paragraph, and a line such as "[1]: page4"
  // stays visible instead of becoming an unseen link definition.
  .disable(['code', 'reference']);

function inlines(tokens: readonly Token[]): Inline[] {
  const root: Inline[] = [];
  const open: Inline[][] = [root];
  for (const token of tokens) {
    const out = open[open.length - 1]!;
    switch (token.type) {
      case 'softbreak':
      case 'hardbreak':
        out.push({ type: 'break' });
        break;
      case 'code_inline':
        out.push({ type: 'code', text: token.content });
        break;
      case 'strong_open':
      case 'em_open': {
        const node = { type: token.type === 'strong_open' ? ('strong' as const) : ('em' as const), children: [] as Inline[] };
        out.push(node);
        open.push(node.children);
        break;
      }
      case 'link_open': {
        const node = { type: 'link' as const, href: String(token.attrGet('href') ?? ''), children: [] as Inline[] };
        out.push(node);
        open.push(node.children);
        break;
      }
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        if (open.length > 1) open.pop();
        break;
      default: {
        if (!token.content) break;
        const last = out[out.length - 1];
        if (last?.type === 'text') last.text += token.content;
        else out.push({ type: 'text', text: token.content });
      }
    }
  }
  return root;
}

function blocks(tokens: readonly Token[]): Block[] {
  const root: Block[] = [];
  const open: Block[][] = [root];
  const lists: Extract<Block, { type: 'list' }>[] = [];
  let heading: 1 | 2 | 3 | 4 | 5 | 6 | null = null;
  for (const token of tokens) {
    const out = open[open.length - 1]!;
    switch (token.type) {
      case 'heading_open':
        heading = Number(token.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6;
        break;
      case 'inline':
        out.push(heading ? { type: 'heading', level: heading, children: inlines(token.children ?? []) } : { type: 'paragraph', children: inlines(token.children ?? []) });
        heading = null;
        break;
      case 'blockquote_open': {
        const quote = { type: 'quote' as const, children: [] as Block[] };
        out.push(quote);
        open.push(quote.children);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const list: Extract<Block, { type: 'list' }> = { type: 'list', ordered, start: ordered ? Number(token.attrGet('start') ?? 1) : 1, items: [] };
        out.push(list);
        lists.push(list);
        break;
      }
      case 'list_item_open': {
        const item: Block[] = [];
        lists[lists.length - 1]?.items.push(item);
        open.push(item);
        break;
      }
      case 'blockquote_close':
      case 'list_item_close':
        if (open.length > 1) open.pop();
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'fence':
        out.push({ type: 'code', text: token.content.replace(/\n$/, '') });
        break;
      case 'hr':
        out.push({ type: 'rule' });
        break;
    }
  }
  return root;
}

export function parseMarkdown(source: string): Block[] {
  return blocks(reader.parse(source, {}));
}

export function parseInline(text: string): Inline[] {
  return inlines(reader.parseInline(text, {})[0]?.children ?? []);
}

// Characters that would otherwise start emphasis, code, a link or an autolink, or an entity.
function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]<])/g, '\\$1').replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&');
}

/** The Markdown a quoted passage is inserted as: a block quote with a link back to it. */
export function quoteMarkdown(quote: string, reference: string, passageId: string): string {
  const escaped = escapeText(quote)
    // A quote that starts like a list item, heading, rule or fence ("13. The Council ...",
    // "- ", "---", "~~~") stays text.
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+#>~])/, '\\$1');
  return `> ${escaped}\n>\n> — [${escapeText(reference)}](passage:${passageId})\n`;
}

/** The body with the link text of passage `passageId` ("— [page 39](passage:ID)") replaced by `reference`. */
export function relinkPassage(body: string, passageId: string, reference: string): string {
  const id = passageId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return body.replace(new RegExp(`\\[(?:\\\\.|[^\\]\\\\])*\\]\\(passage:${id}\\)`, 'g'), () => `[${escapeText(reference)}](passage:${passageId})`);
}

/**
 * A note's Markdown without the block quote that links to a passage (as quoteMarkdown
 * wrote it: consecutive "> " lines ending in the passage link), and without the blank lines
 * it leaves. Text the user typed around it stays as it was.
 */
export function removeQuoteBlock(body: string, passageId: string): string {
  const lines = body.split('\n');
  const link = `(passage:${passageId})`;
  const at = lines.findIndex((line) => line.startsWith('>') && line.includes(link));
  if (at < 0) return body;
  let start = at;
  while (start > 0 && lines[start - 1]!.startsWith('>')) start--;
  let end = at + 1;
  while (end < lines.length && lines[end]!.startsWith('>')) end++;
  // One blank line between what was before and after is enough.
  while (start > 0 && lines[start - 1]!.trim() === '' && (end >= lines.length || lines[end]!.trim() === '')) start--;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n').replace(/^\n+/, '');
}
