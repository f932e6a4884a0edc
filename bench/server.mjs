// Benchmark of the sync service over HTTP, on PGlite and (if a URL is given) PostgreSQL:
// first pull of 10,000 items, an empty incremental sync, and N simulated clients syncing for
// D seconds (p50/p99 latency, throughput, errors). Writes bench/out/server.json.
//
//   npm run bench:server -- [--duration 60] [--clients 200] [--items 10000] [--interval 1000]
//                           [--edit-rate 0.2] [--backends pglite,postgres] [--out bench/out/server.json]
//   PostgreSQL: BENCH_DATABASE_URL (or TEST_DATABASE_URL / DATABASE_URL); each run uses a fresh schema.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildServer } from '../build/build-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv) {
  const defaults = {
    duration: 60,
    clients: 200,
    items: 10_000,
    interval: 1000,
    'edit-rate': 0.2,
    'first-pull-runs': 3,
    'empty-sync-runs': 200,
    backends: null,
    out: 'bench/out/server.json',
  };
  const args = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match || !(match[1] in defaults)) throw new Error(`Unknown argument ${argv[i]}`);
    const value = match[2] ?? argv[++i];
    args[match[1]] = typeof defaults[match[1]] === 'number' ? Number(value) : value;
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
const backends = (args.backends ?? (databaseUrl ? 'pglite,postgres' : 'pglite')).split(',');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (x) => Math.round(x * 100) / 100;

function percentiles(samples) {
  if (samples.length === 0) return { n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, p50: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1]) };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Committee, officer, one member device per client and the items, written through the service's own code. */
async function setUp(lib, storage) {
  const db = await lib.openDatabase(storage);
  try {
    const committee = await lib.createCommittee(db, { name: 'Bench Select Committee' });
    const pair = async (role, name) => {
      const personId = await lib.createPerson(db, name);
      await lib.setMembership(db, personId, committee, role);
      const { token } = await lib.exchangeInvitation(db, await lib.createInvitation(db, personId), `${name} laptop`);
      return token;
    };
    const officerToken = await pair('officer', 'Bench Officer');
    const clientTokens = [];
    for (let i = 0; i < args.clients; i++) clientTokens.push(await pair(i % 10 === 0 ? 'chair' : 'officer', `Member ${i}`));
    const principal = await lib.authenticate(db, officerToken);
    const clientId = `c_seed_${randomUUID().replace(/-/g, '')}`;
    const itemIds = [];
    const started = performance.now();
    for (let seq = 1; seq <= args.items; seq += 500) {
      const mutations = [];
      for (let s = seq; s < Math.min(seq + 500, args.items + 1); s++) {
        const id = randomUUID();
        itemIds.push(id);
        mutations.push({
          seq: s,
          op: 'create',
          type: 'item',
          id,
          committeeId: committee,
          fields: {
            title: `Work programme item ${s}`,
            kind: 'committee_item',
            meetingDate: '2018-01-15',
            cabinetMember: 'Mark Sutton',
            leadOfficer: 'Mick Harrison',
            priorities: 'Resilient Communities. Ensure effective safeguarding for the most vulnerable in our communities.',
            details: 'The Committee has requested a six monthly update on this issue. '.repeat(3),
            status: 'scheduled',
          },
        });
      }
      await lib.push(db, principal, { clientId, mutations });
    }
    const seedMs = performance.now() - started;
    return { officerToken, clientTokens, itemIds, seedMs };
  } finally {
    await db.close();
  }
}

async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server/main.mjs'], {
    cwd: root,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function stopServer(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function client(base, token) {
  const post = async (path, body) => {
    const started = performance.now();
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, ms: performance.now() - started, bytes: text.length, json: res.ok ? JSON.parse(text) : null };
  };
  return { post };
}

async function firstPull(base, token) {
  const { post } = client(base, token);
  const clientId = `c_first_${randomUUID().replace(/-/g, '')}`;
  const started = performance.now();
  let cursor = null;
  let rows = 0;
  let pages = 0;
  let bytes = 0;
  for (;;) {
    const res = await post('/sync/pull', { clientId, cursor });
    if (res.status !== 200) throw new Error(`first pull failed: ${res.status}`);
    rows += res.json.changes.length;
    bytes += res.bytes;
    pages++;
    cursor = res.json.cursor;
    if (!res.json.more) break;
  }
  return { ms: performance.now() - started, rows, pages, bytes, cursor };
}

async function emptySyncs(base, token, cursor) {
  const { post } = client(base, token);
  const clientId = `c_empty_${randomUUID().replace(/-/g, '')}`;
  const samples = [];
  for (let i = 0; i < args['empty-sync-runs']; i++) {
    const res = await post('/sync/pull', { clientId, cursor });
    if (res.status !== 200 || res.json.changes.length !== 0) throw new Error('empty sync was not empty');
    samples.push(res.ms);
  }
  return percentiles(samples);
}

/** One simulated app: every interval (± jitter) it pushes its pending edits, if any, then pulls. */
async function simulatedClient(base, token, cursor, itemIds, seedVersions, stopAt, stats) {
  // What this client has pulled since it started; before that it knows the synced state.
  const versions = new Map();
  const { post } = client(base, token);
  const clientId = `c_load_${randomUUID().replace(/-/g, '')}`;
  let seq = 0;
  await sleep(Math.random() * args.interval);
  while (performance.now() < stopAt) {
    const cycleStarted = performance.now();
    let failed = false;
    try {
      if (Math.random() < args['edit-rate']) {
        const mutations = [];
        const count = 1 + Math.floor(Math.random() * 3);
        for (let i = 0; i < count; i++) {
          const id = itemIds[Math.floor(Math.random() * itemIds.length)];
          mutations.push({
            seq: ++seq,
            op: 'patch',
            type: 'item',
            id,
            baseVersion: versions.get(id) ?? seedVersions.get(id) ?? 0,
            fields: { outcome: `Noted by ${clientId.slice(-6)} at ${Date.now()}` },
          });
        }
        const res = await post('/sync/push', { clientId, mutations });
        stats.push.push(res.ms);
        if (res.status !== 200) {
          failed = true;
          stats.errors[res.status] = (stats.errors[res.status] ?? 0) + 1;
          seq -= count;
        } else {
          stats.mutations += mutations.length;
          stats.conflicts += res.json.results.reduce((n, r) => n + (r.conflicts ?? 0), 0);
        }
      }
      let more = true;
      while (more && !failed) {
        const res = await post('/sync/pull', { clientId, cursor });
        stats.pull.push(res.ms);
        if (res.status !== 200) {
          failed = true;
          stats.errors[res.status] = (stats.errors[res.status] ?? 0) + 1;
          break;
        }
        for (const row of res.json.changes) versions.set(row.id, row.version);
        stats.rowsPulled += res.json.changes.length;
        cursor = res.json.cursor;
        more = res.json.more;
      }
    } catch (err) {
      failed = true;
      stats.errors.network = (stats.errors.network ?? 0) + 1;
      stats.lastError = String(err);
    }
    if (!failed) stats.cycle.push(performance.now() - cycleStarted);
    stats.cycles++;
    const wait = args.interval * (0.5 + Math.random()) - (performance.now() - cycleStarted);
    if (wait > 0) await sleep(Math.min(wait, Math.max(0, stopAt - performance.now())));
  }
}

async function load(base, tokens, cursor, itemIds, versions) {
  const stats = { push: [], pull: [], cycle: [], errors: {}, cycles: 0, mutations: 0, conflicts: 0, rowsPulled: 0 };
  const started = performance.now();
  const stopAt = started + args.duration * 1000;
  await Promise.all(tokens.map((token) => simulatedClient(base, token, cursor, itemIds, versions, stopAt, stats)));
  const seconds = (performance.now() - started) / 1000;
  const requests = stats.push.length + stats.pull.length;
  const errorCount = Object.values(stats.errors).reduce((a, b) => a + b, 0);
  return {
    clients: tokens.length,
    durationSeconds: round(seconds),
    intervalMs: args.interval,
    editRate: args['edit-rate'],
    requests,
    requestsPerSecond: round(requests / seconds),
    cycles: stats.cycles,
    mutationsApplied: stats.mutations,
    conflictNotices: stats.conflicts,
    rowsPulled: stats.rowsPulled,
    errors: errorCount,
    errorsByKind: stats.errors,
    ...(stats.lastError ? { lastError: stats.lastError } : {}),
    latencyMs: { push: percentiles(stats.push), pull: percentiles(stats.pull), syncCycle: percentiles(stats.cycle) },
  };
}

async function runBackend(lib, backend) {
  let storage;
  let serverEnv;
  let cleanup;
  if (backend === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'scrutineer-bench-'));
    storage = { dataDir: join(dir, 'pgdata') };
    serverEnv = { DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else if (backend === 'postgres') {
    if (!databaseUrl) return { skipped: 'no BENCH_DATABASE_URL / TEST_DATABASE_URL / DATABASE_URL' };
    const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    storage = { databaseUrl, databaseSchema: schema };
    serverEnv = { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    };
  } else {
    throw new Error(`Unknown backend ${backend}`);
  }
  try {
    process.stderr.write(`[${backend}] seeding ${args.items} items and ${args.clients} devices…\n`);
    const setup = await setUp(lib, storage);
    const { base, child } = await startServer(serverEnv);
    try {
      process.stderr.write(`[${backend}] first pull…\n`);
      const firsts = [];
      for (let i = 0; i < args['first-pull-runs']; i++) firsts.push(await firstPull(base, setup.officerToken));
      const last = firsts[firsts.length - 1];
      process.stderr.write(`[${backend}] empty syncs…\n`);
      const empty = await emptySyncs(base, setup.officerToken, last.cursor);
      // The load clients start where a synced app would: at the current cursor, knowing versions.
      const versions = new Map();
      const seed = await firstPullVersions(base, setup.officerToken);
      for (const [id, v] of seed) versions.set(id, v);
      process.stderr.write(`[${backend}] ${args.clients} clients for ${args.duration} s…\n`);
      const loadResult = await load(base, setup.clientTokens, last.cursor, setup.itemIds, versions);
      return {
        seed: { items: args.items, pushMs: round(setup.seedMs), mutationsPerSecond: round(args.items / (setup.seedMs / 1000)) },
        firstPull: {
          items: args.items,
          rows: last.rows,
          pages: last.pages,
          bytes: last.bytes,
          ms: firsts.map((f) => round(f.ms)),
          medianMs: round([...firsts.map((f) => f.ms)].sort((a, b) => a - b)[Math.floor(firsts.length / 2)]),
        },
        emptyIncrementalSyncMs: empty,
        load: loadResult,
      };
    } finally {
      await stopServer(child);
    }
  } finally {
    await cleanup();
  }
}

async function firstPullVersions(base, token) {
  const { post } = client(base, token);
  const clientId = `c_versions_${randomUUID().replace(/-/g, '')}`;
  const versions = new Map();
  let cursor = null;
  for (;;) {
    const res = await post('/sync/pull', { clientId, cursor, limit: 5000 });
    for (const row of res.json.changes) versions.set(row.id, row.version);
    cursor = res.json.cursor;
    if (!res.json.more) return versions;
  }
}

await buildServer();
const lib = await import('../dist/server/lib.mjs');
const results = {};
for (const backend of backends) results[backend] = await runBackend(lib, backend);
const report = {
  date: new Date().toISOString(),
  node: process.version,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: round(totalmem() / 2 ** 30) },
  config: { ...args, backends },
  notes: 'Server in its own process over HTTP on 127.0.0.1 with default rate limits; load generator in this process.',
  results,
};
const out = join(root, args.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.stderr.write(`Wrote ${out}\n`);
updateBenchmarksMd(report);

/** Rewrites the sync-service section of BENCHMARKS.md: both backends side by side. */
function updateBenchmarksMd(report) {
  const path = join(root, 'BENCHMARKS.md');
  if (!existsSync(path)) return;
  const names = Object.keys(report.results).filter((name) => !report.results[name].skipped);
  const cell = (fn) => names.map((name) => fn(report.results[name])).join(' | ');
  const lat = (l) => `${l.p50} / ${l.p99} ms`;
  const table = [
    `Measured ${report.date.slice(0, 10)} on ${report.machine.cpuModel}, ${report.machine.cpus} cores, ${report.machine.memoryGiB} GiB; Node ${report.node}. ${report.notes}`,
    '',
    `| figure | ${names.join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
    `| first pull of ${report.config.items} items (median; rows, pages) | ${cell((r) => `${r.firstPull.medianMs} ms (${r.firstPull.rows} rows, ${r.firstPull.pages} pages)`)} |`,
    `| empty incremental sync, p50 / p99 | ${cell((r) => lat(r.emptyIncrementalSyncMs))} |`,
    `| ${report.config.clients} clients for ${report.config.duration} s: push p50 / p99 | ${cell((r) => lat(r.load.latencyMs.push))} |`,
    `| ${report.config.clients} clients for ${report.config.duration} s: pull p50 / p99 | ${cell((r) => lat(r.load.latencyMs.pull))} |`,
    `| requests per second, errors | ${cell((r) => `${r.load.requestsPerSecond}/s, ${r.load.errors} errors`)} |`,
  ].join('\n');
  const text = readFileSync(path, 'utf8');
  const start = '<!-- bench:server:start -->';
  const end = '<!-- bench:server:end -->';
  const section = `${start}\n${table}\n${end}`;
  const updated = text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
    : `${text.trimEnd()}\n\n## Sync service (issue: work programme)\n\n\`npm run bench:server\` seeds ${report.config.items} work-programme items, starts the server in its own process and measures over HTTP on loopback: the first pull of everything, an empty incremental sync, and ${report.config.clients} simulated clients syncing about once a second (a fifth of syncs carry 1–3 edits) for ${report.config.duration} s, on each backend in one run.\n\n${section}\n`;
  writeFileSync(path, updated);
}
