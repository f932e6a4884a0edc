// The annotation summary, grouped by agenda item, in Markdown and Word.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { summaryDocx, summaryMarkdown, type SummaryModel } from '../../../shared/annotations/summary';

const model: SummaryModel = {
  title: 'Annotations: Safe and Strong Communities Select Committee, 26 September 2017',
  subtitle: '2 annotations',
  groups: [
    {
      heading: 'Item 4: Child Sexual Exploitation (CSE) in Staffordshire',
      entries: [{ kind: 'highlight', place: 'Page 14', quote: 'Operation\nSafenet', comment: 'Ask how it is funded', text: '', colourMeaning: 'Key point', tags: ['budget'], needsReview: false }],
    },
    {
      heading: 'Item 5: Cabinet Response',
      entries: [{ kind: 'note', place: 'Page 40', quote: '', comment: 'Check the action plan dates', text: '', colourMeaning: '', tags: [], needsReview: true }],
    },
  ],
};

describe('annotation summary', () => {
  it('writes Markdown grouped by agenda item with quotes, comments and printed pages', () => {
    const markdown = summaryMarkdown(model);
    expect(markdown).toContain('## Item 4: Child Sexual Exploitation (CSE) in Staffordshire');
    expect(markdown).toContain('- **Highlight · Page 14 · Key point · tags: budget**');
    expect(markdown).toContain('  > Operation Safenet');
    expect(markdown).toContain('  Comment: Ask how it is funded');
    expect(markdown.indexOf('Item 4')).toBeLessThan(markdown.indexOf('Item 5'));
    expect(markdown).toContain('needs review');
  });

  it('writes a Word document holding the same text', async () => {
    const bytes = await summaryDocx(model);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Item 4: Child Sexual Exploitation (CSE) in Staffordshire');
    expect(text).toContain('“Operation Safenet”');
    expect(text).toContain('Comment: Ask how it is funded');
    expect(text).toContain('Page 40');
  });
});
