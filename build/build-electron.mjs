// Bundles Electron main and preload into dist/electron/*.cjs with esbuild. Both are single
// CommonJS files; the sandboxed preload may require nothing but 'electron', which is checked here.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
};

const [, preload] = await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);

const preloadImports = Object.values(preload.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
const stray = preloadImports.filter((path) => path !== 'electron');
if (stray.length > 0) {
  console.error(`preload.cjs must require only 'electron' (it runs sandboxed), but requires: ${stray.join(', ')}`);
  process.exit(1);
}
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
