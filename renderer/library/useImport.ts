// Imports the files a user chose or dropped, one at a time, and tells them how each went.
import { useCallback, useState } from 'react';
import { useNotices } from '../common/notices';
import { passwordAsker, rememberedPassword } from '../common/passwordPrompt';
import { ensureDocumentStructure } from './documentStructure';
import { offerRevision } from './revisionQuestion';
import { readDocument, warmUpReader, type DocumentReading } from '../meetings/documentReading';
import { readingReportsOf } from '../meetings/readingProgress';
import { importPdfFile } from './libraryData';

const looksLikePdf = (file: File) => /\.pdf$/i.test(file.name) || file.type === 'application/pdf';

/**
 * Keeps the new document's agenda and meeting (read by the same worker that read its page
 * count), files it, and when the meeting already holds a document of the same title, asks
 * whether this is a revised version of it.
 */
async function fileAndOfferRevision(documentId: string, hash: string, title: string, reading: DocumentReading) {
  const { add: notify } = useNotices.getState();
  try {
    await ensureDocumentStructure(documentId, rememberedPassword(hash), reading.structure);
  } catch (error) {
    notify('error', `“${title}” was imported, but its agenda could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  await offerRevision(documentId);
}

export function useImport() {
  const [busy, setBusy] = useState<string | null>(null);
  const notify = useNotices((state) => state.add);

  const importFiles = useCallback(
    async (files: File[]) => {
      for (const file of files) {
        if (!looksLikePdf(file)) {
          notify('error', `“${file.name}” is not a PDF file, so it was not imported.`);
          continue;
        }
        setBusy(`Importing “${file.name}”…`);
        // pdf.js reads the file once, in a worker: page count and title for the import,
        // then the text and agenda for filing it. The worker loads while the file is
        // checked and hashed.
        warmUpReader();
        let reading: DocumentReading | undefined;
        try {
          const outcome = await importPdfFile(file, {
            inspect: (bytes, hash) => {
              reading = readDocument(bytes, { askPassword: passwordAsker(hash, file.name), ...readingReportsOf(hash) });
              return reading.facts;
            },
          });
          switch (outcome.status) {
            case 'imported':
              notify('info', `Imported “${outcome.document.title}” (${outcome.document.pageCount} pages).`);
              setBusy(`Reading the agenda of “${outcome.document.title}”…`);
              await fileAndOfferRevision(outcome.document.id, outcome.document.hash, outcome.document.title, reading!);
              break;
            case 'duplicate':
            case 'cancelled':
              notify('info', outcome.message);
              break;
            case 'rejected':
              notify('error', outcome.message);
              break;
          }
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          notify('error', `“${file.name}” could not be imported: ${reason}`);
        } finally {
          // Ends the worker if nothing asked it for the structure (a refused file).
          reading?.cancel();
          setBusy(null);
        }
      }
    },
    [notify],
  );

  return { importFiles, busy };
}
