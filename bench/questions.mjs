// Benchmark for the questions issue: a meeting's list of 500 questions — open the meeting
// workspace until all 500 are listed; reorder one from the keyboard (Alt+↑) until the list
// shows it moved (stored first, then drawn); filter by lead member and by status, and clear
// the filter. Times are measured in the page, from the event to the frame after React's
// commit. `node bench/questions.mjs` runs this part alone (after `npx vite build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COUNT = 500;
const REPEATS = 15;
const MEMBERS = ['Kyle Robinson', 'Syed Hussain', 'Paul Snape', 'Trevor Johnson', 'Natasha Pullen'];
const STATUSES = ['draft', 'agreed', 'asked', 'answered', 'follow-up'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) => Number(value.toFixed(digits));
const summary = (runs) => ({ median: round(median(runs)), max: round(Math.max(...runs)), runs: runs.map((v) => round(v)) });

/** Writes a meeting list with `count` questions into IndexedDB (order keys "b00", "b01", ...). */
async function seedQuestions(page, count) {
  return page.evaluate(
    async ({ count, members, statuses }) => {
      const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
      const open = indexedDB.open('scrutineer');
      await new Promise((resolve) => (open.onsuccess = resolve));
      const db = open.result;
      const meetings = await new Promise((resolve) => {
        const request = db.transaction('meetings').objectStore('meetings').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      const meetingId = meetings[0].id;
      const tx = db.transaction(['questionLists', 'questions'], 'readwrite');
      tx.objectStore('questionLists').put({ id: 'bench-list', kind: 'meeting', meetingId, inquiryId: null, dayId: null, title: 'Questions for the meeting', createdAt: 0, deletedAt: null });
      const store = tx.objectStore('questions');
      for (let i = 0; i < count; i++) {
        store.put({
          id: `bench-q${String(i).padStart(3, '0')}`,
          listId: 'bench-list',
          order: `b${digits[Math.floor(i / 62)]}${digits[i % 62]}`,
          text: `Question ${i + 1}: what is the council doing about item ${i % 9} and how will members know it has worked?`,
          itemNumber: ['4', '5', '6', '6a'][i % 4],
          itemTitle: ['Child Sexual Exploitation', 'Cabinet Response', 'Work Programme', 'Edge of Care - Scoping Report'][i % 4],
          lineId: null,
          forWhom: i % 3 === 0 ? 'Cabinet Member for Children and Young People' : 'Director for Families and Communities',
          witnessId: null,
          leadMember: members[i % members.length],
          priority: ['high', 'medium', 'low'][i % 3],
          status: statuses[i % statuses.length],
          answer: i % 5 === 3 ? 'An answer given at the meeting.' : '',
          followUp: '',
          privateNote: '',
          passages: [],
          createdAt: i,
          updatedAt: i,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return meetingId;
    },
    { count, members: MEMBERS, statuses: STATUSES },
  );
}

/** In the page: resolves with the milliseconds from `act()` to the frame after `done()` holds. */
const IN_PAGE_TIMER = `
  window.__timeUntil = (act, done) => new Promise((resolve) => {
    const root = document.querySelector('.questions-panel');
    let start = 0;
    const check = () => {
      if (!done()) return false;
      observer.disconnect();
      const committed = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ total: performance.now() - start, commit: committed - start })));
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    start = performance.now();
    act();
  });
`;

async function timeReorder(page, index) {
  return page.evaluate(async (index) => {
    const rows = () => [...document.querySelectorAll('.questions-panel .question-row')];
    const row = rows()[index];
    const id = row.dataset.questionId;
    row.focus();
    return window.__timeUntil(
      () => row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, cancelable: true })),
      () => rows()[index - 1]?.dataset.questionId === id,
    );
  }, index);
}

async function timeSelect(page, label, value, expectedRows) {
  return page.evaluate(
    async ({ label, value, expectedRows }) => {
      const select = [...document.querySelectorAll('.questions-panel .list-controls .control')].find((c) => c.querySelector('label').textContent === label).querySelector('select');
      return window.__timeUntil(
        () => {
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        () => document.querySelectorAll('.questions-panel .question-row').length === expectedRows,
      );
    },
    { label, value, expectedRows },
  );
}

export async function benchQuestions({ browser, baseUrl, fixtures }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  try {
    await page.goto(baseUrl);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import PDF' }).click()]);
    await chooser.setFiles(`${fixtures}staffordshire-sscsc-2017-09-26-pack.pdf`);
    await page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ hasText: 'agenda items' }).waitFor({ timeout: 60_000 });
    await seedQuestions(page, COUNT);

    const opens = [];
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      await page.getByRole('button', { name: 'Questions and notes' }).click();
      await page.waitForFunction((count) => document.querySelectorAll('.questions-panel .question-row').length === count, COUNT, { timeout: 30_000 });
      opens.push(Date.now() - started);
      if (i < 2) await page.getByRole('button', { name: 'Library' }).click();
    }
    await page.evaluate(IN_PAGE_TIMER);

    const reorder = [];
    const reorderCommit = [];
    for (let i = 0; i < REPEATS; i++) {
      const { total, commit } = await timeReorder(page, 250 + i);
      reorder.push(total);
      reorderCommit.push(commit);
    }
    const filterLead = [];
    const filterStatus = [];
    const clear = [];
    for (let i = 0; i < 5; i++) {
      filterLead.push((await timeSelect(page, 'Asked by', MEMBERS[i], COUNT / MEMBERS.length)).total);
      clear.push((await timeSelect(page, 'Asked by', 'all', COUNT)).total);
      filterStatus.push((await timeSelect(page, 'Show', STATUSES[i], COUNT / STATUSES.length)).total);
      clear.push((await timeSelect(page, 'Show', 'all', COUNT)).total);
    }
    // The moves were stored: the list reads back in the order shown.
    const shown = await page.evaluate(() => [...document.querySelectorAll('.questions-panel .question-row')].map((row) => row.dataset.questionId));
    await page.reload();
    await page.getByRole('button', { name: 'Questions and notes' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('.questions-panel .question-row').length === count, COUNT, { timeout: 30_000 });
    const reloaded = await page.evaluate(() => [...document.querySelectorAll('.questions-panel .question-row')].map((row) => row.dataset.questionId));
    return {
      questions: COUNT,
      openMs: summary(opens),
      reorderMs: summary(reorder),
      reorderStoredMs: summary(reorderCommit),
      filterLeadMemberMs: summary(filterLead),
      filterStatusMs: summary(filterStatus),
      clearFilterMs: summary(clear),
      orderKeptAfterReload: JSON.stringify(shown) === JSON.stringify(reloaded),
    };
  } finally {
    await context.close();
  }
}

export function questionsTable(q, machineLine) {
  if (!q) return '(not measured yet)';
  return [
    `${machineLine} A meeting list of ${q.questions} questions (five lead members, five statuses, four agenda items).`,
    '',
    '| figure | median | slowest | target |',
    '| --- | --- | --- | --- |',
    `| "Questions and notes" → all ${q.questions} questions listed (3 runs) | ${q.openMs.median} ms | ${q.openMs.max} ms | |`,
    `| reorder: Alt+↑ on a question → stored and the list redrawn (${q.reorderMs.runs.length} moves) | ${q.reorderMs.median} ms | ${q.reorderMs.max} ms | < 100 ms |`,
    `| … of which: until the list changed (write committed, React commit) | ${q.reorderStoredMs.median} ms | ${q.reorderStoredMs.max} ms | |`,
    `| filter by lead member (500 → 100 shown) | ${q.filterLeadMemberMs.median} ms | ${q.filterLeadMemberMs.max} ms | < 100 ms |`,
    `| filter by status (500 → 100 shown) | ${q.filterStatusMs.median} ms | ${q.filterStatusMs.max} ms | < 100 ms |`,
    `| clear a filter (100 → 500 shown) | ${q.clearFilterMs.median} ms | ${q.clearFilterMs.max} ms | < 200 ms |`,
    `| running order after a reload matches what was shown | ${q.orderKeptAfterReload ? 'yes' : 'NO'} | | yes |`,
  ].join('\n');
}

/** Writes the figures into BENCHMARKS.md between the questions markers. */
export function writeQuestionsSection(path, q, machineLine) {
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(/<!-- bench:questions:start -->[\s\S]*?<!-- bench:questions:end -->/, `<!-- bench:questions:start -->\n${questionsTable(q, machineLine)}\n<!-- bench:questions:end -->`));
}

// Run on its own: `node bench/questions.mjs`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const os = await import('node:os');
  const { chromium } = await import('playwright-core');
  const { preview } = await import('vite');
  const { PDF_DIR } = await import('../tests/fixtures/paths.mjs');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const server = await preview({ root: `${root}renderer`, configFile: `${root}vite.config.ts`, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const q = await benchQuestions({ browser, baseUrl: `http://127.0.0.1:${server.httpServer.address().port}/`, fixtures: PDF_DIR });
    const resultsPath = `${root}bench/results.json`;
    const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
    results.figures.questions500 = q;
    writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
    const cpu = os.cpus();
    const machineLine = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}; Node ${process.version}, Chromium ${browser.version()}.`;
    writeQuestionsSection(`${root}BENCHMARKS.md`, q, machineLine);
    console.log(JSON.stringify(q, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}
