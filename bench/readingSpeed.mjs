// Reading speed (issue 12): the app's open-to-first-paint right after import (structure still being read)
// against the stock pdf.js viewer loading the same file over HTTP, interleaved, a fresh page each run; and
// the structure read with the reader open against pdftotext's pages per second, side by side.
// `npm run build:renderer && node bench/readingSpeed.mjs`; figures into bench/reading-speed.json and BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { LARGE_PACK_PAGES, largePack } from '../tests/fixtures/paths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.css': 'text/css', '.pdf': 'application/pdf', '.bcmap': 'application/octet-stream', '.svg': 'image/svg+xml' };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 0) => Number(value.toFixed(digits));

/** Serves the stock viewer page, pdfjs-dist and the pack, as a static web server would. */
function stockServer(pdfPath) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = path === '/' ? join(root, 'bench/stock/viewer.html') : path === '/pack.pdf' ? pdfPath : path.startsWith('/pdfjs-dist/') ? join(root, 'node_modules', path) : null;
    if (!file) return void response.writeHead(404).end();
    try {
      const size = statSync(file).size;
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The stock viewer in a fresh page: from navigation to its first `pagerendered`. */
async function stockFirstPaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.firstPaint !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.firstPaint);
  await context.close();
  return ms;
}

/** The app in a fresh profile: import the pack, open it as soon as it is listed (its structure still being read), time "Open" → first page painted; then the structure read's pages per second with the reader open. */
async function appRun(browser, baseUrl, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import PDF' }).click()]);
  await chooser.setFiles(path);
  const entry = page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ hasText: `${LARGE_PACK_PAGES} pages` });
  await entry.waitFor({ timeout: 60_000 });
  const readingWhenOpened = (await entry.textContent()).includes('agenda items') ? 'no' : 'yes';
  await entry.getByRole('button', { name: 'Open', exact: true }).click();
  await page.waitForFunction(() => performance.getEntriesByName('scrutineer:open-to-first-paint').length > 0, null, { timeout: 60_000 });
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('scrutineer:open-to-first-paint')[0].duration);
  // The structure as stored: its worker time, from the file opened to the agenda found.
  let structureMs;
  for (let waited = 0; structureMs === undefined && waited < 600; waited++) {
    structureMs = await page.evaluate(async () => {
      const open = indexedDB.open('scrutineer');
      await new Promise((resolve) => (open.onsuccess = resolve));
      const request = open.result.transaction('structures').objectStore('structures').getAll();
      await new Promise((resolve) => (request.onsuccess = resolve));
      open.result.close();
      return request.result[0]?.durationMs;
    });
    if (structureMs === undefined) await page.waitForTimeout(500);
  }
  await context.close();
  return { firstPaint, structureMs, readingWhenOpened };
}

function pdftotextMs(path) {
  const started = performance.now();
  execFileSync('pdftotext', [path, '/dev/null']);
  return performance.now() - started;
}

async function main() {
  const path = await largePack();
  const app = await preview({ root: `${root}renderer`, configFile: `${root}vite.config.ts`, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const baseUrl = `http://127.0.0.1:${app.httpServer.address().port}/`;
  const stock = await stockServer(path);
  const stockUrl = `http://127.0.0.1:${stock.address().port}/?file=/pack.pdf`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const runs = { stock: [], app: [], structure: [], pdftotext: [], reading: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, alternating which goes first, so both see the same machine load.
      const order = run % 2 === 0 ? ['stock', 'app'] : ['app', 'stock'];
      for (const which of order) {
        if (which === 'stock') runs.stock.push(await stockFirstPaint(browser, stockUrl));
        else {
          const result = await appRun(browser, baseUrl, path);
          runs.app.push(result.firstPaint);
          runs.structure.push(result.structureMs);
          runs.reading.push(result.readingWhenOpened);
          // pdftotext straight after, on the same machine load.
          runs.pdftotext.push(pdftotextMs(path));
        }
      }
    }
  } finally {
    await browser.close();
    stock.close();
    app.httpServer.close();
  }
  const pagesPerSecond = (ms) => LARGE_PACK_PAGES / (ms / 1000);
  const ratios = runs.structure.map((ms, i) => pagesPerSecond(ms) / pagesPerSecond(runs.pdftotext[i]));
  const paintRatios = runs.app.map((ms, i) => ms / runs.stock[i]);
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}; Node ${process.version}, Chromium ${browser.version()}`,
    runs: RUNS,
    appFirstPaintMs: { median: round(median(runs.app)), runs: runs.app.map((v) => round(v)), structureStillReading: runs.reading },
    stockFirstPaintMs: { median: round(median(runs.stock)), runs: runs.stock.map((v) => round(v)) },
    firstPaintRatio: { median: round(median(paintRatios), 2), runs: paintRatios.map((v) => round(v, 2)) },
    structurePagesPerSecond: { median: round(median(runs.structure.map(pagesPerSecond)), 1), runs: runs.structure.map((v) => round(pagesPerSecond(v), 1)) },
    pdftotextPagesPerSecond: { median: round(median(runs.pdftotext.map(pagesPerSecond)), 1), runs: runs.pdftotext.map((v) => round(pagesPerSecond(v), 1)) },
    structureToPdftotextRatio: { median: round(median(ratios), 2), runs: ratios.map((v) => round(v, 2)) },
  };
  writeFileSync(`${root}bench/reading-speed.json`, `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine}; ${RUNS} runs, the app and the stock viewer interleaved (alternating which goes first), a fresh page and profile each run; the 648-page pack.`,
    '',
    '| figure | median | runs | target |',
    '| --- | --- | --- | --- |',
    `| app: "Open" → first page painted, right after import (structure still being read: ${runs.reading.filter((r) => r === 'yes').length} of ${RUNS}) | ${results.appFirstPaintMs.median} ms | ${results.appFirstPaintMs.runs.join(', ')} | |`,
    `| stock pdf.js viewer (simple viewer, file over HTTP): page load → first page painted | ${results.stockFirstPaintMs.median} ms | ${results.stockFirstPaintMs.runs.join(', ')} | |`,
    `| app / stock, per pair | ${results.firstPaintRatio.median}x | ${results.firstPaintRatio.runs.join(', ')} | ≤ 1.0x |`,
    `| structure read with the reader open (worker time), pages/s | ${results.structurePagesPerSecond.median} | ${results.structurePagesPerSecond.runs.join(', ')} | |`,
    `| pdftotext, pages/s (run straight after each) | ${results.pdftotextPagesPerSecond.median} | ${results.pdftotextPagesPerSecond.runs.join(', ')} | |`,
    `| structure read / pdftotext, per pair | ${results.structureToPdftotextRatio.median}x | ${results.structureToPdftotextRatio.runs.join(', ')} | ≥ 0.5x |`,
  ].join('\n');
  const doc = readFileSync(`${root}BENCHMARKS.md`, 'utf8');
  const start = '<!-- bench:reading-speed:start -->';
  const end = '<!-- bench:reading-speed:end -->';
  const next = doc.includes(start) ? doc.replace(new RegExp(`${start}[^]*${end}`), `${start}\n${table}\n${end}`) : doc;
  writeFileSync(`${root}BENCHMARKS.md`, next);
  console.log(JSON.stringify(results, null, 2));
}

await main();
