// At start: seals the stored text of every document that is password-protected, marked
// exempt or exempt by what it says but still kept in clear (read before sealing existed).
// A few rows read per document when there is nothing to do.
import { sealReadingIfExempt } from '../meetings/structuresData';
import { isTextProtected, listDocuments } from './libraryData';

/** How many pages were sealed. */
export async function sealStoredTexts(): Promise<number> {
  let sealed = 0;
  for (const document of await listDocuments()) sealed += await sealReadingIfExempt(document.hash, isTextProtected(document));
  return sealed;
}
