// `npm run bench:text-engines` (issue 12): pdf.js's text extraction against PDFium compiled
// to WebAssembly (@embedpdf/pdfium) on the 648-page pack, in one Node process, interleaved,
// with the texts compared page by page. The app would switch engines only if PDFium were at
// least twice as fast and gave the same text; the figures and the decision go in BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { init } from '@embedpdf/pdfium';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { largePack } from '../tests/fixtures/paths.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Every page's text with pdf.js, as the structure worker reads it (getTextContent per page). */
async function pdfjsTexts(bytes) {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  const texts = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
    page.cleanup();
  }
  await task.destroy();
  return texts;
}

let pdfium;
async function pdfiumModule() {
  if (pdfium) return pdfium;
  const wasmBinary = readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm'));
  pdfium = await init({ wasmBinary });
  pdfium.PDFiumExt_Init();
  return pdfium;
}

/** Every page's text with PDFium (FPDFText_GetText, UTF-16). */
function pdfiumTexts(module, bytes) {
  const { pdfium: runtime } = module;
  const data = runtime.wasmExports.malloc(bytes.byteLength);
  runtime.HEAPU8.set(bytes, data);
  const doc = module.FPDF_LoadMemDocument(data, bytes.byteLength, '');
  if (!doc) throw new Error(`PDFium could not open the pack (error ${module.FPDF_GetLastError()}).`);
  const texts = [];
  const pages = module.FPDF_GetPageCount(doc);
  for (let index = 0; index < pages; index++) {
    const page = module.FPDF_LoadPage(doc, index);
    const textPage = module.FPDFText_LoadPage(page);
    const count = module.FPDFText_CountChars(textPage);
    const buffer = runtime.wasmExports.malloc((count + 1) * 2);
    module.FPDFText_GetText(textPage, 0, count, buffer);
    texts.push(runtime.UTF16ToString(buffer));
    runtime.wasmExports.free(buffer);
    module.FPDFText_ClosePage(textPage);
    module.FPDF_ClosePage(page);
  }
  module.FPDF_CloseDocument(doc);
  runtime.wasmExports.free(data);
  return texts;
}

const versionOf = (name) => JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, 'utf8')).version;

const squeeze = (text) => text.replace(/\s+/g, '');
const words = (text) => text.split(/\s+/).filter(Boolean);

/** How alike the two engines' texts are: pages equal ignoring whitespace, and words in common. */
function compare(a, b) {
  let samePages = 0;
  let common = 0;
  let total = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (squeeze(a[i] ?? '') === squeeze(b[i] ?? '')) samePages++;
    const left = new Map();
    for (const word of words(a[i] ?? '')) left.set(word, (left.get(word) ?? 0) + 1);
    const right = words(b[i] ?? '');
    total += Math.max(words(a[i] ?? '').length, right.length);
    for (const word of right) {
      const n = left.get(word) ?? 0;
      if (n > 0) {
        common++;
        left.set(word, n - 1);
      }
    }
  }
  return { pages: a.length, samePages, wordsInCommon: total ? Number((common / total).toFixed(4)) : 1 };
}

async function main() {
  const path = await largePack();
  const bytes = readFileSync(path);
  const module = await pdfiumModule();
  const times = { pdfjs: [], pdfium: [] };
  let texts = {};
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    const order = run % 2 ? ['pdfium', 'pdfjs'] : ['pdfjs', 'pdfium'];
    for (const engine of order) {
      const started = performance.now();
      texts[engine] = engine === 'pdfjs' ? await pdfjsTexts(bytes) : pdfiumTexts(module, bytes);
      times[engine].push(Math.round(performance.now() - started));
    }
  }
  const pages = texts.pdfjs.length;
  const likeness = compare(texts.pdfjs, texts.pdfium);
  const speedup = Number((median(times.pdfjs) / median(times.pdfium)).toFixed(2));
  const adopt = speedup >= 2 && likeness.samePages === likeness.pages;
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model.trim() ?? 'unknown', cores: os.cpus().length, load: os.loadavg()[0].toFixed(1), node: process.version },
    pages,
    runs: RUNS,
    ms: times,
    pagesPerSecond: { pdfjs: Math.round((pages / median(times.pdfjs)) * 1000), pdfium: Math.round((pages / median(times.pdfium)) * 1000) },
    speedup,
    likeness,
    decision: adopt ? 'PDFium: at least twice as fast with the same text' : 'pdf.js stays',
  };
  writeFileSync(`${root}bench/text-engines.json`, `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  const table = [
    `Measured ${results.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, load ${m.load}; Node ${m.node}; pdfjs-dist ${versionOf('pdfjs-dist')} (legacy build, in-process worker) and @embedpdf/pdfium ${versionOf('@embedpdf/pdfium')}; ${RUNS} run${RUNS === 1 ? "" : "s"} each, interleaved (alternating which goes first); the 648-page pack, from its bytes to every page's text.`,
    '',
    '| figure | pdf.js | PDFium (WebAssembly) |',
    '| --- | --- | --- |',
    `| every page's text, median (runs) | ${median(times.pdfjs)} ms (${times.pdfjs.join(', ')}) | ${median(times.pdfium)} ms (${times.pdfium.join(', ')}) |`,
    `| pages per second | ${results.pagesPerSecond.pdfjs} | ${results.pagesPerSecond.pdfium} |`,
    `| PDFium / pdf.js speed | | ${speedup}x |`,
    `| pages with the same text, ignoring whitespace | | ${likeness.samePages} of ${likeness.pages} |`,
    `| words in common | | ${(likeness.wordsInCommon * 100).toFixed(1)}% |`,
    '',
    `Decision: ${results.decision}${adopt ? '.' : ` (the rule: switch only at 2x or more with the same text; measured ${speedup}x, ${likeness.samePages} of ${likeness.pages} pages the same).`}`,
  ].join('\n');
  const file = `${root}BENCHMARKS.md`;
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- bench:text-engines:start -->';
  const end = '<!-- bench:text-engines:end -->';
  writeFileSync(file, doc.replace(new RegExp(`${start}[^]*${end}`), `${start}\n${table}\n${end}`));
  console.log(table);
}

await main();
