// An agenda item whose pages are in another of its meeting's documents: a front sheet's item in
// the reports pack, a "to follow" item in the supplement, a minute's item in the meeting's pack.
import { matchTitle, normaliseTitle } from '../../shared/agenda';
import type { AgendaEntry, StoredDocument } from '../db/types';
import { currentDocumentsOfMeeting } from '../library/libraryData';
import { loadViewState, saveViewState } from '../library/viewStateData';
import { structuresOf } from '../meetings/structuresData';

export type ItemPlace =
  | { found: true; document: StoredDocument; pdfPage: number; printed?: string }
  | { found: false; message: string };

/** The agenda number an entry stands for: a minute's "(Item 5)", else its own number. */
export const agendaNumber = (item: AgendaEntry): string => item.agendaItem ?? item.number;

function titlesAgree(a: string, b: string): boolean {
  if (normaliseTitle(a).length < 2 || normaliseTitle(b).length < 2) return true;
  return matchTitle(a, b) >= 0.5;
}

/** Where the pages of `item` (chosen in document `fromId`) are among the meeting's other documents. */
export async function findItemElsewhere(meetingId: string | null, fromId: string, item: AgendaEntry): Promise<ItemPlace> {
  const number = agendaNumber(item);
  const label = number ? `item ${number}` : `“${item.title}”`;
  if (!meetingId) return { found: false, message: `The pages of ${label} are not in this document, and it is not filed under a meeting, so its other papers are unknown.` };
  const documents = (await currentDocumentsOfMeeting(meetingId)).filter((document) => document.id !== fromId);
  const structures = await structuresOf(documents.map((document) => document.hash));
  let best: { document: StoredDocument; entry: AgendaEntry; rank: number } | undefined;
  documents.forEach((document, index) => {
    const structure = structures[index];
    if (!structure) return;
    for (const entry of structure.items) {
      if (entry.pdfFrom === undefined || entry.parent || !number || entry.number !== number || !titlesAgree(entry.title, item.title)) continue;
      // A pack's own pages first, then a supplement's.
      const rank = structure.role === 'pack' ? 3 : structure.role === 'supplement' ? 2 : 1;
      if (!best || rank > best.rank) best = { document, entry, rank };
    }
  });
  // Minutes without "(Item N)" lines: the same title, whatever its number.
  if (!best && normaliseTitle(item.title).length >= 2) {
    documents.forEach((document, index) => {
      for (const entry of structures[index]?.items ?? []) {
        if (entry.pdfFrom === undefined || entry.parent || matchTitle(entry.title, item.title) < 0.85) continue;
        if (!best) best = { document, entry, rank: 0 };
      }
    });
  }
  if (best?.entry.pdfFrom !== undefined) {
    return { found: true, document: best.document, pdfPage: best.entry.pdfFrom, ...(best.entry.pages ? { printed: String(best.entry.pages.from) } : {}) };
  }
  // The item's own report, filed under it.
  const report = documents.find((document) => number && document.filing?.item === number);
  if (report) return { found: true, document: report, pdfPage: 1 };
  const pages = item.pages ? ` (pages ${item.pages.from}–${item.pages.to})` : '';
  return {
    found: false,
    message: `The pages of ${label}${pages} are not in this document, and this meeting has no reports pack or report holding them yet. Import the meeting’s reports pack to open them.`,
  };
}

/** Opens a document at a PDF page, keeping its zoom. */
export async function openAt(documentId: string, pdfPage: number, open: (documentId: string) => void): Promise<void> {
  const view = await loadViewState(documentId);
  await saveViewState(documentId, pdfPage, view?.scale ?? 'page-width');
  open(documentId);
}
