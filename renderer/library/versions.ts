// Versions of a document: a revised pack joins the group of the one it replaces.
import type { StoredDocument } from '../db/types';

/** The newest version of each version group, oldest import first. */
export function currentVersions(documents: StoredDocument[]): StoredDocument[] {
  const newest = new Map<string, StoredDocument>();
  for (const document of documents) {
    const seen = newest.get(document.versionGroup);
    if (!seen || seen.version < document.version) newest.set(document.versionGroup, document);
  }
  return [...newest.values()].sort((a, b) => a.importedAt - b.importedAt);
}

/** A document as the library shows it: its current version, with the earlier ones. */
export interface LibraryEntry {
  current: StoredDocument;
  earlier: StoredDocument[];
  /** Shown here because it came with this meeting's papers (minutes of an earlier meeting); filed under its own meeting. */
  linked?: boolean;
}

/** Documents gathered into their version groups, most recently imported first. */
export function entriesOf(documents: StoredDocument[]): LibraryEntry[] {
  const groups = new Map<string, StoredDocument[]>();
  for (const document of documents) {
    const group = groups.get(document.versionGroup) ?? [];
    group.push(document);
    groups.set(document.versionGroup, group);
  }
  return [...groups.values()]
    .map((versions) => {
      const [current, ...earlier] = versions.sort((a, b) => b.version - a.version);
      return { current: current!, earlier };
    })
    .sort((a, b) => b.current.importedAt - a.current.importedAt);
}
