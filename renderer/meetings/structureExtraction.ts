// Extracts a file's structure once (in a worker) and keeps it, with the page texts, by
// content hash.
import type { DocumentStructure } from '../db/types';
import { readDocument, type ExtractedStructure } from './documentReading';
import { readingReportsOf, useReadingProgress } from './readingProgress';
import { saveReading, structureOf } from './structuresData';

const pending = new Map<string, Promise<DocumentStructure>>();

/**
 * The structure of a file, extracting it the first time it is asked for. `extraction` is a
 * reading already under way (the import's), used instead of reading the stored file again.
 * `protect`: the file's text is to be sealed at rest (password-protected, or marked exempt).
 */
export function ensureStructure(
  hash: string,
  loadFile: () => Promise<Blob>,
  password?: string,
  extraction?: () => Promise<ExtractedStructure>,
  protect = false,
): Promise<DocumentStructure> {
  const running = pending.get(hash);
  if (running) return running;
  const job = (async () => {
    const known = await structureOf(hash);
    if (known) return known;
    const progress = useReadingProgress.getState();
    if (!progress.byHash[hash]) progress.report(hash, 0, 0);
    const result = await (extraction ? extraction() : readDocument(await (await loadFile()).arrayBuffer(), { password, ...readingReportsOf(hash) }).structure());
    const structure: DocumentStructure = { ...result.structure, hash, extractedAt: Date.now(), durationMs: Math.round(result.durationMs) };
    await saveReading(structure, result.pages, protect);
    return structure;
  })().finally(() => {
    pending.delete(hash);
    useReadingProgress.getState().finish(hash);
  });
  pending.set(hash, job);
  return job;
}
