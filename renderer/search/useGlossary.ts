// The glossary of some documents (a meeting's, or the whole library's current versions):
// terms found by the search worker in their pages, with the user's edits applied.
import { useEffect, useMemo, useState } from 'react';
import { buildGlossary, type GlossaryEntry } from '../../shared/glossary/entries';
import type { StoredDocument } from '../db/types';
import { structuresOf } from '../meetings/structuresData';
import { useGlossaryEdits } from './glossaryData';
import { glossaryOf, useSearchStatus } from './searchClient';
import type { GlossaryFound } from './searchMessages';

export function useGlossary(documents: StoredDocument[] | undefined): GlossaryEntry[] | undefined {
  const [found, setFound] = useState<{ terms: GlossaryFound[]; labels: Map<string, (string | null)[]> } | undefined>();
  const edits = useGlossaryEdits();
  // Asked again when the index changes: a document's text may have been read since.
  const revision = useSearchStatus((state) => state.revision);
  const ids = documents?.map((document) => document.id).join(',');
  useEffect(() => {
    if (!documents) return;
    let current = true;
    void (async () => {
      const [terms, structures] = await Promise.all([glossaryOf(documents.map((document) => ({ documentId: document.id, hash: document.hash }))), structuresOf(documents.map((document) => document.hash))]);
      const labels = new Map(documents.map((document, n) => [document.id, structures[n]?.pageLabels ?? []]));
      if (current) setFound({ terms, labels });
    })();
    return () => {
      current = false;
    };
    // The documents' ids stand for the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids, revision]);
  return useMemo(() => {
    if (!found || !edits || !documents) return undefined;
    const titles = new Map(documents.map((document) => [document.id, document.title]));
    return buildGlossary(
      found.terms.map((term) => {
        const label = found.labels.get(term.documentId)?.[term.page - 1];
        return { acronym: term.acronym, expansion: term.expansion, source: { documentId: term.documentId, title: titles.get(term.documentId) ?? '', page: term.page, pageName: label ? `Page ${label}` : `PDF page ${term.page}` } };
      }),
      edits,
    );
  }, [found, edits, documents]);
}
