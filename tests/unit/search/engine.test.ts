// The search engine as the app sets it up: words in any order, exact phrases, prefixes,
// one typo in longer words, case and accents ignored, English word endings.
import { describe, expect, it } from 'vitest';
import { createIndex, hasPhrases, loadIndex, runQuery } from '../../../shared/search/engine';
import { parseQuery } from '../../../shared/search/query';
import { snippetOf } from '../../../shared/search/snippet';
import { termOf } from '../../../shared/search/terms';

const PAGES: Record<string, string> = {
  p1: 'The committee made three recommendations about the customer survey.',
  p2: 'Fewer children coming into care this year, and more support at home.',
  p3: 'Care for children who are coming back into the county was reviewed.',
  p4: 'Operation Safenet works with the police on child sexual exploitation.',
  p5: 'The café opened beside the Multi-Agency Safeguarding Hub.',
};

function index() {
  const built = createIndex();
  built.addAll(Object.entries(PAGES).map(([id, text]) => ({ id, source: 'doc', text })));
  return built;
}
const find = (query: string, built = index()) => runQuery(built, parseQuery(query), undefined, (id) => PAGES[id]).map((hit) => hit.id).sort();

describe('search queries', () => {
  it('matches words in any order and English word endings', () => {
    expect(find('safenet operation')).toEqual(['p4']);
    expect(find('recommend ')).toEqual(['p1']);
  });
  it('allows one typo in a longer word, none in a short one', () => {
    expect(find('recomend ')).toEqual(['p1']);
    expect(find('safenett ')).toEqual(['p4']);
    expect(find('cafi ')).toEqual([]);
    expect(find('recomendd ')).toEqual([]);
  });
  it('ignores case and accents', () => {
    expect(find('CAFE ')).toEqual(['p5']);
    expect(find('café ')).toEqual(['p5']);
  });
  it('reads the last word as a prefix while it is typed', () => {
    expect(find('safegu')).toEqual(['p5']);
    expect(find('safegu ')).toEqual([]);
  });
  it('keeps finding a word all the way through typing it, past where its stem ends', () => {
    for (let length = 3; length <= 'recommendations'.length; length++) expect(find('recommendations'.slice(0, length)), 'recommendations'.slice(0, length)).toEqual(['p1']);
  });
  it('matches one or two letters being typed as whole words only (the start of nearly every word otherwise)', () => {
    expect(find('sa')).toEqual([]);
    expect(find('saf')).toEqual(['p4', 'p5']);
  });
  it('finds an exact phrase only where the words are in that order', () => {
    expect(find('children coming into care')).toEqual(['p2', 'p3']);
    expect(find('"children coming into care"')).toEqual(['p2']);
    expect(hasPhrases('Children, coming into care!', parseQuery('"children coming into care"'))).toBe(true);
  });
  it('answers the same after saving and loading the index', () => {
    const loaded = loadIndex(JSON.stringify(index()));
    expect(find('"operation safenet"', loaded)).toEqual(['p4']);
  });
  it('marks the matched words in a snippet', () => {
    const parts = snippetOf(PAGES.p1!, new Set([termOf('recommendations')!]));
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['recommendations']);
  });
});

describe('phrase snippets', () => {
  it('centres the snippet on the quoted phrase, not the first matched word', () => {
    const text = `${'Care was discussed at length in the September 2017 cabinet response. '.repeat(8)}Fewer children coming into care this year.`;
    const terms = new Set(['children', 'come', 'care'].map((word) => termOf(word)!));
    const snippet = snippetOf(text, terms, ['children coming into care']).map((part) => part.text).join('');
    expect(snippet).toContain('children coming into care');
  });
});
