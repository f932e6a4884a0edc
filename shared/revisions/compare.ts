// What changed between two versions of a document: its lines compared (jsdiff), grouped into passages added, removed and changed, each placed on the PDF pages of both versions.

import { diffArrays, diffWords } from 'diff';
import { normaliseString } from '../annotations/normalise';

/** PDF pages (1-based, inclusive) a passage covers in one version. */
export interface PageSpan {
  first: number;
  last: number;
}

export interface WordChange {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export interface VersionChange {
  kind: 'added' | 'removed' | 'changed';
  /** Lines of the earlier version that went (empty for 'added'). */
  removed: string[];
  /** Lines of the new version that came in (empty for 'removed'). */
  added: string[];
  /** Where it is in the earlier version; for 'added', the page of the text just before it. */
  before: PageSpan;
  /** Where it is in the new version; for 'removed', the page of the text just before where it was. */
  after: PageSpan;
  /** For 'changed': the words kept, added and removed, in order. */
  words?: WordChange[];
  /** For 'changed': only numbers differ ("(Pages 7 - 38)" to "(Pages 7 - 39)"), as when pages were inserted earlier. */
  renumbered?: boolean;
}

export interface VersionComparison {
  changes: VersionChange[];
  /** New-version PDF pages with text added or changed, ascending. */
  changedPages: number[];
  /** Earlier-version PDF pages with text removed or changed, ascending. */
  changedEarlierPages: number[];
  /** New-version pages every line of which is new. */
  addedPages: number[];
  /** Earlier-version pages every line of which is gone. */
  removedPages: number[];
  /** pageMap[p - 1]: the new-version page holding what earlier page p held (the page of its first kept line). */
  pageMap: number[];
}

interface Line {
  text: string;
  page: number;
}

// A page stamp moves when text is added above it: that is a consequence, not a change.
const STAMP = /^page \d+$/i;

/** A version's lines as compared: whitespace and typography folded, blank lines and page stamps left out. */
function linesOf(pages: readonly (readonly string[])[]): Line[] {
  const lines: Line[] = [];
  pages.forEach((pageLines, index) => {
    for (const raw of pageLines) {
      const text = normaliseString(raw).trim();
      if (text !== '' && !STAMP.test(text)) lines.push({ text, page: index + 1 });
    }
  });
  return lines;
}

const span = (lines: Line[]): PageSpan => ({ first: lines[0]!.page, last: lines.at(-1)!.page });

/**
 * Compares two versions given as pages of lines (PageText.lines, element 0 is PDF page 1).
 * Lines rather than words are the unit, so reflowed pages cost nothing and each change is a
 * passage a reader recognises; a changed passage also gets its words compared.
 */
export function compareVersions(earlier: readonly (readonly string[])[], later: readonly (readonly string[])[]): VersionComparison {
  const oldLines = linesOf(earlier);
  const newLines = linesOf(later);
  const parts = diffArrays(
    oldLines.map((line) => line.text),
    newLines.map((line) => line.text),
  );

  const changes: VersionChange[] = [];
  const pageMap: number[] = Array.from({ length: earlier.length }, () => 0);
  let o = 0;
  let n = 0;
  let pendingRemoved: Line[] = [];
  let pendingAdded: Line[] = [];
  // Where a pure addition or removal sits in the other version: the page of the last kept line (page 1 at the start).
  const lastOldPage = () => oldLines[o - 1 - pendingRemoved.length]?.page ?? 1;
  const lastNewPage = () => newLines[n - 1 - pendingAdded.length]?.page ?? 1;

  const flush = () => {
    if (pendingRemoved.length === 0 && pendingAdded.length === 0) return;
    const removed = pendingRemoved.map((line) => line.text);
    const added = pendingAdded.map((line) => line.text);
    const before = pendingRemoved.length > 0 ? span(pendingRemoved) : { first: lastOldPage(), last: lastOldPage() };
    const after = pendingAdded.length > 0 ? span(pendingAdded) : { first: lastNewPage(), last: lastNewPage() };
    const kind = removed.length === 0 ? 'added' : added.length === 0 ? 'removed' : 'changed';
    const change: VersionChange = { kind, removed, added, before, after };
    if (kind === 'changed') {
      const shape = (lines: string[]) => lines.join('\n').replace(/\d+/g, '0');
      if (shape(removed) === shape(added)) change.renumbered = true;
      change.words = diffWords(removed.join(' '), added.join(' ')).map((part) => ({ text: part.value, kind: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
    }
    changes.push(change);
    pendingRemoved = [];
    pendingAdded = [];
  };

  for (const part of parts) {
    const count = part.value.length;
    if (part.removed) {
      pendingRemoved.push(...oldLines.slice(o, o + count));
      o += count;
    } else if (part.added) {
      pendingAdded.push(...newLines.slice(n, n + count));
      n += count;
    } else {
      flush();
      for (let k = 0; k < count; k++) {
        const from = oldLines[o + k]!.page;
        if (pageMap[from - 1] === 0) pageMap[from - 1] = newLines[n + k]!.page;
      }
      o += count;
      n += count;
    }
  }
  flush();

  dropMoves(changes);

  // A page with no kept line (blank, or all changed) maps after the page before it.
  for (let p = 0; p < pageMap.length; p++) {
    if (pageMap[p] === 0) pageMap[p] = Math.min(later.length, Math.max(1, p === 0 ? 1 : pageMap[p - 1]! + 1));
  }

  const pagesTouched = (select: (change: VersionChange) => PageSpan | null) => {
    const pages = new Set<number>();
    for (const change of changes) {
      const s = select(change);
      if (s) for (let p = s.first; p <= s.last; p++) pages.add(p);
    }
    return [...pages].sort((a, b) => a - b);
  };
  const wholly = (lines: Line[], kept: Line[], pageTotal: number) => {
    const keptPages = new Set(kept.map((line) => line.page));
    const changedPages = new Set(lines.map((line) => line.page));
    return Array.from({ length: pageTotal }, (_, i) => i + 1).filter((p) => changedPages.has(p) && !keptPages.has(p));
  };
  const keptOld: Line[] = [];
  const keptNew: Line[] = [];
  const goneOld: Line[] = [];
  const cameNew: Line[] = [];
  o = 0;
  n = 0;
  for (const part of parts) {
    const count = part.value.length;
    if (part.removed) goneOld.push(...oldLines.slice(o, (o += count)));
    else if (part.added) cameNew.push(...newLines.slice(n, (n += count)));
    else {
      keptOld.push(...oldLines.slice(o, (o += count)));
      keptNew.push(...newLines.slice(n, (n += count)));
    }
  }

  return {
    changes,
    changedPages: pagesTouched((change) => (change.added.length > 0 ? change.after : null)),
    changedEarlierPages: pagesTouched((change) => (change.removed.length > 0 ? change.before : null)),
    addedPages: wholly(cameNew, keptNew, later.length),
    removedPages: wholly(goneOld, keptOld, earlier.length),
    pageMap,
  };
}

/** How far apart (in changes) a line's removal and re-addition may be to count as a move. */
const MOVE_REACH = 3;

/**
 * Lines that only changed places (a table header read in a different order when its page
 * broke elsewhere) come out as one removal and one addition of the same text: not a change.
 */
function dropMoves(changes: VersionChange[]): void {
  const key = (lines: string[]) => lines.join('\n');
  for (let i = 0; i < changes.length; i++) {
    const a = changes[i]!;
    if (a.kind === 'changed') continue;
    for (let j = i + 1; j < Math.min(changes.length, i + 1 + MOVE_REACH); j++) {
      const b = changes[j]!;
      if (b.kind === 'changed' || b.kind === a.kind) continue;
      if (key(a.added.length > 0 ? a.added : a.removed) === key(b.added.length > 0 ? b.added : b.removed)) {
        changes.splice(j, 1);
        changes.splice(i, 1);
        i--;
        break;
      }
    }
  }
}
