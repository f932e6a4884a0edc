// `npm run bench`: measures the figures the issues name, in Debian's Chromium against the
// built renderer, writes bench/results.json and updates the table in BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { annotationsTable, benchAnnotations } from './annotations.mjs';
import { benchNotes, notesTable } from './notes.mjs';
import { benchQuestions, questionsTable } from './questions.mjs';
import { QUERIES, benchSearch, searchCorpus, searchTable } from './search.mjs';
import { benchSearchApp, searchAppTable, searchIndexingTime } from './searchApp.mjs';
import { LARGE_PACK_PAGES, PACK, PDF_DIR, largePack } from '../tests/fixtures/paths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PACKS = [
  { key: 'pack108', path: () => PACK, pages: 108 },
  { key: 'pack648', path: largePack, pages: LARGE_PACK_PAGES },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 0) => Number(value.toFixed(digits));

async function freshPage(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  return { context, page };
}

/** Milliseconds from choosing the file to its entry being listed with its page count. */
async function timeImport(page, pack, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import PDF' }).click()]);
  const started = performance.now();
  await chooser.setFiles(path);
  await page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ hasText: `${pack.pages} pages` }).waitFor({ timeout: 60_000 });
  return performance.now() - started;
}

/** Imports a pack through the UI and waits until it has been read. */
async function importPack(page, pack) {
  await timeImport(page, pack, await pack.path());
  await structureTime(page);
}

/** Worker time to read every page's text and find the agenda and page stamps (issue: meetings). */
async function structureTime(page) {
  await page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ hasText: 'agenda items' }).waitFor({ timeout: 60_000 });
  return page.evaluate(async () => {
    const open = indexedDB.open('scrutineer');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const request = open.result.transaction('structures').objectStore('structures').getAll();
    await new Promise((resolve) => (request.onsuccess = resolve));
    open.result.close();
    return request.result[0].durationMs;
  });
}

/** Milliseconds from pressing Open to the first page painted, as the app measures it. */
async function timeOpen(page) {
  await page.evaluate(() => performance.clearMarks());
  await page.evaluate(() => performance.clearMeasures());
  await page.getByRole('button', { name: 'Open' }).first().click();
  await page.waitForFunction(() => performance.getEntriesByName('scrutineer:open-to-first-paint').length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('scrutineer:open-to-first-paint')[0].duration);
}

/** Scrolls the whole document top to bottom at reading pace, then reads the JS heap. */
async function heapAfterScroll(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  let peak = 0;
  const scrolled = await page.evaluate(() => document.querySelector('.pdf-scroll').scrollHeight);
  const step = 2500;
  for (let top = 0; top < scrolled; top += step) {
    await page.evaluate((y) => { document.querySelector('.pdf-scroll').scrollTop = y; }, top);
    await page.waitForTimeout(25);
    if (top % (step * 40) === 0) peak = Math.max(peak, await heap());
  }
  await page.waitForTimeout(1000);
  peak = Math.max(peak, await heap());
  const afterScroll = await heap();
  await cdp.send('HeapProfiler.collectGarbage');
  const afterGc = await heap();
  const position = await page.locator('.page-position').textContent();
  return { peak, afterScroll, afterGc, lastPage: Number(/PDF page (\d+)/.exec(position)?.[1] ?? /of (\d+)/.exec(position)?.[1]) };
}

async function main() {
  const server = await preview({ root: `${root}renderer`, configFile: `${root}vite.config.ts`, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const { port } = server.httpServer.address();
  const baseUrl = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const results = { date: new Date().toISOString(), machine: machine(browser.version()), runs: RUNS, figures: {}, loadAtStart: os.loadavg().map((value) => value.toFixed(2)).join(' ') };
  if (process.env.BENCH_ONLY === 'search') {
    try {
      await searchOnly(browser, baseUrl, results);
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  try {
    for (const pack of PACKS) {
      const path = await pack.path();
      const imports = [];
      const opens = [];
      const structures = [];
      const searchIndexing = [];
      for (let run = 0; run < RUNS; run++) {
        const { context, page } = await freshPage(browser, baseUrl);
        imports.push(await timeImport(page, pack, path));
        structures.push(await structureTime(page));
        // The search worker indexes the pack once its text is stored: its own time, as the app measures it.
        if (pack.key === 'pack648') searchIndexing.push(await searchIndexingTime(page, pack.pages));
        opens.push(await timeOpen(page));
        if (pack.key === 'pack648' && run === RUNS - 1) {
          const heap = await heapAfterScroll(page);
          results.figures.scroll648 = {
            lastPageReached: heap.lastPage,
            heapPeakMB: round(heap.peak / 2 ** 20, 1),
            heapAfterScrollMB: round(heap.afterScroll / 2 ** 20, 1),
            heapAfterGcMB: round(heap.afterGc / 2 ** 20, 1),
          };
        }
        await context.close();
      }
      results.figures[`import_${pack.key}_ms`] = { median: round(median(imports)), runs: imports.map((v) => round(v)) };
      results.figures[`structure_${pack.key}_ms`] = { median: round(median(structures)), runs: structures.map((v) => round(v)) };
      results.figures[`open_to_first_paint_${pack.key}_ms`] = { median: round(median(opens)), runs: opens.map((v) => round(v)) };
      if (searchIndexing.length) results.figures.search_index_pack648_ms = { median: round(median(searchIndexing)), runs: searchIndexing.map((v) => round(v)) };
    }
    results.figures.annotations2000 = await benchAnnotations({ browser, baseUrl, fixtures: PDF_DIR });
    results.figures.questions500 = await benchQuestions({ browser, baseUrl, fixtures: PDF_DIR });
    results.figures.notePreview60k = await benchNotes();
    // Search (issue 11): the library comparison and the app's answers in Node, then the app in Chromium, on one corpus.
    const corpus = searchCorpus();
    results.figures.search = await benchSearch(corpus);
    results.figures.searchApp = await benchSearchApp({ browser, baseUrl, corpus, queries: QUERIES, importPack: (page) => importPack(page, PACKS[0]) });
    results.figures.searchApp.load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
  } finally {
    await browser.close();
    await server.close();
  }
  results.loadAtEnd = os.loadavg().map((value) => value.toFixed(2)).join(' ');
  writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  updateBenchmarksMd(results);
  console.log(JSON.stringify(results, null, 2));
}

/** `BENCH_ONLY=search npm run bench`: the search figures alone (the 648-page pack imported once for its indexing time). */
async function searchOnly(browser, baseUrl, results) {
  const pack = PACKS[1];
  const { context, page } = await freshPage(browser, baseUrl);
  await timeImport(page, pack, await pack.path());
  const indexing = await searchIndexingTime(page, pack.pages);
  await context.close();
  const f = results.figures;
  f.search_index_pack648_ms = { median: round(indexing), runs: [round(indexing)] };
  const corpus = searchCorpus();
  f.search = await benchSearch(corpus);
  f.searchApp = await benchSearchApp({ browser, baseUrl, corpus, queries: QUERIES, importPack: (page) => importPack(page, PACKS[0]) });
  f.searchApp.load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
  results.loadAtEnd = f.searchApp.load;
  writeFileSync(`${root}bench/search.json`, `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  const machineLine = `Measured ${results.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Chromium ${m.chromium}.`;
  const path = `${root}BENCHMARKS.md`;
  writeFileSync(path, searchSections(readFileSync(path, 'utf8'), f, machineLine));
  console.log(JSON.stringify(results, null, 2));
}

/** BENCHMARKS.md with the search sections replaced. */
function searchSections(text, f, machineLine) {
  return text
    .replace(/<!-- bench:search:start -->[\s\S]*?<!-- bench:search:end -->/, `<!-- bench:search:start -->\n${searchTable(f.search, machineLine)}\n<!-- bench:search:end -->`)
    .replace(/<!-- bench:search-app:start -->[\s\S]*?<!-- bench:search-app:end -->/, `<!-- bench:search-app:start -->\n${searchAppTable(f.searchApp, f.search_index_pack648_ms, machineLine)}\n<!-- bench:search-app:end -->`);
}

function machine(chromiumVersion) {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

function updateBenchmarksMd(results) {
  const f = results.figures;
  const m = results.machine;
  const table = [
    `Measured ${results.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Chromium ${m.chromium}; median of ${results.runs} runs, fresh profile each run; load average (1/5/15 min) ${results.loadAtStart} at the start, ${results.loadAtEnd} at the end.`,
    '',
    '| figure | value | target |',
    '| --- | --- | --- |',
    `| import, 108-page pack (file chosen → listed) | ${f.import_pack108_ms.median} ms (runs ${f.import_pack108_ms.runs.join(', ')}) | |`,
    `| import, 648-page pack | ${f.import_pack648_ms.median} ms (runs ${f.import_pack648_ms.runs.join(', ')}) | |`,
    `| "Open" → first page painted, 108-page pack | ${f.open_to_first_paint_pack108_ms.median} ms | |`,
    `| "Open" → first page painted, 648-page pack | ${f.open_to_first_paint_pack648_ms.median} ms (runs ${f.open_to_first_paint_pack648_ms.runs.join(', ')}) | < 2000 ms |`,
    `| agenda and printed page numbers ready (worker: every page's text, front sheet, stamps), 108-page pack | ${f.structure_pack108_ms.median} ms | |`,
    `| agenda and printed page numbers ready, 648-page pack | ${f.structure_pack648_ms.median} ms (runs ${f.structure_pack648_ms.runs.join(', ')}) | < 3000 ms |`,
    `| renderer JS heap after scrolling the 648-page pack end to end (reached page ${f.scroll648.lastPageReached}) | ${f.scroll648.heapAfterScrollMB} MB (peak sampled ${f.scroll648.heapPeakMB} MB; ${f.scroll648.heapAfterGcMB} MB after GC) | < 400 MB |`,
  ].join('\n');
  const path = `${root}BENCHMARKS.md`;
  let text = readFileSync(path, 'utf8');
  const machineLine = `Measured ${results.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Chromium ${m.chromium}.`;
  text = text.replace(/<!-- bench:annotations:start -->[\s\S]*?<!-- bench:annotations:end -->/, `<!-- bench:annotations:start -->\n${annotationsTable(f.annotations2000, machineLine)}\n<!-- bench:annotations:end -->`);
  text = text.replace(/<!-- bench:questions:start -->[\s\S]*?<!-- bench:questions:end -->/, `<!-- bench:questions:start -->\n${questionsTable(f.questions500, machineLine)}\n<!-- bench:questions:end -->`);
  text = text.replace(/<!-- bench:notes:start -->[\s\S]*?<!-- bench:notes:end -->/, `<!-- bench:notes:start -->\n${notesTable(f.notePreview60k, machineLine)}\n<!-- bench:notes:end -->`);
  text = searchSections(text, f, machineLine);
  const start = '<!-- bench:reader:start -->';
  const end = '<!-- bench:reader:end -->';
  const updated = text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}\n${end}`);
  writeFileSync(path, updated);
}

await main();
