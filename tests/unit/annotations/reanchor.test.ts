// Re-anchoring quotes in the revised Staffordshire pack: exact after a page shift, fuzzy after an edit, orphaned when withdrawn.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentText, type DocumentText } from '../../../shared/annotations/documentText';
import { makeQuote } from '../../../shared/annotations/quote';
import { reanchor, type ReanchorMatch } from '../../../shared/annotations/reanchor';
import { PACK, REVISED, documentTextOf, rangeOf } from './fixtures';

let oldDoc: DocumentText;
let newDoc: DocumentText;

beforeAll(async () => {
  [oldDoc, newDoc] = await Promise.all([documentTextOf(PACK), documentTextOf(REVISED)]);
});

const quoteOn = (doc: DocumentText, page: number, phrase: string) => {
  const { start, end } = rangeOf(doc, page, phrase);
  return makeQuote(doc, start, end);
};

function expectMatch(result: ReturnType<typeof reanchor>): ReanchorMatch {
  expect(result.status).not.toBe('orphan');
  return result as ReanchorMatch;
}

// Item 5 ("Cabinet Response: Preventing Low Level Neglect") starts on PDF page 41; the
// paragraph added to item 4 pushes it to page 42.
const ITEM5_SENTENCE = 'The Safe and Strong Communities Select Committee formed a Working Group to\nconsider Low Level Neglect.';
const VR_PARAGRAPH =
  'The campaign will utilise new ‘immersive’ 360 degree/ Smart phone technology to\ndevelop a virtual-reality video that will engage young people in ways never before\npossible and help them to analyse the risks of a party in a safe and supportive\nenvironment.';

describe('reanchor against the revised pack', () => {
  it('finds a sentence of item 5 exactly on the next PDF page', () => {
    const match = expectMatch(reanchor(quoteOn(oldDoc, 41, ITEM5_SENTENCE), 41, newDoc));
    expect(match).toMatchObject({ status: 'exact', page: 42, errors: 0 });
    expect(newDoc.text.slice(match.start, match.end)).toBe(ITEM5_SENTENCE);
    expect(match.quote.exact).toBe(ITEM5_SENTENCE);
    expect(match.quote.prefix.endsWith('2. ')).toBe(true);
  });

  it('finds "Operation Safenet" in the sentence that changed, not its other mentions on the page', () => {
    const quote = quoteOn(oldDoc, 16, 'Operation Safenet');
    expect(quote.suffix.startsWith(')\n53.')).toBe(true);
    const match = expectMatch(reanchor(quote, 16, newDoc));
    expect(match.page).toBe(16);
    expect(newDoc.text.slice(match.start, match.end)).toBe('Operation Safenet');
    // The occurrence in "(working as Operation Safenet (now extended county-wide))".
    expect(newDoc.text.slice(match.start - 11, match.end + 5)).toBe('working as Operation Safenet (now');
  });

  it('re-anchors approximately when the highlighted words themselves were edited', () => {
    const match = expectMatch(reanchor(quoteOn(oldDoc, 16, 'Exploitation Team (working as Operation Safenet)'), 16, newDoc));
    expect(match.status).toBe('fuzzy');
    expect(match.page).toBe(16);
    expect(match.errors).toBeGreaterThan(0);
    expect(newDoc.text.slice(match.start, match.end)).toMatch(/^Exploitation Team \(working as Operation Safenet/);
  });

  it('orphans the withdrawn virtual-reality paragraph rather than attaching it elsewhere', () => {
    expect(reanchor(quoteOn(oldDoc, 13, VR_PARAGRAPH), 13, newDoc)).toEqual({ status: 'orphan', reason: 'not-found' });
    // Part of it survives in the new summary ("...refers to the virtual-reality video,"): still not a match.
    expect(reanchor(quoteOn(oldDoc, 13, 'develop a virtual-reality video'), 13, newDoc).status).toBe('orphan');
  });

  it('leaves an unchanged page where it was', () => {
    const quote = quoteOn(oldDoc, 3, 'Page 1');
    const match = expectMatch(reanchor(quote, 3, newDoc));
    expect(match).toMatchObject({ status: 'exact', page: 3, start: quote.start, end: quote.end });
  });
});

describe('reanchor choices', () => {
  const doc = (...pages: string[][]) => buildDocumentText(pages);

  it('chooses between repeated text by its context, then by nearness to the old page', () => {
    const old = doc(['The Committee agreed.', 'Alpha'], ['Beta', 'The Committee agreed.', 'Gamma'], ['The Committee agreed.']);
    const quote = makeQuote(old, old.pageStarts[1]! + 5, old.pageStarts[1]! + 26);
    expect(quote.exact).toBe('The Committee agreed.');
    // Context "Beta ... Gamma" identifies page 2 even when page 1 gains text.
    const revised = doc(['Intro', 'The Committee agreed.', 'Alpha'], ['Beta', 'The Committee agreed.', 'Gamma'], ['The Committee agreed.']);
    expect(expectMatch(reanchor(quote, 2, revised)).page).toBe(2);
    // Identical contexts: the one nearest the old page.
    const same = doc(['x'], ['The Committee agreed.'], ['y'], ['The Committee agreed.']);
    const q = makeQuote(same, same.pageStarts[3]!, same.pageStarts[3]! + 21);
    expect(expectMatch(reanchor(q, 4, same)).page).toBe(4);
  });

  it('matches across a line or page break that moved, and ignores curly quotes and dashes', () => {
    const old = doc(['the Director’s report – as amended –', 'was noted by the panel']);
    const quote = makeQuote(old, 4, old.text.indexOf('noted') + 5);
    const revised = doc(['Preamble', "the Director's report - as"], ['amended - was noted by the panel']);
    const match = expectMatch(reanchor(quote, 1, revised));
    expect(match.status).toBe('exact');
    expect(revised.text.slice(match.start, match.end)).toBe("Director's report - as\n\f\namended - was noted");
    expect(match.page).toBe(1);
  });

  it('accepts a typo fix but refuses a short quote whose context has gone', () => {
    const old = doc(['Members asked about the recieved complaints in 2016.']);
    const typo = makeQuote(old, old.text.indexOf('the recieved'), old.text.indexOf(' in 2016'));
    const fixed = doc(['Members asked about the received complaints in 2016.']);
    expect(expectMatch(reanchor(typo, 1, fixed))).toMatchObject({ status: 'fuzzy', errors: 2 });

    const short = makeQuote(old, old.text.indexOf('2016'), old.text.indexOf('2016') + 4);
    const rewritten = doc(['Totally different text mentioning 2016 and 2016 again.']);
    expect(reanchor(short, 1, rewritten)).toEqual({ status: 'orphan', reason: 'weak-match' });
  });

  it('orphans an empty quote', () => {
    const d = doc(['a b c']);
    expect(reanchor(makeQuote(d, 1, 2), 1, d)).toEqual({ status: 'orphan', reason: 'empty-quote' });
  });
});
