// Question passages and note quotes follow the revised Staffordshire pack: found again on the right printed pages, or kept for review when their text went.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentText, type DocumentText } from '../../../shared/annotations/documentText';
import type { PassageLink } from '../../../shared/questions/types';
import { carryPassage, type RevisedVersion } from '../../../shared/revisions/passages';
import { PACK, REVISED, pageLinesOf } from '../annotations/fixtures';

let oldDoc: DocumentText;
let newDoc: DocumentText;
let revised: RevisedVersion;

/** The printed "Page N" stamp of each page, as the structure reader finds them. */
const stampsOf = (pages: string[][]) => pages.map((lines) => lines.map((line) => /^\s*Page (\d+)\s*$/.exec(line)?.[1]).find(Boolean) ?? null);

beforeAll(async () => {
  const [oldPages, newPages] = await Promise.all([pageLinesOf(PACK), pageLinesOf(REVISED)]);
  oldDoc = buildDocumentText(oldPages);
  newDoc = buildDocumentText(newPages);
  revised = {
    documentId: 'pack-v2',
    title: 'Revised pack',
    pageLabels: stampsOf(newPages),
    items: [
      { number: '5', title: 'Low Level Neglect', exempt: false, pdfFrom: 42, pdfTo: 81 },
      { number: '7', title: 'Edge of Care - Scoping Report', exempt: false, pdfFrom: 106, pdfTo: 109 },
    ],
  };
});

const passage = (pdfPage: number, printedPage: string, quote: string, extra: Partial<PassageLink> = {}): PassageLink => ({
  documentId: 'pack-v1',
  documentTitle: 'Pack',
  pdfPage,
  printedPage,
  quote,
  ...extra,
});

describe('carryPassage to the revised pack', () => {
  it('moves passages on printed pages 39 and 103 to pages 40 and 104, with their agenda items', () => {
    const item5 = carryPassage(passage(41, '39', 'The Safe and Strong Communities Select Committee formed a Working Group to consider Low Level Neglect.'), oldDoc, newDoc, revised);
    expect(item5).toMatchObject({ outcome: 'moved', after: { documentId: 'pack-v2', documentTitle: 'Revised pack', pdfPage: 42, printedPage: '40', itemNumber: '5' } });
    const scoping = carryPassage(passage(105, '103', 'It has been proposed that the Committee consider undertaking a review to investigate why more children are entering care in Staffordshire'), oldDoc, newDoc, revised);
    expect(scoping).toMatchObject({ outcome: 'moved', after: { pdfPage: 106, printedPage: '104', itemNumber: '7' } });
    expect(scoping.after.review).toBeUndefined();
  });

  it('keeps a passage whose paragraph was withdrawn on the earlier version, for review', () => {
    const quote = 'The campaign will utilise new ‘immersive’ 360 degree/ Smart phone technology to develop a virtual-reality video';
    const carried = carryPassage(passage(13, '11', quote), oldDoc, newDoc, revised, 5);
    expect(carried).toEqual({ outcome: 'needsReview', after: { ...passage(13, '11', quote), review: { reason: 'text-not-found', revisedDocumentId: 'pack-v2', since: 5 } } });
  });

  it('does not move a short phrase of the withdrawn paragraph to the same words in a new sentence', () => {
    const carried = carryPassage(passage(13, '11', 'virtual-reality video'), oldDoc, newDoc, revised);
    expect(carried.outcome).toBe('needsReview');
    expect(carried.after).toMatchObject({ documentId: 'pack-v1', pdfPage: 13, review: { reason: 'context-changed' } });
  });

  it('keeps a passage on an unchanged page where it was', () => {
    const carried = carryPassage(passage(3, '1', 'There were none at this meeting.'), oldDoc, newDoc, { ...revised, pageLabels: stampsOf([]) });
    expect(carried.outcome).toBe('moved'); // its printed page is now unknown to the revised version's labels
    const same = carryPassage(passage(3, '1', 'There were none at this meeting.'), oldDoc, newDoc, { ...revised, pageLabels: ['x', 'y', '1'] });
    expect(same).toMatchObject({ outcome: 'stayed', after: { pdfPage: 3, printedPage: '1', documentId: 'pack-v2' } });
  });
});
