// Bundles the sync service (server/ and the shared/ code it uses) to dist/server/ with
// esbuild: main.mjs (the CLI and server) and lib.mjs (for the benchmark). Dependencies stay
// external: PGlite loads its WebAssembly and data files from its own package directory.
// With --start it then runs main.mjs with the remaining arguments (`npm run server -- …`).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildServer() {
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'server/main.ts', lib: 'server/lib.ts' },
    outdir: 'dist/server',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildServer();
  if (process.argv[2] === '--start') {
    // `npm run server`: run the service in this process (no shell or child in between), so
    // Ctrl-C and npm's SIGTERM reach it on every platform; the rest of argv is its command.
    process.argv.splice(2, 1);
    // npm runs scripts through a shell that does not pass SIGTERM on: when that shell goes
    // away (npm was stopped), stop too rather than linger holding the port and data directory.
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
    }, 500).unref();
    await import('../dist/server/main.mjs');
  }
}
