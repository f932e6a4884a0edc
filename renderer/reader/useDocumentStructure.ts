// The open document's structure (agenda, printed page numbers), extracted in the
// background the first time the document is opened if the import did not already.
import { useEffect } from 'react';
import { rememberedPassword } from '../common/passwordPrompt';
import { useNotices } from '../common/notices';
import type { DocumentStructure } from '../db/types';
import { ensureDocumentStructure } from '../library/documentStructure';
import { useStructure } from '../meetings/structuresData';

export function useDocumentStructure(documentId: string, hash: string | undefined): DocumentStructure | undefined {
  const structure = useStructure(hash);
  const notify = useNotices((state) => state.add);
  useEffect(() => {
    if (!hash) return;
    let active = true;
    // Reads the file only when no structure is stored yet; it also files the document.
    ensureDocumentStructure(documentId, rememberedPassword(hash)).catch((error: unknown) => {
      if (active) notify('error', `The agenda of this document could not be read: ${error instanceof Error ? error.message : String(error)}`);
    });
    return () => {
      active = false;
    };
  }, [documentId, hash, notify]);
  return structure;
}
