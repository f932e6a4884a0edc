// `npm run bench:search` (and part of `npm run bench`): chooses the search library by
// measuring. Builds a corpus of at least 5,000 pages (the fixture PDFs' text, extracted with
// pdftotext, repeated with words varied) plus 2,000 notes and questions, then measures
// MiniSearch (as the app sets it up, through shared/search/engine.ts), FlexSearch and Orama:
// build time, serialised size, memory, query p50/p95 for one word, two words, a phrase and a
// prefix; the app's whole answer to a query as its worker gives it (hits, phrases checked,
// snippets for the first 100); indexing the 648-page pack; and ripgrep (GNU grep where
// ripgrep is not installed) over the same text, in the same run, as the peer. Alone it
// writes bench/search.json and its section of BENCHMARKS.md; bench/run.mjs adds the figures
// measured in Chromium. Run with node --expose-gc (the npm scripts do) so memory is measured
// after collection.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PDF_DIR, REAL_DIR, largePack } from '../tests/fixtures/paths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TARGET_PAGES = 5000;
const NOTES = 2000;
const REPEATS = Number(process.env.BENCH_SEARCH_REPEATS ?? 10);
/** The app's Search dialog asks for this many results with snippets. */
const SHOWN = 100;

const QUERIES = {
  'one word': ['safeguarding', 'exploitation', 'budget', 'recommendation', 'police'],
  'two words': ['sexual exploitation', 'children care', 'operation safenet', 'customer survey', 'health visitors'],
  phrase: ['"children coming into care"', '"operation safenet"', '"looked after children"', '"select committee"', '"annual report"'],
  prefix: ['safegu', 'recom', 'exploi', 'commiss', 'devol'],
};

/** The pages of one PDF, as pdftotext reads them. */
function pdfPages(file) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').split('\f').filter((page) => page.trim());
}

/** Every page of every fixture PDF, as pdftotext reads it. */
function fixturePages() {
  const files = [
    ...readdirSync(PDF_DIR).filter((f) => f.endsWith('.pdf')).map((f) => `${PDF_DIR}${f}`),
    ...readdirSync(`${REAL_DIR}kent-county-council-2025-01-09`).filter((f) => f.endsWith('.pdf')).map((f) => `${REAL_DIR}kent-county-council-2025-01-09/${f}`),
  ];
  return files.flatMap(pdfPages);
}

/** A deterministic pseudo-random sequence, so every run measures the same corpus. */
function random(seed) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Copies of the pages with about one word in eight swapped for a word from elsewhere in the corpus. */
function buildCorpus(base) {
  const next = random(7);
  const vocabulary = base.join(' ').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
  const pages = [...base];
  for (let copy = 1; pages.length < TARGET_PAGES; copy++) {
    for (const page of base) {
      if (pages.length >= TARGET_PAGES) break;
      pages.push(page.split(/(\s+)/).map((token) => (/^[A-Za-z]{4,}$/.test(token) && next() < 0.125 ? vocabulary[Math.floor(next() * vocabulary.length)] : token)).join(''));
    }
  }
  return pages;
}

export function buildNotes(pages) {
  const next = random(11);
  const sentences = pages.flatMap((page) => page.split(/(?<=[.?!])\s+/)).filter((s) => s.length > 40 && s.length < 400);
  return Array.from({ length: NOTES }, (_, i) => {
    const count = 1 + Math.floor(next() * 4);
    return (i % 2 ? 'Question: ' : '') + Array.from({ length: count }, () => sentences[Math.floor(next() * sentences.length)]).join(' ');
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (value, digits = 1) => Number(value.toFixed(digits));

function heap() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

export { QUERIES };

/** The corpus every part of the search bench uses (bench/run.mjs loads it into the app too). */
export function searchCorpus() {
  const base = fixturePages();
  const pages = buildCorpus(base);
  return { base, pages, notes: buildNotes(pages) };
}

/** Times each query type: REPEATS rounds of every query, p50 and p95 in ms. */
async function timeQueries(run) {
  const figures = {};
  for (const [type, queries] of Object.entries(QUERIES)) {
    const times = [];
    const counts = [];
    for (let r = 0; r < REPEATS; r++) {
      for (const query of queries) {
        const started = performance.now();
        const count = await run(query, type);
        times.push(performance.now() - started);
        if (r === 0) counts.push(count);
      }
    }
    figures[type] = { p50: round(percentile(times, 50), 2), p95: round(percentile(times, 95), 2), hits: counts };
  }
  return figures;
}

/** The app's engine, bundled from TypeScript so the bench measures exactly what ships. */
async function loadEngine() {
  const out = `${root}.tmp/bench-search-engine.mjs`;
  await build({ entryPoints: [`${root}shared/search/bench-entry.ts`], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
  return import(`${pathToFileURL(out).href}?${Date.now()}`);
}

async function benchMiniSearch(docs, engine) {
  const before = heap();
  const started = performance.now();
  const index = engine.createIndex();
  index.addAll(docs.map((text, i) => ({ id: `d${i}`, source: `s${Math.floor(i / 100)}`, text })));
  const buildMs = performance.now() - started;
  const memory = heap() - before;
  const serialiseStarted = performance.now();
  const json = JSON.stringify(index);
  const serialiseMs = performance.now() - serialiseStarted;
  const loadStarted = performance.now();
  const loaded = engine.loadIndex(json);
  const loadMs = performance.now() - loadStarted;
  const textOf = (id) => docs[Number(id.slice(1))];
  const queries = await timeQueries((query) => engine.runQuery(loaded, engine.parseQuery(query), undefined, textOf).length);
  return { buildMs: round(buildMs, 0), sizeBytes: json.length, memoryBytes: memory, serialiseMs: round(serialiseMs, 0), loadMs: round(loadMs, 0), queries, typo: true, stemming: true, phrase: 'verified against text' };
}

/**
 * The app's worker's whole answer to a query: the index's hits, phrases checked against the
 * text held in memory, snippets and highlights for the first 100 (what the dialog shows).
 */
async function benchAppAnswer(docs, engine) {
  const index = engine.createIndex();
  const before = heap();
  const started = performance.now();
  const texts = new Map();
  index.addAll(docs.map((text, i) => ({ id: `d${i}`, source: `s${Math.floor(i / 100)}`, text })));
  docs.forEach((text, i) => texts.set(`d${i}`, engine.entryText(text)));
  const buildMs = performance.now() - started;
  const memory = heap() - before;
  const queries = await timeQueries((query) => {
    const parsed = engine.parseQuery(query);
    const candidates = engine.candidatesOf(index, parsed, () => true);
    return engine.answerFrom(candidates, parsed, (id) => texts.get(id), SHOWN).total;
  });
  return { buildMs: round(buildMs, 0), memoryBytes: memory, queries };
}

/**
 * Indexing the 648-page pack as the worker does (pages added, their text kept for phrases).
 * The first run is the cold one (a fresh worker: no word stemmed yet), the figure that counts.
 */
async function benchPack648(engine) {
  const pages = pdfPages(await largePack());
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const index = engine.createIndex();
    const texts = new Map();
    const started = performance.now();
    index.addAll(pages.map((text, i) => ({ id: `page:x:${i + 1}`, source: 'doc:x', text })));
    pages.forEach((text, i) => texts.set(`page:x:${i + 1}`, engine.entryText(text)));
    runs.push(round(performance.now() - started, 0));
    if (run === 0) globalThis.gc?.();
  }
  return { pages: pages.length, runs, coldMs: runs[0] };
}

async function benchFlexSearch(docs, engine) {
  const { Index, Charset } = await import('flexsearch');
  const before = heap();
  const started = performance.now();
  // "forward" tokenizing is what prefix search needs; the same English stemming as the app's terms.
  const index = new Index({ tokenize: 'forward', encoder: Charset.LatinBalance, resolution: 9 });
  docs.forEach((text, i) => index.add(i, text));
  const buildMs = performance.now() - started;
  const memory = heap() - before;
  const serialiseStarted = performance.now();
  const chunks = [];
  await index.export((key, data) => {
    if (data !== undefined) chunks.push(`${key}\n${data}`);
  });
  const serialiseMs = performance.now() - serialiseStarted;
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const queries = await timeQueries((query) => {
    const parsed = engine.parseQuery(query);
    const words = [...parsed.words, ...parsed.phrases];
    const hits = index.search(words.join(' '), { limit: 10000, suggest: false });
    return parsed.phrases.length ? hits.filter((i) => engine.hasPhrases(docs[i], parsed)).length : hits.length;
  });
  return { buildMs: round(buildMs, 0), sizeBytes: size, memoryBytes: memory, serialiseMs: round(serialiseMs, 0), loadMs: null, queries, typo: false, stemming: 'LatinBalance encoder (no English stemming)', phrase: 'verified against text' };
}

async function benchOrama(docs, engine) {
  const { create, insertMultiple, search, save } = await import('@orama/orama');
  const before = heap();
  const started = performance.now();
  const db = create({ schema: { text: 'string' }, components: { tokenizer: { stemming: true, language: 'english' } } });
  await insertMultiple(db, docs.map((text, i) => ({ id: String(i), text })), 500);
  const buildMs = performance.now() - started;
  const memory = heap() - before;
  const serialiseStarted = performance.now();
  const json = JSON.stringify(save(db));
  const serialiseMs = performance.now() - serialiseStarted;
  const queries = await timeQueries(async (query, type) => {
    const parsed = engine.parseQuery(query);
    const term = [...parsed.words, ...parsed.phrases].join(' ');
    const result = await search(db, { term, properties: ['text'], tolerance: type === 'phrase' ? 0 : 1, threshold: 0, limit: 10000 });
    return parsed.phrases.length ? result.hits.filter((hit) => engine.hasPhrases(hit.document.text, parsed)).length : result.count;
  });
  return { buildMs: round(buildMs, 0), sizeBytes: json.length, memoryBytes: memory, serialiseMs: round(serialiseMs, 0), loadMs: null, queries, typo: true, stemming: true, phrase: 'verified against text' };
}

/** ripgrep when installed, else GNU grep with the same options (the figure says which ran). */
function peerTool() {
  return spawnSync('rg', ['--version']).error ? 'grep' : 'rg';
}

function benchRipgrep(dir) {
  const files = readdirSync(dir).length;
  const tool = peerTool();
  const recurse = tool === 'grep' ? ['-r'] : [];
  const args = (query, type) => {
    if (type === 'prefix') return [...recurse, '-i', '-l', `\\b${query}\\w*`, dir];
    if (type === 'phrase') return [...recurse, '-i', '-l', '-F', query.replace(/"/g, ''), dir];
    if (type === 'two words') return [...recurse, '-i', '-l', ...query.split(' ').flatMap((w) => ['-e', w]), dir];
    return [...recurse, '-i', '-l', query, dir];
  };
  return timeQueries((query, type) => {
    const result = spawnSync(tool, args(query, type), { maxBuffer: 1 << 26 });
    return result.stdout.toString().split('\n').filter(Boolean).length;
  }).then((queries) => ({ tool, files, queries }));
}

const mb = (bytes) => `${round(bytes / 1048576, 1)} MB`;

export function searchTable(results, machineLine) {
  const types = Object.keys(QUERIES);
  const header = `| | build | stored size | heap | ${types.map((t) => `${t} p50 / p95`).join(' | ')} |`;
  const rows = ['MiniSearch', 'FlexSearch', 'Orama'].filter((name) => results.libraries[name]).map((name) => {
    const r = results.libraries[name];
    return `| ${name} | ${r.buildMs} ms | ${mb(r.sizeBytes)} | ${mb(r.memoryBytes)} | ${types.map((t) => `${r.queries[t].p50} / ${r.queries[t].p95} ms`).join(' | ')} |`;
  });
  const app = results.app;
  rows.push(`| **the app's answer** (MiniSearch hits, phrases checked against text in memory, snippets for the first ${SHOWN}) | ${app.buildMs} ms with text | | ${mb(app.memoryBytes)} with text | ${types.map((t) => `**${app.queries[t].p50} / ${app.queries[t].p95} ms**`).join(' | ')} |`);
  const rg = results.ripgrep;
  const peer = rg.tool === 'rg' ? 'ripgrep' : 'GNU grep -r (ripgrep is not installed here)';
  rows.push(`| ${peer} (peer, ${rg.files} text files, new process per query) | none | ${mb(results.corpus.bytes)} of text | n/a | ${types.map((t) => `${rg.queries[t].p50} / ${rg.queries[t].p95} ms`).join(' | ')} |`);
  return [
    machineLine,
    '',
    `Corpus: ${results.corpus.pages} pages (${results.corpus.basePages} distinct fixture pages, copies with one word in eight varied) + ${results.corpus.notes} notes and questions, ${mb(results.corpus.bytes)} of text. Each query type: ${Object.values(QUERIES)[0].length} queries × ${REPEATS} rounds. Phrases: the index's AND of the words, then checked word for word in the text.`,
    '',
    header,
    `|${' --- |'.repeat(4 + types.length)}`,
    ...rows,
    '',
    `MiniSearch: JSON.stringify ${results.libraries.MiniSearch.serialiseMs} ms, loadJSON ${results.libraries.MiniSearch.loadMs} ms (what a reload costs instead of a rebuild). Indexing the ${results.pack648.pages}-page pack's text (pdftotext) as the worker does, in a fresh process: ${results.pack648.coldMs} ms (then ${results.pack648.runs.slice(1).join(' and ')} ms again with its words already stemmed; target ≤ 1000 ms).`,
    '',
    `Load while measuring (uptime, 1/5/15-minute averages on ${os.cpus().length} cores shared with other work): before ${results.load.before}, after ${results.load.after}.`,
  ].join('\n');
}

const loadNow = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');

/** Every figure measured in Node, in one run. */
export async function benchSearch(corpus = searchCorpus()) {
  const { base, pages, notes } = corpus;
  const docs = [...pages, ...notes];
  const loadBefore = loadNow();
  const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d), 0);
  const dir = `${root}.tmp/search-corpus/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  docs.forEach((text, i) => writeFileSync(`${dir}${String(i).padStart(5, '0')}.txt`, text));
  const engine = await loadEngine();
  const libraries = {};
  const pack648 = await benchPack648(engine);
  libraries.MiniSearch = await benchMiniSearch(docs, engine);
  const app = await benchAppAnswer(docs, engine);
  if (process.env.BENCH_SEARCH_PEERS !== '0') libraries.FlexSearch = await benchFlexSearch(docs, engine);
  if (process.env.BENCH_SEARCH_PEERS !== '0' && process.env.BENCH_SEARCH_ORAMA !== '0') libraries.Orama = await benchOrama(docs, engine);
  const ripgrep = await benchRipgrep(dir);
  return { corpus: { pages: pages.length, basePages: base.length, notes: notes.length, bytes }, libraries, app, pack648, ripgrep, load: { before: loadBefore, after: loadNow() } };
}

async function main() {
  const results = await benchSearch();
  const machineLine = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}, in Node (the same engine code the app's worker runs).`;
  results.machineLine = machineLine;
  writeFileSync(`${root}bench/search.json`, `${JSON.stringify(results, null, 2)}\n`);
  const path = `${root}BENCHMARKS.md`;
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(/<!-- bench:search:start -->[\s\S]*?<!-- bench:search:end -->/, `<!-- bench:search:start -->\n${searchTable(results, machineLine)}\n<!-- bench:search:end -->`));
  console.log(searchTable(results, machineLine));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
