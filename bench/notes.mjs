// Benchmark for notes' Markdown preview: the time to parse a 60,000-character note and
// render its preview (renderer/notes/MarkdownPreview.tsx, with react-dom/server in Node),
// with the app's reader (markdown-it) and, side by side, with the hand-written parser it
// replaced, taken from git at OLD_COMMIT. `npm run bench:notes` runs this part alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}bench/out/notes/`;
/** The last commit with the hand-written parser (shared/notes/markdown.ts). */
const OLD_COMMIT = '4e0b814';
const SIZE = 60_000;
const WARM_UP = 3;
const RUNS = Number(process.env.BENCH_NOTE_RUNS ?? 15);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));

const ENTRY = `
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseMarkdown } from './shared/notes/markdown';
import { MarkdownBlocks } from './renderer/notes/MarkdownPreview';
export const preview = (source) => renderToStaticMarkup(createElement(MarkdownBlocks, { blocks: parseMarkdown(source) }));
`;

/** Bundles the preview (parser + renderer) found under `dir` into one module and imports it. */
async function bundle(dir, name) {
  const outfile = `${out}${name}.mjs`;
  await build({
    stdin: { contents: ENTRY, resolveDir: dir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    // React's production build, as the app ships it.
    define: { 'process.env.NODE_ENV': '"production"' },
    // react-dom/server is CommonJS that requires Node's modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    outfile,
    logLevel: 'warning',
    nodePaths: [`${root}node_modules`],
  });
  return (await import(`${pathToFileURL(outfile).href}?${Date.now()}`)).preview;
}

/** The parser and renderer as they were at OLD_COMMIT, or null without git history. */
async function oldPreview() {
  const dir = `${out}old/`;
  try {
    for (const path of ['shared/notes/markdown.ts', 'renderer/notes/MarkdownPreview.tsx']) {
      const text = execFileSync('git', ['show', `${OLD_COMMIT}:${path}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      mkdirSync(`${dir}${path.slice(0, path.lastIndexOf('/'))}`, { recursive: true });
      writeFileSync(`${dir}${path}`, text);
    }
  } catch {
    return null;
  }
  return bundle(dir, 'old');
}

/** Exactly `size` characters of `unit` repeated. */
const fill = (unit, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Notes of 60,000 characters, one written in the app and one with a report's text pasted in, and the latter at twice the length. */
function notes() {
  const written = (i) =>
    `## ${i + 4} Edge of Care - Scoping Report\n\n` +
    'Ask the **Cabinet Member** how *Breathing Space* will be measured, and whether the `£3.5m` overspend\n' +
    'includes agency staff. See the [council website](https://www.staffordshire.gov.uk) and the minutes.\n\n' +
    '- outcomes for children on the edge of care\n- placement costs, *residential* and fostering\n  - the trend since 2015\n\n' +
    `> To identify if any improvements can be made to our current arrangements\n>\n> — [${i + 4} Edge of Care - Scoping Report, page ${100 + i}](passage:8d3c${i})\n\n` +
    '1. First question\n2. Second question, with a follow-up on ~~numbers~~\n\n---\n\n';
  let meeting = '';
  for (let i = 0; meeting.length < SIZE; i++) meeting += written(i);
  // A report's page pasted line by line (one long paragraph): footnote asterisks and
  // brackets that open no emphasis or link, and underscores inside words.
  const page =
    'Agency spend *rose by 12% in Q3 against a budget of £3.5m (see [note 3 and Appendix 2);\n' +
    'the service_level_agreement figures are provisional and exclude UASC placements.\n';
  // Twice as long: linear time doubles, quadratic time quadruples.
  return { meeting: meeting.slice(0, SIZE), pasted: fill(page), pastedTwice: fill(page, 2 * SIZE) };
}

/** Wall-clock and CPU milliseconds; CPU time is what the work costs when others share the machine. */
function time(preview, source) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  preview(source);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

export async function benchNotes() {
  const current = await bundle(root, 'new');
  const old = await oldPreview();
  // Other work on the machine slows both columns alike; the load is given with the figures.
  const figures = { size: SIZE, oldCommit: old ? OLD_COMMIT : null, loadAverage: round(os.loadavg()[0]) };
  for (const [name, source] of Object.entries(notes())) {
    for (let i = 0; i < WARM_UP; i++) {
      current(source);
      old?.(source);
    }
    const runs = { new: [], old: [] };
    // Interleaved, so both see the same load on the machine.
    for (let i = 0; i < RUNS; i++) {
      runs.new.push(time(current, source));
      if (old) runs.old.push(time(old, source));
    }
    const summary = (times) => {
      if (!times.length) return null;
      const wall = times.map((t) => t.wall);
      return { median: round(median(wall)), max: round(Math.max(...wall)), cpuMedian: round(median(times.map((t) => t.cpu))), runs: wall.map((v) => round(v)) };
    };
    figures[name] = { new: summary(runs.new), old: summary(runs.old) };
  }
  return figures;
}

export function notesTable(n, machineLine) {
  if (!n) return '(not measured yet)';
  const cell = (s) => (s ? `${s.median} ms (CPU ${s.cpuMedian} ms; slowest ${s.max} ms)` : 'not measured (no git history)');
  return [
    `${machineLine} Parse and render to markup with React's production build (react-dom/server), wall-clock median of ${n.meeting.new.runs.length} runs after ${WARM_UP} warm-up runs, old and new interleaved; 1-minute load average ${n.loadAverage} at the start; the hand-written parser from commit ${n.oldCommit ?? OLD_COMMIT}.`,
    '',
    `| figure (${n.size.toLocaleString('en-GB')}-character note) | markdown-it (now) | hand-written parser (before) | target |`,
    '| --- | --- | --- | --- |',
    `| preview of a note written in the app (headings, lists, quoted passages, links) | ${cell(n.meeting.new)} | ${cell(n.meeting.old)} | < 50 ms |`,
    `| preview of a note with a report's text pasted in (stray \`*\`, \`[\`, \`_\`) | ${cell(n.pasted.new)} | ${cell(n.pasted.old)} | < 50 ms |`,
    `| the same pasted text at ${(2 * n.size).toLocaleString('en-GB')} characters (linear time doubles, quadratic quadruples) | ${cell(n.pastedTwice.new)} | ${cell(n.pastedTwice.old)} | |`,
  ].join('\n');
}

/** Writes the figures into BENCHMARKS.md between the notes markers. */
export function writeNotesSection(path, n, machineLine) {
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(/<!-- bench:notes:start -->[\s\S]*?<!-- bench:notes:end -->/, `<!-- bench:notes:start -->\n${notesTable(n, machineLine)}\n<!-- bench:notes:end -->`));
}

// Run on its own: `npm run bench:notes`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = await benchNotes();
  const resultsPath = `${root}bench/results.json`;
  const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
  results.figures.notePreview60k = n;
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  const cpu = os.cpus();
  const machineLine = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}; Node ${process.version}.`;
  writeNotesSection(`${root}BENCHMARKS.md`, n, machineLine);
  writeNotesSection(`${root}BENCHMARKS.md`, n, machineLine);
  console.log(JSON.stringify(n, null, 2));
}
