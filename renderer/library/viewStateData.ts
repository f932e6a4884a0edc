// Owner of the viewStates table: the page and zoom of each document, kept across restarts.
// It lives with the library because a document's reading position goes when the document does.
import { db } from '../db/database';
import type { ViewState } from '../db/types';

export function loadViewState(docId: string): Promise<ViewState | undefined> {
  return db.viewStates.get(docId);
}

export async function saveViewState(docId: string, page: number, scale: string): Promise<void> {
  await db.viewStates.put({ docId, page, scale, updatedAt: Date.now() });
}

export async function forgetViewState(docId: string): Promise<void> {
  await db.viewStates.delete(docId);
}
