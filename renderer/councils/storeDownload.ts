// Puts one downloaded document into the library the way an imported one goes in (checked,
// hashed, read by the structure worker), filed under the service's meeting, as the next
// version when it replaces an earlier download, with annotations carried over.
import { safeFileName } from '../../shared/files/fileName';
import { readDocument, type DocumentReading } from '../meetings/documentReading';
import { readingReportsOf } from '../meetings/readingProgress';
import { ensureDocumentStructure } from '../library/documentStructure';
import { fileDownload } from '../library/filing';
import { getDocument, importPdfFile } from '../library/libraryData';
import { followRevision } from '../library/revisions';

export type StoreOutcome =
  | { status: 'stored'; documentId: string; version: number; notes: string[] }
  | { status: 'already'; documentId: string }
  | { status: 'refused'; reason: string };

export async function storeDownload(bytes: Uint8Array<ArrayBuffer>, title: string, meetingId: string, revisionOf?: string): Promise<StoreOutcome> {
  const file = new File([bytes], `${safeFileName(title)}.pdf`, { type: 'application/pdf' });
  let reading: DocumentReading | undefined;
  try {
    const outcome = await importPdfFile(file, {
      inspect: (buffer, hash) => {
        // A downloaded document has no one to ask for a password: one that needs it is refused.
        reading = readDocument(buffer, readingReportsOf(hash));
        return reading.facts;
      },
      title,
      unopened: true,
    });
    if (outcome.status === 'rejected' || outcome.status === 'cancelled') return { status: 'refused', reason: outcome.message };
    if (outcome.status === 'duplicate') {
      // The same bytes are in the library already (imported by hand, or linked twice).
      await fileDownload(outcome.document.id, meetingId);
      return { status: 'already', documentId: outcome.document.id };
    }
    const { id } = outcome.document;
    await fileDownload(id, meetingId, revisionOf);
    const notes: string[] = [];
    try {
      await ensureDocumentStructure(id, undefined, reading!.structure);
    } catch (error) {
      notes.push(`its agenda could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
    if (revisionOf && (await getDocument(revisionOf))) {
      const { messages, failures } = await followRevision(revisionOf, id);
      notes.push(...messages);
      for (const { name } of failures) notes.push(`the ${name} of the earlier version could not be carried over (they are kept on it)`);
    }
    return { status: 'stored', documentId: id, version: (await getDocument(id))?.version ?? 1, notes };
  } finally {
    reading?.cancel();
  }
}
