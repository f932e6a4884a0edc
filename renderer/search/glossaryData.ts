// Owner of the glossaryEdits table: what the user added to, corrected in or hid from the glossary.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { GlossaryEdit } from '../db/searchTypes';

export function useGlossaryEdits(): GlossaryEdit[] | undefined {
  return useLiveQuery(() => db.glossaryEdits.toArray(), []);
}

export function listGlossaryEdits(): Promise<GlossaryEdit[]> {
  return db.glossaryEdits.toArray();
}

export async function addGlossaryEdit(edit: Omit<GlossaryEdit, 'id' | 'updatedAt'>): Promise<void> {
  await db.glossaryEdits.add({ ...edit, acronym: edit.acronym.trim(), expansion: edit.expansion.trim(), id: crypto.randomUUID(), updatedAt: Date.now() });
}

export async function removeGlossaryEdit(id: string): Promise<void> {
  await db.glossaryEdits.delete(id);
}
