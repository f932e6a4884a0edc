// Imports the files a user chose or dropped, one at a time, and tells them how each went.
import { useCallback, useState } from 'react';
import { useNotices } from '../common/notices';
import { passwordAsker, rememberedPassword } from '../common/passwordPrompt';
import { useConfirm } from '../common/confirm';
import { formatDateTime } from './format';
import { findRevisionCandidate, markAsRevision } from '../meetings/meetingsData';
import { ensureStructure } from '../meetings/structureExtraction';
import { carryOverAnnotations } from '../annotations/annotationsData';
import { importPdfFile } from './libraryData';
import { inspectPdf } from './pdfInspect';

const looksLikePdf = (file: File) => /\.pdf$/i.test(file.name) || file.type === 'application/pdf';

/**
 * Reads the new document's agenda and meeting, files it, and when the meeting already
 * holds a document of the same title, asks whether this is a revised version of it.
 */
async function fileAndOfferRevision(documentId: string, hash: string, title: string) {
  const { add: notify } = useNotices.getState();
  try {
    await ensureStructure(documentId, rememberedPassword(hash));
  } catch (error) {
    notify('error', `“${title}” was imported, but its agenda could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const previous = await findRevisionCandidate(documentId);
  if (!previous) return;
  const revised = await useConfirm.getState().ask({
    title: 'Is this a revised version?',
    message: `“${title}” is already in this meeting (imported ${formatDateTime(previous.importedAt)}, version ${previous.version}). Treat the new file as a revised version of it? Both versions are kept; the new one becomes current.`,
    yes: 'Yes, a revised version',
    no: 'No, a separate document',
  });
  if (!revised) return;
  await markAsRevision(documentId, previous.id);
  notify('info', `“${title}” is now the current version; the earlier version is kept.`);
  try {
    const summary = await carryOverAnnotations(previous.id, documentId);
    if (summary) {
      notify(
        'info',
        `Annotations carried over to the new version: ${summary.moved} moved, ${summary.stayed} stayed where they were, ${summary.needsReview} need review.`,
      );
    }
  } catch (error) {
    notify('error', `The annotations of the earlier version could not be carried over (they are kept on it): ${error instanceof Error ? error.message : String(error)}`);
  }
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
        try {
          const outcome = await importPdfFile(file, {
            inspect: (bytes, hash) => inspectPdf(bytes, { askPassword: passwordAsker(hash, file.name) }),
          });
          switch (outcome.status) {
            case 'imported':
              notify('info', `Imported “${outcome.document.title}” (${outcome.document.pageCount} pages).`);
              setBusy(`Reading the agenda of “${outcome.document.title}”…`);
              await fileAndOfferRevision(outcome.document.id, outcome.document.hash, outcome.document.title);
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
          setBusy(null);
        }
      }
    },
    [notify],
  );

  return { importFiles, busy };
}
