// Remembers the page and zoom of each document across restarts.
import { db } from '../db/database';
import type { ViewState } from '../db/types';

export function loadViewState(docId: string): Promise<ViewState | undefined> {
  return db.viewStates.get(docId);
}

export async function saveViewState(docId: string, page: number, scale: string): Promise<void> {
  await db.viewStates.put({ docId, page, scale, updatedAt: Date.now() });
}
