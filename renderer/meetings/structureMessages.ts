// Messages between the UI thread and the structure worker.
import type { DocumentStructure } from '../db/types';

export interface StructureRequest {
  blob: Blob;
  password?: string;
  /** Where pdf.js's fonts, CMaps and decoders are served (the worker has no document). */
  assetsBase: string;
}

export type StructureResponse =
  | { ok: true; structure: Omit<DocumentStructure, 'hash' | 'extractedAt' | 'durationMs'>; pages: string[][]; durationMs: number }
  | { ok: false; message: string };
