// The one set of pdf.js getDocument options, for the reader on the UI thread and for the
// worker that reads imported files, so the two cannot drift apart.
import type { getDocument } from 'pdfjs-dist';

type DocumentOptions = NonNullable<Parameters<typeof getDocument>[0]>;

/** Where pdf.js's fonts, CMaps, decoders and colour profiles are served: beside the bundle (see vite.config.ts). */
export function pdfjsAssetsBase(documentBaseUri: string): string {
  return new URL('./pdfjs/', documentBaseUri).href;
}

/**
 * Everything but the bytes and the password. `where` is the kind of scope pdf.js's API
 * runs in: a worker has no document for pdf.js to resolve URLs or load fonts against;
 * only text is read there, so the pdf.js worker fetches what it needs itself.
 */
export function documentOptions(assetsBase: string, where: 'window' | 'worker'): DocumentOptions {
  return {
    standardFontDataUrl: `${assetsBase}standard_fonts/`,
    cMapUrl: `${assetsBase}cmaps/`,
    wasmUrl: `${assetsBase}wasm/`,
    iccUrl: `${assetsBase}iccs/`,
    stopAtErrors: false,
    ...(where === 'worker' ? { useWorkerFetch: true, useSystemFonts: false, isOffscreenCanvasSupported: false } : {}),
  };
}
