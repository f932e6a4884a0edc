// Builds the renderer (renderer/ -> dist/renderer) and serves the built app for `npm run web`.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const pdfjsRoot = fileURLToPath(new URL('./node_modules/pdfjs-dist/', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer/', import.meta.url));

// pdf.js loads its standard fonts, CMaps and WebAssembly decoders by URL at run time,
// so they ship beside the bundle rather than inside it.
function pdfjsAssets(): Plugin {
  return {
    name: 'scrutineer-pdfjs-assets',
    apply: 'build',
    closeBundle() {
      for (const dir of ['standard_fonts', 'cmaps', 'wasm', 'iccs']) {
        cpSync(`${pdfjsRoot}${dir}`, `${outDir}pdfjs/${dir}`, { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [pdfjsAssets()],
  // ES modules, so the structure worker can start pdf.js's worker before loading the rest
  // of its own code (a dynamic import; see renderer/meetings/structure.worker.ts).
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 2000,
  },
  preview: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
});
