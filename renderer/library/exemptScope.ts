// What is exempt on this device: pages in agenda items the front sheet puts under Part 2 /
// exclusion of the public (read from each pack's structure), and documents the user marked
// exempt (whole documents, or single agenda items). Exports, backup and the screens judge the user's work with it (shared/exempt).
import { useLiveQuery } from 'dexie-react-hooks';
import { exemptItemNumbers, exemptPdfPages, withMarkedItems, type ExemptScope } from '../../shared/exempt';
import type { DocumentStructure, StoredDocument } from '../db/types';
import { structuresOf } from '../meetings/structuresData';
import { listDocuments } from './libraryData';

export async function exemptScope(): Promise<ExemptScope> {
  const documents = await listDocuments();
  return scopeOf(documents, await structuresOf(documents.map((document) => document.hash)));
}

/** The scope of documents whose structures the caller has read already (`structures[n]` is `documents[n]`'s). */
export function scopeOf(list: readonly StoredDocument[], structures: readonly (DocumentStructure | undefined)[]): ExemptScope {
  const documents = new Set<string>();
  const pages = new Map<string, Set<number>>();
  const items = new Map<string, Set<string>>();
  for (const [n, document] of list.entries()) {
    if (document.exempt) documents.add(document.id);
    const structure = structures[n];
    if (!structure) continue;
    const agenda = withMarkedItems(structure.items, document.exemptItems);
    const exemptPages = exemptPdfPages(agenda);
    if (exemptPages.size) pages.set(document.id, exemptPages);
    const numbers = exemptItemNumbers(agenda);
    if (numbers.size && document.meetingId) items.set(document.meetingId, new Set([...(items.get(document.meetingId) ?? []), ...numbers]));
  }
  return { documents, pages, items };
}

export function useExemptScope(): ExemptScope | undefined {
  return useLiveQuery(exemptScope, []);
}
