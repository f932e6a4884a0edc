// `npm run bench:backup`: backup and restore in Debian's Chromium against the built renderer,
// through the real UI. A profile holding 2,000 annotations, 500 questions and 50 notes (written
// to IndexedDB as the app stores them) presses "Back up my work" (collect, gzip, PBKDF2 with
// 600,000 iterations, AES-GCM, checksum, download); the file is then restored onto an empty
// profile, onto a full profile (its own 2,000 / 500 / 50, so everything is added beside them),
// and onto the profile it came from (everything compared, nothing added). "Open backup" (key
// derivation, checksum, decryption, check of every row) and "Restore" (the merge, one
// transaction) are timed apart. Writes bench/out/backup.json and the table in BENCHMARKS.md.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 3);
const PASSPHRASE = 'bench passphrase for backups';
const SIZE = { annotations: 2000, questions: 500, notes: 50 };
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Writes a device's worth of work, ids prefixed so two devices' work does not overlap. */
function seed(page, prefix) {
  return page.evaluate(
    async ({ prefix, size }) => {
      const open = indexedDB.open('scrutineer');
      await new Promise((resolve) => (open.onsuccess = resolve));
      const db = open.result;
      const tx = db.transaction(['documents', 'meetings', 'annotations', 'questionLists', 'questions', 'notes'], 'readwrite');
      const documentId = `${prefix}-doc`;
      const hash = (prefix === 'a' ? 'a' : 'b').repeat(64);
      tx.objectStore('meetings').put({ id: `${prefix}-meeting`, committee: `Committee ${prefix}`, date: '2026-11-30', time: '10.00 am', venue: 'Council Chamber', editedByUser: false, createdAt: 1 });
      tx.objectStore('documents').put({ id: documentId, hash, title: `Pack ${prefix}`, fileName: `${prefix}.pdf`, pageCount: 300, size: 1, importedAt: 1, encrypted: false, meetingId: `${prefix}-meeting`, versionGroup: documentId, version: 1 });
      const words = 'The council will review the budget position for children in care and report back to the committee on progress against the plan';
      for (let i = 0; i < size.annotations; i++) {
        const page = 1 + (i % 300);
        tx.objectStore('annotations').put({
          id: `${prefix}-a${i}`, documentId, kind: i % 3 ? 'highlight' : 'note', colour: '#ffd400', meaning: 'question to ask', comment: `${words} (${i})`, tags: ['budget'], page,
          rects: i % 3 ? [[72, 500, 300, 512], [72, 486, 260, 498]] : [], inkPaths: [], ...(i % 3 ? { quote: { exact: words.slice(0, 60), prefix: 'before ', suffix: ' after', start: i * 100, end: i * 100 + 60 } } : { point: [72, 700] }),
          sortKey: `${String(page).padStart(4, '0')}-${String(i).padStart(6, '0')}`, createdAt: 1_700_000_000_000 + i, modifiedAt: 1_700_000_000_000 + i,
        });
      }
      tx.objectStore('questionLists').put({ id: `${prefix}-list`, kind: 'meeting', meetingId: `${prefix}-meeting`, inquiryId: null, dayId: null, title: 'Questions for the meeting', createdAt: 1, deletedAt: null });
      for (let i = 0; i < size.questions; i++) {
        tx.objectStore('questions').put({
          id: `${prefix}-q${i}`, listId: `${prefix}-list`, order: `a${String(i).padStart(5, '0')}`, text: `Why ${words.toLowerCase()}? (${i})`, itemNumber: '6', itemTitle: 'Budget', lineId: null, forWhom: 'Cabinet Member', witnessId: null,
          leadMember: 'Cllr Robinson', priority: 'medium', status: 'draft', answer: '', followUp: '', privateNote: '', passages: [{ documentId, documentTitle: `Pack ${prefix}`, pdfPage: 10, quote: words }],
          createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i, deletedAt: null,
        });
      }
      for (let i = 0; i < size.notes; i++) {
        tx.objectStore('notes').put({
          id: `${prefix}-n${i}`, meetingId: `${prefix}-meeting`, inquiryId: null, itemNumber: '6', itemTitle: 'Budget', body: `## Note ${i}\n\n${`${words}. `.repeat(20)}`, passages: [],
          createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i, deletedAt: null,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { prefix, size: SIZE },
  );
}

function counts(page) {
  return page.evaluate(async () => {
    const open = indexedDB.open('scrutineer');
    await new Promise((resolve) => (open.onsuccess = resolve));
    const result = {};
    for (const table of ['annotations', 'questions', 'notes']) {
      const request = open.result.transaction(table).objectStore(table).count();
      await new Promise((resolve) => (request.onsuccess = resolve));
      result[table] = request.result;
    }
    open.result.close();
    return result;
  });
}

async function profile(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  context.setDefaultTimeout(300_000);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Import PDF' }).waitFor();
  return page;
}

async function backUp(page, dir) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up my work' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back up my work' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save backup' }).click()]);
  const ms = performance.now() - started;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { ms, path, bytes: readFileSync(path).length };
}

async function restore(page, path) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore from a backup' }).click()]);
  await chooser.setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await dialog.getByLabel('Passphrase').fill(PASSPHRASE);
  let started = performance.now();
  await dialog.getByRole('button', { name: 'Open backup' }).click();
  await dialog.getByRole('list', { name: 'What the backup holds' }).waitFor();
  const openMs = performance.now() - started;
  started = performance.now();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  const restoreMs = performance.now() - started;
  return { openMs, restoreMs, after: await counts(page) };
}

async function main() {
  const web = await preview({ root: `${root}renderer`, configFile: `${root}vite.config.ts`, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const url = `http://127.0.0.1:${web.httpServer.address().port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const dir = mkdtempSync(join(os.tmpdir(), 'scrutineer-bench-backup-'));
  const runs = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const source = await profile(browser, url);
      await seed(source, 'a');
      const backup = await backUp(source, dir);
      const empty = await profile(browser, url);
      const ontoEmpty = await restore(empty, backup.path);
      const full = await profile(browser, url);
      await seed(full, 'b');
      const ontoFull = await restore(full, backup.path);
      const ontoSame = await restore(source, backup.path);
      runs.push({ backupMs: Math.round(backup.ms), bytes: backup.bytes, ontoEmpty, ontoFull, ontoSame });
      for (const page of [source, empty, full]) await page.context().close();
    }
  } finally {
    await browser.close();
    await web.close();
  }
  const figure = (pick) => ({ median: Math.round(median(runs.map(pick))), runs: runs.map((r) => Math.round(pick(r))) });
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)), os: `${os.type()} ${os.release()}`, node: process.version, chromium: browser.version() },
    size: SIZE,
    fileBytes: runs[0].bytes,
    backupMs: figure((r) => r.backupMs),
    emptyOpenMs: figure((r) => r.ontoEmpty.openMs),
    emptyRestoreMs: figure((r) => r.ontoEmpty.restoreMs),
    fullOpenMs: figure((r) => r.ontoFull.openMs),
    fullRestoreMs: figure((r) => r.ontoFull.restoreMs),
    sameRestoreMs: figure((r) => r.ontoSame.restoreMs),
    counts: { empty: runs[0].ontoEmpty.after, full: runs[0].ontoFull.after, same: runs[0].ontoSame.after },
  };
  mkdirSync(`${root}bench/out`, { recursive: true });
  writeFileSync(`${root}bench/out/backup.json`, `${JSON.stringify(results, null, 2)}\n`);
  updateBenchmarksMd(results);
  console.log(JSON.stringify(results, null, 2));
}

function updateBenchmarksMd(r) {
  const m = r.machine;
  const value = (f) => `${f.median} ms (runs ${f.runs.join(', ')})`;
  const table = [
    `Measured ${r.date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Chromium ${m.chromium}; median of ${r.runs?.length ?? r.backupMs.runs.length} runs, fresh profiles each run. Work: ${r.size.annotations.toLocaleString('en-GB')} annotations, ${r.size.questions} questions, ${r.size.notes} notes; backup file ${(r.fileBytes / 1024).toFixed(0)} KB (without PDFs).`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| "Save backup" → file downloaded (collect, gzip, PBKDF2 600,000 iterations, AES-GCM, SHA-256) | ${value(r.backupMs)} |`,
    `| "Open backup" → contents listed (PBKDF2, checksum, decrypt, check every row), empty profile | ${value(r.emptyOpenMs)} |`,
    `| "Restore" → done, onto an empty profile (everything added: ${r.counts.empty.annotations} annotations after) | ${value(r.emptyRestoreMs)} |`,
    `| "Open backup", full profile | ${value(r.fullOpenMs)} |`,
    `| "Restore" → done, onto a full profile (its own work kept, the backup's added: ${r.counts.full.annotations} annotations after) | ${value(r.fullRestoreMs)} |`,
    `| "Restore" → done, onto the profile it came from (every row compared, nothing added: ${r.counts.same.annotations} after) | ${value(r.sameRestoreMs)} |`,
  ].join('\n');
  const path = `${root}BENCHMARKS.md`;
  let text = readFileSync(path, 'utf8');
  const start = '<!-- bench:backup:start -->';
  const end = '<!-- bench:backup:end -->';
  if (!text.includes(start)) {
    text += ['', '## Backup and restore (issue 14)', '', '`npm run bench:backup` (bench/backup.mjs) measures backup and restore through the UI in Chromium.', '', start, end, ''].join('\n');
  }
  writeFileSync(path, text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}\n${end}`));
}

await main();
