// Carrying annotations over to the revised Staffordshire pack: what moved, stayed and needs review, with nothing lost.

import { beforeAll, describe, expect, it } from 'vitest';
import { carryOver, type CarryOverItem } from '../../../shared/annotations/carryOver';
import { buildDocumentText, toPagePosition, type DocumentText } from '../../../shared/annotations/documentText';
import type { Annotation } from '../../../shared/annotations/types';
import { PACK, REVISED, annotationOn, documentTextOf } from './fixtures';

let oldDoc: DocumentText;
let newDoc: DocumentText;

beforeAll(async () => {
  [oldDoc, newDoc] = await Promise.all([documentTextOf(PACK), documentTextOf(REVISED)]);
});

const VR_PARAGRAPH =
  'The campaign will utilise new ‘immersive’ 360 degree/ Smart phone technology to\ndevelop a virtual-reality video that will engage young people in ways never before\npossible and help them to analyse the risks of a party in a safe and supportive\nenvironment.';

describe('carryOver to the revised pack', () => {
  let input: Annotation[];
  let byId: Map<string, CarryOverItem>;
  let result: ReturnType<typeof carryOver>;

  beforeAll(() => {
    input = [
      annotationOn(oldDoc, 3, 'There were none at this meeting.', 'highlight', { id: 'minutes' }),
      annotationOn(oldDoc, 41, 'The Safe and Strong Communities Select Committee formed a Working Group to\nconsider Low Level Neglect.', 'highlight', {
        id: 'item5',
        comment: 'Ask about the under-fives',
      }),
      annotationOn(oldDoc, 16, 'Operation Safenet', 'highlight', { id: 'safenet' }),
      annotationOn(oldDoc, 16, 'working as Operation Safenet)', 'underline', { id: 'safenet-edited' }),
      annotationOn(oldDoc, 13, VR_PARAGRAPH, 'strikeout', { id: 'vr', comment: 'Cost?' }),
      annotationOn(oldDoc, 41, 'What is the Select Committee being asked to do and why?', 'note', { id: 'note-item5' }),
      annotationOn(oldDoc, 13, 'develop a virtual-reality video', 'ink', { id: 'ink-vr' }),
      // No text to go by: follows a page laid out the same (page 60 differs only in its stamp, now page 61).
      { ...annotationOn(oldDoc, 60, 'Recommendation', 'ink', { id: 'ink-page60' }), nearText: undefined },
      { ...annotationOn(oldDoc, 1, 'AGENDA', 'textbox', { id: 'box-front', text: 'Apologies sent' }), nearText: undefined },
    ] as Annotation[];
    for (const a of input) if (a.nearText === undefined) delete a.nearText;
    result = carryOver(input, oldDoc, newDoc, { newDocumentId: 'pack-v2', now: 1_600_000_000_000 });
    byId = new Map(result.items.map((item) => [item.before.id, item]));
  });

  it('keeps every annotation, in order, untouched on the old version', () => {
    expect(result.items.map((i) => i.before)).toEqual(input);
    expect(result.items.map((i) => i.after.id)).toEqual(input.map((a) => a.id));
    expect(result.items.every((i) => i.after.documentId === 'pack-v2')).toBe(true);
  });

  it('counts what moved, stayed and needs review', () => {
    expect(result.summary).toEqual({ total: 9, stayed: 2, moved: 5, needsReview: 2 });
    const outcomes = Object.fromEntries(result.items.map((i) => [i.before.id, i.outcome]));
    expect(outcomes).toEqual({
      minutes: 'stayed',
      item5: 'moved',
      safenet: 'moved',
      'safenet-edited': 'moved',
      vr: 'needsReview',
      'note-item5': 'moved',
      'ink-vr': 'needsReview',
      'ink-page60': 'moved',
      'box-front': 'stayed',
    });
  });

  it('moves item 5 to the next page with its quote re-based on the new text, geometry still valid', () => {
    const item = byId.get('item5')!;
    expect(item).toMatchObject({ anchoredBy: 'quote', geometryValid: true, match: { status: 'exact', page: 42 } });
    expect(item.after.page).toBe(42);
    expect(item.after.comment).toBe('Ask about the under-fives');
    const quote = item.after.quote!;
    expect(newDoc.text.slice(quote.start, quote.end)).toBe(item.before.quote!.exact);
    // Same place on the page: only the page number changed.
    expect(toPagePosition(newDoc, quote.start)).toEqual({ ...toPagePosition(oldDoc, item.before.quote!.start), page: 42 });
    expect(item.after.sortKey.startsWith('00042:')).toBe(true);
  });

  it('keeps an unchanged page as it was', () => {
    const item = byId.get('minutes')!;
    expect(item).toMatchObject({ outcome: 'stayed', geometryValid: true, after: { page: 3 } });
  });

  it('re-anchors the edited Safenet sentence on its page and asks for new geometry', () => {
    expect(byId.get('safenet')).toMatchObject({ geometryValid: false, match: { status: 'exact', page: 16 }, after: { page: 16 } });
    expect(byId.get('safenet-edited')).toMatchObject({ geometryValid: false, match: { status: 'fuzzy', page: 16 }, after: { page: 16 } });
  });

  it('moves a note with the text beside it', () => {
    const item = byId.get('note-item5')!;
    expect(item).toMatchObject({ anchoredBy: 'nearText', outcome: 'moved', after: { page: 42 } });
    expect(item.after.nearText!.offset).toEqual(item.before.nearText!.offset);
    expect(newDoc.text.slice(item.after.nearText!.quote.start, item.after.nearText!.quote.end)).toBe(
      'What is the Select Committee being asked to do and why?',
    );
  });

  it('lists the withdrawn paragraph for review with its old quote and comment', () => {
    const vr = byId.get('vr')!;
    expect(vr.match).toEqual({ status: 'orphan', reason: 'not-found' });
    expect(vr.after).toMatchObject({
      page: 13,
      comment: 'Cost?',
      quote: vr.before.quote,
      review: { reason: 'text-not-found', oldPage: 13, oldQuote: VR_PARAGRAPH, fromDocumentId: 'pack-v1', since: 1_600_000_000_000 },
    });
    expect(byId.get('ink-vr')!.after.review).toMatchObject({ reason: 'text-not-found', oldQuote: 'develop a virtual-reality video' });
  });

  it('places annotations without text by a page laid out the same', () => {
    expect(byId.get('ink-page60')).toMatchObject({ anchoredBy: 'samePage', geometryValid: true, after: { page: 61 } });
    expect(byId.get('box-front')).toMatchObject({ anchoredBy: 'samePage', after: { page: 1 } });
  });

  it('carries over again from the new version, and back, without losing the review state', () => {
    const again = carryOver(
      result.items.map((i) => i.after),
      newDoc,
      newDoc,
      { now: 1_700_000_000_000 },
    );
    expect(again.summary).toEqual({ total: 9, stayed: 7, moved: 0, needsReview: 2 });
    expect(again.items.find((i) => i.before.id === 'vr')!.after.review!.since).toBe(1_600_000_000_000);
    // The original text is back in a third version: the annotation is found again and leaves the review list.
    const restored = carryOver([byId.get('vr')!.after], newDoc, oldDoc);
    expect(restored.items[0]).toMatchObject({ outcome: 'moved', after: { page: 13 } });
    expect(restored.items[0]!.after.review).toBeUndefined();
  });
});

describe('carryOver edge cases', () => {
  const doc = (...pages: string[][]) => buildDocumentText(pages);
  const base = (over: Partial<Annotation>): Annotation => ({
    id: 'x',
    documentId: 'd1',
    kind: 'ink',
    colour: '#ff0000',
    comment: '',
    tags: [],
    page: 1,
    rects: [],
    inkPaths: [[[10, 10]]],
    sortKey: '',
    createdAt: 0,
    modifiedAt: 0,
    ...over,
  });

  it('puts an annotation without text on a changed page, or a blank one, up for review', () => {
    const { items, summary } = carryOver([base({ page: 1 }), base({ id: 'y', page: 2 })], doc(['Old text'], []), doc(['New text'], []), { now: 5 });
    expect(summary).toEqual({ total: 2, stayed: 0, moved: 0, needsReview: 2 });
    expect(items[0]!.after.review).toEqual({ reason: 'no-anchor', oldPage: 1, oldQuote: '', fromDocumentId: 'd1', since: 5 });
  });

  it('keeps a lost annotation on a page that exists in a shorter new version', () => {
    const { items } = carryOver([base({ page: 3 })], doc(['a'], ['b'], ['c']), doc(['z']));
    expect(items[0]!.after.page).toBe(1);
    expect(items[0]!.after.review?.oldPage).toBe(3);
  });

  it('copes with a quote whose stored offsets no longer fit the old text', () => {
    const old = doc(['Alpha beta gamma delta epsilon zeta']);
    const stale = { exact: 'gamma delta', prefix: 'Alpha beta ', suffix: ' epsilon zeta', start: 0, end: 3 };
    const { items } = carryOver([base({ kind: 'highlight', inkPaths: [], rects: [[0, 0, 1, 1]], quote: stale })], old, doc(['Alpha beta gamma delta epsilon zeta']));
    expect(items[0]).toMatchObject({ outcome: 'stayed', after: { quote: { start: 11, end: 22 } } });
  });
});

describe('a phrase whose paragraph was withdrawn', () => {
  it('is flagged for review, not moved to the same words in a new sentence elsewhere', () => {
    // "virtual-reality video" is in the withdrawn paragraph 30 and, in the revised pack, in the new summary of changes.
    const phrase = annotationOn(oldDoc, 13, 'virtual-reality video', 'highlight', { id: 'vr-phrase' });
    expect(newDoc.text.includes('virtual-reality video')).toBe(true);
    const [item] = carryOver([phrase], oldDoc, newDoc, { newDocumentId: 'pack-v2' }).items;
    expect(item).toMatchObject({ outcome: 'needsReview', after: { review: { reason: 'context-changed', oldQuote: 'virtual-reality video' } } });
  });

  it('still moves a phrase whose surrounding text is unchanged', () => {
    const phrase = annotationOn(oldDoc, 16, 'seven Detective Constables', 'highlight', { id: 'dc' });
    const [item] = carryOver([phrase], oldDoc, newDoc, { newDocumentId: 'pack-v2' }).items;
    expect(item).toMatchObject({ outcome: 'moved', after: { page: 16 } });
    expect(item!.after.review).toBeUndefined();
  });
});

describe('annotations made while the earlier version was still being read', () => {
  // Made before the pack's text was stored: no quote, only the selected words (as the
  // selection toolbar keeps them).
  const waiting = (annotation: Annotation, text: string, offset?: [number, number]): Annotation => {
    const { quote: _quote, nearText: _near, ...rest } = annotation;
    return { ...rest, unquoted: { text, ...(offset ? { offset } : {}) } };
  };

  it('follow the revision by their words, as if they had been quoted', () => {
    const item5 = 'The Safe and Strong Communities Select Committee formed a Working Group to\nconsider Low Level Neglect.';
    // The text layer's spacing differs from the stored lines': spacing is ignored.
    const highlight = waiting(annotationOn(oldDoc, 41, item5, 'highlight', { id: 'late-highlight', comment: 'Under-fives?' }), item5.replace('\n', ' '));
    const note = waiting(annotationOn(oldDoc, 41, 'What is the Select Committee being asked to do and why?', 'note', { id: 'late-note' }), 'What is the Select Committee being asked to do and why?', [4, -2]);
    const { items, summary } = carryOver([highlight, note], oldDoc, newDoc, { newDocumentId: 'pack-v2', now: 1 });
    expect(summary).toMatchObject({ moved: 2, needsReview: 0 });
    const [movedHighlight, movedNote] = items;
    expect(movedHighlight!.before).toBe(highlight);
    expect(movedHighlight!.after).toMatchObject({ page: 42, comment: 'Under-fives?' });
    expect(movedHighlight!.after.unquoted).toBeUndefined();
    expect(newDoc.text.slice(movedHighlight!.after.quote!.start, movedHighlight!.after.quote!.end)).toBe(item5);
    expect(movedNote!.after).toMatchObject({ page: 42, nearText: { offset: [4, -2] } });
  });

  it('go to review, still holding their words, when the words are not on their page', () => {
    // Page 16 changed in the revision (the Safenet sentence), so its page cannot be followed either.
    const lost = waiting(annotationOn(oldDoc, 16, 'Operation Safenet', 'highlight', { id: 'wrong-page' }), 'Low Level Neglect');
    const [item] = carryOver([lost], oldDoc, newDoc, { newDocumentId: 'pack-v2', now: 1 }).items;
    expect(item!.outcome).toBe('needsReview');
    expect(item!.after.unquoted).toEqual({ text: 'Low Level Neglect' });
  });
});
