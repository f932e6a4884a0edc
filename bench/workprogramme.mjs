// `npm run bench:workprogramme`: the app side of the work programme sync, in Debian's
// Chromium against the built renderer and the real sync service (PGlite in a temporary
// folder, loaded by seed-demo). For each person seed-demo invites, a fresh profile connects
// with their code; measured: "Connect" pressed → status "Synced" (invitation exchange, first
// pull of the whole demo programme, written to IndexedDB), and "Work programme" pressed →
// every item listed. Writes bench/out/workprogramme.json and the table in BENCHMARKS.md.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function main() {
  execFileSync(process.execPath, ['build/build-server.mjs'], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(os.tmpdir(), 'scrutineer-bench-wp-'));
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const seeded = execFileSync(process.execPath, ['dist/server/main.mjs', 'seed-demo'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const invitations = [...seeded.matchAll(/^INVITE (\w+) (.+): ([A-Z0-9-]+)$/gm)].map(([, role, name, code]) => ({ role, name, code }));

  const web = await preview({ root: `${root}renderer`, configFile: `${root}vite.config.ts`, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const webUrl = `http://127.0.0.1:${web.httpServer.address().port}/`;
  const port = await freePort();
  const serverUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['dist/server/main.mjs'], {
    cwd: root,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), ALLOWED_ORIGINS: new URL(webUrl).origin },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const runs = [];
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${serverUrl}/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 300) throw new Error('The sync server did not start.');
      await sleep(100);
    }
    for (const invitation of invitations) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(webUrl);
      await page.getByRole('button', { name: 'Import PDF' }).waitFor();
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Server address').fill(serverUrl);
      await page.getByLabel('Invitation code').fill(invitation.code);
      const started = performance.now();
      await page.getByRole('button', { name: 'Connect' }).click();
      await page.getByRole('status').filter({ hasText: /^Synced$/ }).waitFor({ timeout: 60_000 });
      const syncedMs = performance.now() - started;
      const rows = await page.evaluate(async () => {
        const open = indexedDB.open('scrutineer');
        await new Promise((resolve) => (open.onsuccess = resolve));
        const count = open.result.transaction('syncRows').objectStore('syncRows').count();
        await new Promise((resolve) => (count.onsuccess = resolve));
        open.result.close();
        return count.result;
      });
      const items = await fetchItemCount(page);
      const shown = performance.now();
      await page.getByRole('button', { name: 'Work programme', exact: true }).click();
      await page.waitForFunction((n) => document.querySelectorAll('.wp-table tbody tr').length === n, items, { timeout: 60_000 });
      const listedMs = performance.now() - shown;
      runs.push({ person: invitation.name, role: invitation.role, syncedMs: Math.round(syncedMs), listedMs: Math.round(listedMs), rows, items });
      await context.close();
    }
  } finally {
    await browser.close();
    await web.close();
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      chromium: browser.version(),
    },
    runs,
    firstSyncMs: { median: median(runs.map((r) => r.syncedMs)), runs: runs.map((r) => r.syncedMs) },
    listedMs: { median: median(runs.map((r) => r.listedMs)), runs: runs.map((r) => r.listedMs) },
  };
  mkdirSync(`${root}bench/out`, { recursive: true });
  writeFileSync(`${root}bench/out/workprogramme.json`, `${JSON.stringify(results, null, 2)}\n`);
  updateBenchmarksMd(results);
  console.log(JSON.stringify(results, null, 2));
}

/** Items in the synced view (what the programme table should list with no filter). */
function fetchItemCount(page) {
  return page.evaluate(async () => {
    const open = indexedDB.open('scrutineer');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const request = open.result.transaction('syncRows').objectStore('syncRows').index('type').count('item');
    await new Promise((resolve) => (request.onsuccess = resolve));
    open.result.close();
    return request.result;
  });
}

function updateBenchmarksMd(results) {
  const m = results.machine;
  const first = results.runs[0];
  const table = [
    `Measured ${results.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Chromium ${m.chromium}; sync service on PGlite on the same machine; median of ${results.runs.length} runs (one per demo person), fresh profile each run.`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| first sync of the demo work programme (${first.rows} rows: ${first.items} items, meetings, recommendations, proposals, comments, members): "Connect" → status "Synced" | ${results.firstSyncMs.median} ms (runs ${results.firstSyncMs.runs.join(', ')}) |`,
    `| "Work programme" → all ${first.items} items listed | ${results.listedMs.median} ms (runs ${results.listedMs.runs.join(', ')}) |`,
  ].join('\n');
  const path = `${root}BENCHMARKS.md`;
  let text = readFileSync(path, 'utf8');
  const start = '<!-- bench:workprogramme:start -->';
  const end = '<!-- bench:workprogramme:end -->';
  if (!text.includes(start)) {
    text += [
      '',
      '## Work programme sync, app side (issue 6)',
      '',
      '`npm run bench:workprogramme` connects a fresh browser profile to the sync service with',
      'each demo invitation code (`seed-demo`) and measures, in the app: the first sync (exchanging',
      'the code for a device token, pulling the whole demo programme and writing it to IndexedDB)',
      'and showing the programme. The service-side figures come from `npm run bench:server`.',
      '',
      start,
      end,
      '',
    ].join('\n');
  }
  writeFileSync(path, text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}\n${end}`));
}

await main();
