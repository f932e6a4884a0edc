// The versions around a document: the newest one (when this one is older) and the one it revised, kept live as versions are added.
import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredDocument } from '../db/types';
import { getDocument, versionsInGroup } from '../library/libraryData';

export interface VersionNeighbours {
  document: StoredDocument;
  /** The current version, when this document is an earlier one. */
  newest: StoredDocument | null;
  /** The version this one revised, if any. */
  previous: StoredDocument | null;
}

export async function versionNeighbours(documentId: string): Promise<VersionNeighbours | null> {
  const document = await getDocument(documentId);
  if (!document) return null;
  const versions = (await versionsInGroup(document.versionGroup)).sort((a, b) => a.version - b.version);
  const newest = versions.at(-1);
  const previous = versions.filter((version) => version.version < document.version).at(-1) ?? null;
  return { document, newest: newest && newest.id !== document.id && newest.version > document.version ? newest : null, previous };
}

export function useVersionNeighbours(documentId: string): VersionNeighbours | null | undefined {
  return useLiveQuery(() => versionNeighbours(documentId), [documentId]);
}
