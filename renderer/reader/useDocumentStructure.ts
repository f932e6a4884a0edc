// The open document's structure (agenda, printed page numbers), extracted in the
// background the first time the document is opened if the import did not already.
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { rememberedPassword } from '../common/passwordPrompt';
import { useNotices } from '../common/notices';
import { db } from '../db/database';
import type { DocumentStructure } from '../db/types';
import { ensureStructure } from '../meetings/structureExtraction';

export function useDocumentStructure(documentId: string, hash: string | undefined): DocumentStructure | undefined {
  const structure = useLiveQuery(async () => (hash ? db.structures.get(hash) : undefined), [hash]);
  const notify = useNotices((state) => state.add);
  useEffect(() => {
    if (!hash) return;
    let active = true;
    void db.structures.get(hash).then((existing) => {
      if (existing || !active) return;
      ensureStructure(documentId, rememberedPassword(hash)).catch((error: unknown) => {
        if (active) notify('error', `The agenda of this document could not be read: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
    return () => {
      active = false;
    };
  }, [documentId, hash, notify]);
  return structure;
}
