import { describe, expect, it } from 'vitest';
import { charStep, lineIndexAt, linesOf, paragraphAt, sentenceAt, wordStep } from '../../../shared/reader/caretText';

const PAGE = [
  'Recommendation',
  '',
  '1. That the Select Committee considers this Scoping Report and agrees the',
  'Terms of Reference for a review of children’s services. It asks Cllr. Smith',
  'to lead, e.g. on the budget.',
  '',
  '2. The cost of children coming into care is 58.9 per 10,000! Is it rising?',
].join('\n');

const slice = ({ start, end }: { start: number; end: number }) => PAGE.slice(start, end);
const at = (phrase: string) => PAGE.indexOf(phrase);

describe('the keyboard caret in a page of text', () => {
  it('selects the sentence at the caret, across lines, not stopping at paragraph numbers or abbreviations', () => {
    expect(slice(sentenceAt(PAGE, at('Scoping')))).toBe('1. That the Select Committee considers this Scoping Report and agrees the\nTerms of Reference for a review of children’s services.');
    expect(slice(sentenceAt(PAGE, at('Smith')))).toBe('It asks Cllr. Smith\nto lead, e.g. on the budget.');
    expect(slice(sentenceAt(PAGE, at('10,000')))).toBe('2. The cost of children coming into care is 58.9 per 10,000!');
    expect(slice(sentenceAt(PAGE, at('rising')))).toBe('Is it rising?');
  });

  it('selects the paragraph at the caret, between blank lines', () => {
    expect(slice(paragraphAt(PAGE, at('budget')))).toMatch(/^1\. That .* on the budget\.$/s);
    expect(slice(paragraphAt(PAGE, 0))).toBe('Recommendation');
  });

  it('steps by character and by word, and finds lines', () => {
    expect(charStep(PAGE, 0, false)).toBe(0);
    expect(charStep(PAGE, PAGE.length, true)).toBe(PAGE.length);
    const that = at('That');
    expect(PAGE.slice(that, wordStep(PAGE, that, true))).toBe('That ');
    expect(wordStep(PAGE, at('Select') + 3, false)).toBe(at('Select'));
    const lines = linesOf(PAGE);
    expect(lines).toHaveLength(5);
    expect(PAGE.slice(lines[lineIndexAt(lines, at('Terms'))]!.start, lines[lineIndexAt(lines, at('Terms'))]!.end)).toMatch(/^Terms of Reference/);
  });
});
