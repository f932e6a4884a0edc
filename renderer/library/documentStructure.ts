// A document's structure (agenda, printed page numbers), read from its file the first time
// it is needed; the document is filed under the meeting its front sheet names as soon as
// its first pages are read (so a long pack shows "Reading…" under its meeting, not as
// unfiled), checked against the whole reading, or put where inference puts it, and named
// by its content.
import type { DocumentStructure } from '../db/types';
import type { ExtractedStructure } from '../meetings/documentReading';
import { whenFrontSheetRead } from '../meetings/readingProgress';
import { ensureStructure } from '../meetings/structureExtraction';
import { fileDocumentByStructure, refileEarlyFiled } from './filing';
import { fileBlob, getDocument, isTextProtected } from './libraryData';
import { sealReadingIfExempt } from '../meetings/structuresData';
import { inferFilings } from './inferFiling';

/** Files the document under the meeting its first pages name, once they are read; resolves to that meeting's id, or null. */
function fileEarly(documentId: string, hash: string) {
  let filing: Promise<string | null> = Promise.resolve(null);
  const stop = whenFrontSheetRead(hash, (details) => {
    filing = fileDocumentByStructure(documentId, details).then(
      (meeting) => meeting?.id ?? null,
      () => null,
    );
  });
  return {
    /** Stops listening and waits for a filing already started. */
    settle: () => {
      stop();
      return filing;
    },
  };
}

/** `extraction` is a reading already under way (the import's), used instead of reading the stored file again. */
export async function ensureDocumentStructure(documentId: string, password?: string, extraction?: () => Promise<ExtractedStructure>): Promise<DocumentStructure> {
  const stored = await getDocument(documentId);
  if (!stored) throw new Error('This document is no longer in the library.');
  const early = stored.meetingId ? null : fileEarly(documentId, stored.hash);
  let structure: DocumentStructure;
  try {
    structure = await ensureStructure(
      stored.hash,
      async () => {
        const blob = await fileBlob(stored.hash);
        if (!blob) throw new Error(`The file for “${stored.title}” is missing from storage.`);
        return blob;
      },
      password,
      extraction,
      isTextProtected(stored),
    );
  } finally {
    // A reading that failed leaves an early filing in place: the front sheet did name it.
    await early?.settle();
  }
  // Marked exempt while it was being read: what was just stored in clear is sealed now.
  const now = await getDocument(documentId);
  if (now && !isTextProtected(stored) && isTextProtected(now)) await sealReadingIfExempt(now.hash, true);
  const earlyMeetingId = await early?.settle();
  if (earlyMeetingId) await refileEarlyFiled(documentId, earlyMeetingId, structure);
  else await fileDocumentByStructure(documentId, structure);
  // Names it by its content, and files what it settles (a report read before its agenda, say).
  await inferFilings(documentId);
  return structure;
}
