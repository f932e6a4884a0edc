// A note's Markdown preview as the user sees it (rendered with react-dom/server): CommonMark
// features, line breaks kept, no HTML or script links from a note's text, and quoted
// passages that read back exactly as they were selected, with their link to the pack.
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownBlocks } from '../../../renderer/notes/MarkdownPreview';
import { parseMarkdown, quoteMarkdown, type Block } from '../../../shared/notes/markdown';

const preview = (source: string) => renderToStaticMarkup(<MarkdownBlocks blocks={parseMarkdown(source)} />);

describe('note preview', () => {
  it('shows headings a level under the note, emphasis, lists, quotes, rules and code', () => {
    expect(preview('# Title\n\nSome **bold** and *italic* and `code`.\n\n3. third\n4. fourth\n\n- a\n  - nested\n\n> quoted\n\n---\n\n```\n<b>raw</b>\n```')).toBe(
      '<h3>Title</h3><p>Some <strong>bold</strong> and <em>italic</em> and <code>code</code>.</p>' +
        '<ol start="3"><li>third</li><li>fourth</li></ol><ul><li><p>a</p><ul><li>nested</li></ul></li></ul>' +
        '<blockquote><p>quoted</p></blockquote><hr/><pre><code>&lt;b&gt;raw&lt;/b&gt;</code></pre>',
    );
  });

  it('keeps a line break inside a paragraph, as notes are written line by line', () => {
    expect(preview('Ask about:\ncosts\nstaffing')).toBe('<p>Ask about:<br/>costs<br/>staffing</p>');
  });

  it('shows HTML typed in a note as text, and makes no element of it', () => {
    const html = preview('<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> and <b>tag</b>');
    expect(html).not.toMatch(/<(script|img|b)\b/);
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>A &lt;img src=x onerror=alert(1)&gt; and &lt;b&gt;tag&lt;/b&gt;</p>');
  });

  it('opens web and mail links outside the app, never script links, and loads no pictures', () => {
    const html = preview('[site](https://example.org/a) [mail](mailto:clerk@example.org) [bad](javascript:alert(1)) [also](JaVaScRiPt:alert(1)) [data](data:text/html,x) ![chart](https://example.org/c.png)');
    expect(html).toContain('<a href="https://example.org/a" target="_blank" rel="noreferrer noopener">site</a>');
    expect(html).toContain('<a href="mailto:clerk@example.org" target="_blank" rel="noreferrer noopener">mail</a>');
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain('[bad](javascript:alert(1))');
    expect(html).not.toContain('<img');
    expect(preview('<https://example.org/auto>')).toContain('<a href="https://example.org/auto"');
  });

  it('shows a link to a passage as a button, and other links as text', () => {
    expect(preview('See [page 105](passage:p1) and [elsewhere](somewhere.html).')).toBe(
      '<p>See <button type="button" class="link-button passage-link">page 105</button> and <span>elsewhere</span>.</p>',
    );
  });

  it('keeps indented text and "[1]: ..." lines visible as paragraphs', () => {
    expect(preview('    Indented paragraph\n\n[1]: page4')).toBe('<p>Indented paragraph</p><p>[1]: page4</p>');
  });
});

describe('a quoted passage', () => {
  // As the reader hands it over: whitespace collapsed, trimmed (questions/selection.ts).
  const selected = fc
    .array(fc.constantFrom(...'ab 1.)*_`[]()\\<>&#;-+~!=|'.split(''), 'Council', '13.', '---', '&amp;', '<https://x.org>', '    '), { minLength: 1, maxLength: 20 })
    .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');

  it('reads back in the preview exactly as selected, followed by its link to the pack', () => {
    fc.assert(
      fc.property(selected, selected, (quote, reference) => {
        const [block, ...rest] = parseMarkdown(quoteMarkdown(quote, reference, 'p9'));
        expect(rest).toEqual([]);
        expect(block).toEqual<Block>({
          type: 'quote',
          children: [
            { type: 'paragraph', children: [{ type: 'text', text: quote }] },
            { type: 'paragraph', children: [{ type: 'text', text: '— ' }, { type: 'link', href: 'passage:p9', children: [{ type: 'text', text: reference }] }] },
          ],
        });
      }),
    );
  });
});
