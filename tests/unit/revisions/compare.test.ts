// What changed between the Staffordshire pack and its revised version: the passages a councillor would want pointed out, on the right pages of both.

import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions, type VersionChange, type VersionComparison } from '../../../shared/revisions/compare';
import { PACK, REVISED, pageLinesOf } from '../annotations/fixtures';

let comparison: VersionComparison;
let oldPages: string[][];
let newPages: string[][];

beforeAll(async () => {
  [oldPages, newPages] = await Promise.all([pageLinesOf(PACK), pageLinesOf(REVISED)]);
  comparison = compareVersions(oldPages, newPages);
});

const find = (predicate: (change: VersionChange) => boolean) => comparison.changes.find(predicate);

describe('compareVersions on the revised Staffordshire pack', () => {
  it('lists the paragraphs added to item 4 as one added passage', () => {
    const added = find((c) => c.kind === 'added' && c.added.some((line) => line.startsWith('This revised report replaces the version published on 18 September 2017')));
    expect(added).toBeDefined();
    expect(added!.added.join(' ')).toContain('Those dates are shown in the action plan appended to this report.');
    expect(newPages[added!.after.first - 1]!.join(' ')).toContain('This revised report replaces');
  });

  it('shows the changed Operation Safenet sentence with its new words', () => {
    const safenet = find((c) => c.kind === 'changed' && c.removed.some((line) => line.includes('working as Operation Safenet)')));
    expect(safenet).toBeDefined();
    expect(safenet!.words!.filter((w) => w.kind === 'added').map((w) => w.text).join('')).toContain('extended county-wide');
    expect(safenet!.before.first).toBe(16);
    expect(safenet!.after.first).toBe(16);
  });

  it('shows the withdrawn paragraph 30 as changed, with its old text', () => {
    const withdrawn = find((c) => c.added.some((line) => line.includes('30. This paragraph has been withdrawn.')));
    expect(withdrawn?.kind).toBe('changed');
    expect(withdrawn!.removed.join(' ')).toContain('virtual-reality video');
    expect(withdrawn!.before.first).toBe(13);
  });

  it('tells the front sheet’s renumbered page ranges from real changes', () => {
    const renumbered = comparison.changes.filter((c) => c.renumbered);
    expect(renumbered.map((c) => c.added.join(' '))).toEqual(['(Pages 7 - 39)', '(Pages 40 - 78)', '(Pages 79 - 103)', '(Pages 104 - 107)']);
    expect(find((c) => c.added.some((line) => line.includes('withdrawn')))!.renumbered).toBeUndefined();
  });

  it('does not count text that only moved to another page', () => {
    const movedOnly = find((c) => c.removed.some((line) => line.startsWith('52. There are now two Staffordshire Police teams')));
    expect(movedOnly).toBeUndefined();
    // Item 5 starts a page later in the revised pack: its pages map one on.
    expect(comparison.pageMap[40]).toBe(42);
    expect(comparison.pageMap[0]).toBe(1);
  });

  it('marks the pages that changed in each version', () => {
    // The front sheet's page ranges, the new paragraphs, paragraph 30 and the Safenet sentence; a table header read in another order is no change.
    expect(comparison.changedPages).toEqual([1, 9, 13, 16]);
    expect(comparison.changedEarlierPages).toEqual([1, 13, 16]);
    expect(comparison.addedPages).toEqual([]);
  });

  it('finds nothing between a version and itself', () => {
    const same = compareVersions(oldPages, oldPages);
    expect(same.changes).toEqual([]);
    expect(same.pageMap).toEqual(oldPages.map((_, i) => i + 1));
  });
});
