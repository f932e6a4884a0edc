// Snippets and highlighted words are found with a quick regex on how a term's words start:
// checked here against looking at every word, over the seeds' whole vocabulary.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerFrom, candidatesOf, entryText } from '../../../shared/search/answer';
import { createIndex } from '../../../shared/search/engine';
import { parseQuery } from '../../../shared/search/query';
import { matchedWords, snippetOf } from '../../../shared/search/snippet';
import { termOf, wordsOf } from '../../../shared/search/terms';

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);
const texts = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, SEEDS), 'utf8'));

/** Every word looked at: what the quick search must agree with. */
function slowMatchedWords(text: string, terms: ReadonlySet<string>): string[] {
  return [...new Set(wordsOf(text).filter((word) => terms.has(termOf(word) ?? '')))];
}

describe('matched words', () => {
  it('finds the same words as looking at every word, for every term of the seeds', () => {
    const ascii = texts.map((text) => text.replace(/\P{ASCII}/gu, ' '));
    for (const text of ascii) {
      const terms = [...new Set(wordsOf(text).map((word) => termOf(word)).filter((term): term is string => term !== null))];
      expect(terms.length).toBeGreaterThan(100);
      // Some hundreds of terms at a time: every word of the text is checked once per batch.
      for (let at = 0; at < terms.length; at += 400) {
        const batch = new Set(terms.slice(at, at + 400));
        expect(matchedWords(text, batch).sort()).toEqual(slowMatchedWords(text, batch).sort());
      }
    }
  });
  it('finds words with accents as folded', () => {
    expect(matchedWords('The Café and the élite cafes', new Set([termOf('cafe')!, termOf('elite')!])).sort()).toEqual(['Café', 'cafes', 'élite']);
  });
});

describe('snippets', () => {
  const long = `${'Words before the match fill this part of the page. '.repeat(20)}Operation Safenet met the police. ${'More words come after it on the page. '.repeat(20)}`;
  it('shows words either side of the first match, cut with an ellipsis', () => {
    const parts = snippetOf(long, new Set([termOf('safenet')!]));
    const text = parts.map((part) => part.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['Safenet']);
    expect(text.split(' ').length).toBeLessThan(30);
  });
  it('centres on the phrase, not an earlier lone word', () => {
    const text = `Police ${'filler words here. '.repeat(40)}the police operation safenet team`;
    const snippet = snippetOf(text, new Set([termOf('police')!, termOf('operation')!]), ['operation safenet']).map((part) => part.text).join('');
    expect(snippet).toContain('operation safenet');
  });
});

describe('answers', () => {
  const pages = ['Children coming into care were fewer.', 'Care for children coming home.', 'Nothing here.', 'children coming into care again, children coming into care'];
  const index = createIndex();
  index.addAll(pages.map((text, i) => ({ id: `p${i}`, source: 's', text })));
  const byId = new Map(pages.map((text, i) => [`p${i}`, entryText(text)]));
  const answer = (query: string, limit = 10) => {
    const parsed = parseQuery(query);
    return answerFrom(candidatesOf(index, parsed), parsed, (id) => byId.get(id), limit);
  };
  it('counts only the hits holding the phrase, and shows at most the limit', () => {
    expect(answer('"children coming into care"').total).toBe(2);
    expect(answer('children care ').total).toBe(3);
    const limited = answer('children care ', 1);
    expect(limited.total).toBe(3);
    expect(limited.shown).toHaveLength(1);
  });
  it('highlights the phrase and the other matched words as written', () => {
    const first = answer('"coming into care" Children').shown.find((shown) => shown.hit.id === 'p0');
    expect(first?.highlight).toEqual(['coming into care', 'Children']);
  });
});
