// Extracts a document's structure once (in a worker) and keeps it, with the page texts,
// by content hash; then files the document under its meeting.
import { db } from '../db/database';
import type { DocumentStructure } from '../db/types';
import { fileDocumentByStructure } from './meetingsData';
import type { StructureRequest, StructureResponse } from './structureMessages';

function runWorker(request: StructureRequest): Promise<Extract<StructureResponse, { ok: true }>> {
  const worker = new Worker(new URL('./structure.worker.ts', import.meta.url), { type: 'module', name: 'structure' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<StructureResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The structure worker failed.'));
    };
    worker.postMessage(request);
  });
}

const pending = new Map<string, Promise<DocumentStructure>>();

/** The structure of a document's file, extracting it the first time it is asked for. */
export function ensureStructure(documentId: string, password?: string): Promise<DocumentStructure> {
  const key = `${documentId}`;
  const running = pending.get(key);
  if (running) return running;
  const job = (async () => {
    const stored = await db.documents.get(documentId);
    if (!stored) throw new Error('This document is no longer in the library.');
    let structure = await db.structures.get(stored.hash);
    if (!structure) {
      const file = await db.files.get(stored.hash);
      if (!file) throw new Error(`The file for “${stored.title}” is missing from storage.`);
      const result = await runWorker({ blob: file.blob, password, assetsBase: new URL('./pdfjs/', document.baseURI).href });
      structure = { ...result.structure, hash: stored.hash, extractedAt: Date.now(), durationMs: Math.round(result.durationMs) };
      const saved = structure;
      await db.transaction('rw', db.structures, db.pageTexts, async () => {
        await db.structures.put(saved);
        await db.pageTexts.bulkPut(result.pages.map((lines, index) => ({ hash: stored.hash, page: index + 1, lines })));
      });
    }
    await fileDocumentByStructure(documentId, structure);
    return structure;
  })().finally(() => pending.delete(key));
  pending.set(key, job);
  return job;
}
