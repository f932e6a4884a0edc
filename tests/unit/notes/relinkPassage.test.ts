// A note's quote says where it is ("— page 39"): when the passage follows a revised pack, that place is rewritten, and nothing else in the note is.
import { describe, expect, it } from 'vitest';
import { quoteMarkdown, relinkPassage } from '../../../shared/notes/markdown';

describe('relinkPassage', () => {
  it('rewrites the link text of that passage only', () => {
    const body = `## 5 Neglect\n\nMy view [not a passage](https://example.org)\n\n${quoteMarkdown('Preventing Low Level Neglect', '5 Cabinet Response [draft], page 39', 'p1')}\n${quoteMarkdown('Operation Safenet', '4 CSE, page 14', 'p2')}`;
    const after = relinkPassage(body, 'p1', '5 Cabinet Response [draft], page 40');
    expect(after).toContain('(passage:p1)');
    expect(after).toMatch(/page 40\]\(passage:p1\)/);
    expect(after).not.toMatch(/page 39/);
    expect(after).toContain('[4 CSE, page 14](passage:p2)');
    expect(after).toContain('My view [not a passage](https://example.org)');
  });
});
