// `npm run bench:import -- <commit>` (issue 9): import time of the 108- and 648-page packs
// in the built renderer against the renderer built from an earlier commit, runs
// interleaved in one browser so both see the same machine load. Figures: file chosen →
// listed with its page count, and file chosen → its agenda listed. Writes the table in
// BENCHMARKS.md between the import-once markers and bench/import-once.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { LARGE_PACK_PAGES, PACK, largePack } from '../tests/fixtures/paths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PACKS = [
  { key: 'pack108', file: async () => PACK, pages: 108, label: '108-page pack' },
  { key: 'pack648', file: largePack, pages: LARGE_PACK_PAGES, label: '648-page pack' },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (runs) => ({ median: Math.round(median(runs)), runs: runs.map((v) => Math.round(v)) });
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** Builds the renderer of `commit` in a temporary worktree; returns its dist folder. */
function buildAt(commit) {
  const dir = mkdtempSync(join(os.tmpdir(), 'scrutineer-bench-'));
  git('worktree', 'add', '--detach', dir, commit);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit' });
  return { dir, dist: join(dir, 'dist/renderer') };
}

async function serve(outDir) {
  const server = await preview({ root: `${root}renderer`, configFile: `${root}vite.config.ts`, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  return { server, url: `http://127.0.0.1:${server.httpServer.address().port}/` };
}

/** One import in a fresh profile: ms to the entry listed with its page count, and to its agenda listed. */
async function timeImport(browser, url, pack) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const entry = page.getByRole('list', { name: 'Library' }).getByRole('listitem');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import PDF' }).click()]);
    const started = performance.now();
    await chooser.setFiles(await pack.file());
    await entry.filter({ hasText: `${pack.pages} pages` }).waitFor({ timeout: 60_000 });
    const listed = performance.now() - started;
    await entry.filter({ hasText: 'agenda items' }).waitFor({ timeout: 60_000 });
    return { listed, agenda: performance.now() - started };
  } finally {
    await context.close();
  }
}

function table(results) {
  const m = results.machine;
  const row = (label, before, after) => `| ${label} | ${before.median} ms (runs ${before.runs.join(', ')}) | ${after.median} ms (runs ${after.runs.join(', ')}) |`;
  const rows = PACKS.flatMap((pack) => {
    const f = results.figures[pack.key];
    return [row(`import, ${pack.label} (file chosen → listed with its page count)`, f.before.listed, f.after.listed), row(`import, ${pack.label}: file chosen → agenda listed`, f.before.agenda, f.after.agenda)];
  });
  return [
    `Measured ${results.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Chromium ${m.chromium}; median of ${results.runs} runs each, before and after interleaved in one browser, fresh profile each run. Before: ${results.before}; after: ${results.after}.`,
    '',
    '| figure | before (two parses) | after (one parse) |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function main() {
  const beforeCommit = process.argv[2];
  if (!beforeCommit) throw new Error('Usage: node bench/importOnce.mjs <commit to compare with> (build the current renderer first)');
  if (!existsSync(`${root}dist/renderer/index.html`)) throw new Error('Build the renderer first: npm run build:renderer');
  const old = buildAt(beforeCommit);
  const before = await serve(old.dist);
  const after = await serve(`${root}dist/renderer`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' with uncommitted changes' : '';
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)), os: `${os.type()} ${os.release()}`, node: process.version, chromium: browser.version() },
    runs: RUNS,
    before: git('rev-parse', '--short', beforeCommit),
    after: `${git('rev-parse', '--short', 'HEAD')}${dirty}`,
    figures: {},
  };
  try {
    for (const pack of PACKS) {
      const times = { before: [], after: [] };
      for (let run = 0; run < RUNS; run++) {
        // Alternate which goes first so neither always runs on a warmer machine.
        const order = run % 2 ? ['after', 'before'] : ['before', 'after'];
        for (const which of order) times[which].push(await timeImport(browser, which === 'before' ? before.url : after.url, pack));
      }
      results.figures[pack.key] = Object.fromEntries(
        ['before', 'after'].map((which) => [which, { listed: summary(times[which].map((t) => t.listed)), agenda: summary(times[which].map((t) => t.agenda)) }]),
      );
    }
  } finally {
    await browser.close();
    await before.server.close();
    await after.server.close();
    git('worktree', 'remove', '--force', old.dir);
  }
  writeFileSync(`${root}bench/import-once.json`, `${JSON.stringify(results, null, 2)}\n`);
  const path = `${root}BENCHMARKS.md`;
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(/<!-- bench:import-once:start -->[\s\S]*?<!-- bench:import-once:end -->/, `<!-- bench:import-once:start -->\n${table(results)}\n<!-- bench:import-once:end -->`));
  console.log(table(results));
}

await main();
