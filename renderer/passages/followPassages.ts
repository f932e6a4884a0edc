// Carries passages (of questions and notes) from an earlier version of a document to the revised one, counting what moved and what needs review.
import { documentTextFromRows, type DocumentText } from '../../shared/annotations';
import type { PassageLink } from '../../shared/questions/types';
import { carryPassage, type RevisedVersion } from '../../shared/revisions/passages';
import { getDocument } from '../library/libraryData';
import { allPageTexts } from '../meetings/pageTextsData';
import { structureOf } from '../meetings/structuresData';

export interface PassageVersions {
  earlier: DocumentText;
  revised: DocumentText;
  target: RevisedVersion;
}

/** The two versions' texts and the revised one's page labels and agenda; null when either version is gone. */
export async function passageVersions(previousId: string, nextId: string): Promise<PassageVersions | null> {
  const [previous, next] = await Promise.all([getDocument(previousId), getDocument(nextId)]);
  if (!previous || !next) return null;
  const [oldRows, newRows, structure] = await Promise.all([allPageTexts(previous.hash), allPageTexts(next.hash), structureOf(next.hash)]);
  if (newRows.length === 0) throw new Error('The text of the new version has not been read yet.');
  return {
    earlier: documentTextFromRows(oldRows, previous.pageCount),
    revised: documentTextFromRows(newRows, next.pageCount),
    target: { documentId: next.id, title: next.title, pageLabels: structure?.pageLabels ?? [], items: structure?.items ?? [] },
  };
}

export interface PassageTally {
  moved: number;
  needsReview: number;
}

/**
 * The passages with those on the earlier version carried to the revised one (others as
 * they were), or null when none was on it. `tally` counts what happened.
 */
export function carryPassages<P extends PassageLink>(passages: readonly P[], previousId: string, versions: PassageVersions, tally: PassageTally): P[] | null {
  if (!passages.some((passage) => passage.documentId === previousId && !passage.review)) return null;
  const now = Date.now();
  return passages.map((passage) => {
    // One already left for review stays on the version its text is in.
    if (passage.documentId !== previousId || passage.review) return passage;
    const { outcome, after } = carryPassage(passage, versions.earlier, versions.revised, versions.target, now);
    if (outcome === 'needsReview') tally.needsReview++;
    else tally.moved++;
    return { ...ownFields(passage), ...after } as P;
  });
}

const LINK_FIELDS: readonly (keyof PassageLink)[] = ['documentId', 'documentTitle', 'pdfPage', 'printedPage', 'itemNumber', 'itemTitle', 'quote', 'annotationId', 'review'];

/** What only this kind of passage has (a note passage's id), without the link that is being replaced. */
function ownFields(passage: PassageLink): Record<string, unknown> {
  const own: Record<string, unknown> = { ...passage };
  for (const field of LINK_FIELDS) delete own[field];
  return own;
}

/** "3 moved to the new version, 1 needs review", or null when nothing was carried. */
export function describeTally(what: string, tally: PassageTally): string | null {
  if (tally.moved + tally.needsReview === 0) return null;
  return `${what} carried over to the new version: ${tally.moved} found again, ${tally.needsReview} need review.`;
}
