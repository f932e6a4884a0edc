// Imports the files a user chose or dropped, one at a time, and tells them how each went.
import { useCallback, useState } from 'react';
import { useNotices } from '../common/notices';
import { passwordAsker } from '../common/passwordPrompt';
import { importPdfFile } from './libraryData';
import { inspectPdf } from './pdfInspect';

const looksLikePdf = (file: File) => /\.pdf$/i.test(file.name) || file.type === 'application/pdf';

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
        setBusy(file.name);
        try {
          const outcome = await importPdfFile(file, {
            inspect: (bytes, hash) => inspectPdf(bytes, { askPassword: passwordAsker(hash, file.name) }),
          });
          switch (outcome.status) {
            case 'imported':
              notify('info', `Imported “${outcome.document.title}” (${outcome.document.pageCount} pages).`);
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
