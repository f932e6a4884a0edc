// Messages between the UI thread and the structure worker.
import type { AnalysedStructure } from './analyseDocument';

export interface StructureRequest {
  blob: Blob;
  password?: string;
  /** Where pdf.js's fonts, CMaps and decoders are served (the worker has no document). */
  assetsBase: string;
}

export type StructureResponse =
  | { ok: true; structure: AnalysedStructure; pages: string[][]; durationMs: number }
  | { ok: false; message: string };
