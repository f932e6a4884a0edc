// Goes back to a passage: opens its document in the reader on the passage's page.
import type { PassageLink } from '../../shared/questions/types';
import { useNavigation } from '../navigation/navigation';
import { useNotices } from '../common/notices';
import { loadViewState, saveViewState } from '../library/viewStateData';

export async function openPassage(passage: Pick<PassageLink, 'documentId' | 'pdfPage'>): Promise<void> {
  try {
    // The reader opens a document where its view state says: point that at the passage.
    const view = await loadViewState(passage.documentId);
    await saveViewState(passage.documentId, passage.pdfPage, view?.scale ?? 'page-width');
    useNavigation.getState().openDocument(passage.documentId);
  } catch (error) {
    useNotices.getState().add('error', `The passage could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
}
