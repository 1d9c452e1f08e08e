// npm run soak: SOAK_SECONDS (60) of mixed traffic at SOAK_CONNECTIONS (50) on each engine of
// SOAK_ENGINES (sqlite,postgres), against the compiled server as sites run it (`serve`, its
// default workers). Each connection draws every request at random from one mix: pages,
// feeds and sitemaps, searches, comment posts and admin saves. It reports answers by status,
// p50/p99 latency by kind and the server's memory every 5 s, saves the figures in
// bench/results/soak-*.json, and exits 1 when anything unintended was seen, so it can serve
// as a check (it is not part of npm test).
//
// Intended answers, by request (anything else is an error, listed with a sample):
//   pages, feeds, sitemaps, searches          200
//   comment post                              303 (taken, held or marked spam), or 429: the
//                                             per-IP limit (5 a minute; all traffic is from 127.0.0.1)
//   admin autosave of a draft                 200 (the connection holding the draft sends its latest version)
//   admin editor save of a draft              303
//   admin autosave of a published article     200 (kept as a revision; its version does not move)
//   admin save with a stale version on purpose 409 (the conflict answer, never an overwrite)
// Also errors: a request with no answer (timeout, reset), any socket error, a server that exits.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../test/support/cli.js';
import { rssByProcess, saveResults } from './measure.js';
import { startBenchServer, type BenchServer } from './server.js';
import { KINDS, plan, settleDrafts, type Kind, type Planned } from './soak-mix.js';
import { discover, excerpt, type Site } from './soak-site.js';

function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number from ${min}, got "${raw}".`);
  return value;
}

const SECONDS = setting('SOAK_SECONDS', 60, 1);
const CONNECTIONS = setting('SOAK_CONNECTIONS', 50, 1);
const WARMUP_SECONDS = setting('SOAK_WARMUP_SECONDS', 5, 0);
const ENGINES = (process.env['SOAK_ENGINES'] ?? 'sqlite,postgres').split(',').map((e) => e.trim()).filter(Boolean);
for (const engine of ENGINES) {
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`SOAK_ENGINES lists "${engine}"; use sqlite, postgres or both (sqlite,postgres).`);
}
const POSTGRES = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const SAMPLE_MS = 5_000;
const TIMEOUT_SECONDS = 10;
const DRAFTS = Math.min(10, CONNECTIONS);
// `serve --workers N`; unset, serve's own default (one process per core), as sites run it.
const WORKERS = process.env['SOAK_WORKERS'] ? setting('SOAK_WORKERS', 1, 1) : null;

// ---------------------------------------------------------------------------------------
// Counting.

interface ErrorGroup {
  kind: Kind;
  name: string;
  answer: number | 'no answer';
  count: number;
  samples: Array<{ method: string; path: string; body: string }>;
}

interface KindFigures {
  requests: number;
  p50: number;
  p99: number;
  answers: Record<string, number>;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! * 10) / 10;
}

/** Latencies and answers of one group of requests. */
class Group {
  readonly latencies: number[] = [];
  readonly answers = new Map<number, number>();

  add(status: number, ms: number): void {
    this.latencies.push(ms);
    this.answers.set(status, (this.answers.get(status) ?? 0) + 1);
  }

  figures(): KindFigures {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return { requests: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), answers: Object.fromEntries([...this.answers].sort(([a], [b]) => a - b)) };
  }
}

class Tally {
  readonly all = new Group();
  readonly kinds = new Map<Kind, Group>(KINDS.map((k) => [k, new Group()]));
  readonly names = new Map<string, Group>();
  readonly errors = new Map<string, ErrorGroup>();

  answered(p: Planned, status: number, body: string, ms: number): void {
    this.all.add(status, ms);
    this.kinds.get(p.kind)!.add(status, ms);
    const named = this.names.get(p.name) ?? new Group();
    named.add(status, ms);
    this.names.set(p.name, named);
    if (!p.expect.includes(status)) this.error(p, status, excerpt(body));
  }

  error(p: Planned, answer: number | 'no answer', body: string): void {
    const key = `${p.name} ${answer}`;
    const group = this.errors.get(key) ?? { kind: p.kind, name: p.name, answer, count: 0, samples: [] };
    group.count++;
    if (group.samples.length < 3 && !group.samples.some((s) => s.path === p.path)) group.samples.push({ method: p.method, path: p.path, body });
    this.errors.set(key, group);
  }

  figures(): { all: KindFigures; kinds: Record<Kind, KindFigures>; names: Record<string, KindFigures> } {
    return {
      all: this.all.figures(),
      kinds: Object.fromEntries(KINDS.map((k) => [k, this.kinds.get(k)!.figures()])) as Record<Kind, KindFigures>,
      names: Object.fromEntries([...this.names].map(([name, group]) => [name, group.figures()])),
    };
  }
}

/** One phase of load: every connection draws each request from the mix. */
async function drive(site: Site, seconds: number, tally: Tally): Promise<autocannon.Result> {
  // Per connection, the request in flight. autocannon hands each connection a context that
  // it clears after every request of a one-entry list, so the connection's number is put
  // back into it by setupClient, and its state lives here.
  const inFlight: Array<(Planned & { started: number }) | null> = [];
  const connectionOf = (context: object): number => {
    const c = context as { connection?: number };
    if (c.connection === undefined) {
      c.connection = inFlight.length;
      inFlight.push(null);
    }
    return c.connection;
  };
  return autocannon({
    url: site.base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: TIMEOUT_SECONDS,
    setupClient: (client) => {
      const iterator = (client as unknown as { requestIterator: { context: object; initialContext: object } }).requestIterator;
      iterator.initialContext = { connection: connectionOf(iterator.context) };
    },
    requests: [{
      setupRequest: (request, context) => {
        const connection = connectionOf(context);
        const previous = inFlight[connection];
        if (previous) {
          // The connection moved on without an answer: a timeout or a reset.
          tally.error(previous, 'no answer', '');
          previous.settle?.(null, '');
        }
        const next = plan(site);
        inFlight[connection] = { ...next, started: performance.now() };
        return { ...request, method: next.method, path: next.path, headers: { ...next.headers }, body: next.body ?? Buffer.alloc(0) };
      },
      onResponse: (status, body, context) => {
        const connection = connectionOf(context);
        const current = inFlight[connection];
        if (!current) return;
        inFlight[connection] = null;
        tally.answered(current, status, body, performance.now() - current.started);
        current.settle?.(status, body);
      },
    }],
  });
}

// ---------------------------------------------------------------------------------------
// One engine.

interface Memory {
  /** Seconds into the run and the server's RSS then, workers included (MB). */
  samples: Array<{ second: number; mb: number; processes: Array<{ pid: number; mb: number }> }>;
}

function memory(pid: number, second: number): Memory['samples'][number] {
  const processes = rssByProcess(pid).map((p) => ({ pid: p.pid, mb: Math.round(p.kb / 1024) }));
  return { second, mb: processes.reduce((sum, p) => sum + p.mb, 0), processes };
}

async function freshDatabase(engine: string, dir: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (engine === 'sqlite') return { url: `sqlite:${join(dir, 'soak.db')}`, drop: async () => undefined };
  // A database of its own: DATABASE_URL has no way to name a schema, and the migration table must not be shared.
  const database = `soak_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const url = new URL(POSTGRES);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      await client.query(`drop database if exists ${database} with (force)`);
      await client.end();
    },
  };
}

async function soak(engine: string, dir: string) {
  const fresh = await freshDatabase(engine, dir);
  let server: BenchServer | undefined;
  try {
    server = await startBenchServer(fresh.url, await freePort(), WORKERS ? ['--workers', String(WORKERS)] : [], {}, { captureOutput: true });
    const afterStart = memory(server.pid, 0);
    const site = await discover(server.base, fresh.url, DRAFTS);
    const processes = afterStart.processes.length;
    console.log(`\n${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: serve (${processes} process${processes === 1 ? '' : 'es'}), ${site.articles.length} articles, ${site.commentForms.length} comment forms, ${site.drafts.length} drafts; ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s at ${CONNECTIONS} connections`);

    const warmup = new Tally();
    const warmupResult = WARMUP_SECONDS > 0 ? await drive(site, WARMUP_SECONDS, warmup) : null;
    await settleDrafts(site);
    const samples: Memory['samples'] = [memory(server.pid, 0)];
    const tally = new Tally();
    const started = performance.now();
    const pid = server.pid;
    const sampler = setInterval(() => samples.push(memory(pid, Math.round((performance.now() - started) / 1000))), SAMPLE_MS);
    let result: autocannon.Result;
    try {
      result = await drive(site, SECONDS, tally);
    } finally {
      clearInterval(sampler);
    }
    const end = memory(server.pid, Math.round((performance.now() - started) / 1000));
    if (samples.at(-1)!.second !== end.second) samples.push(end);
    const alive = server.child.exitCode === null && server.child.signalCode === null;

    const errors = [...warmup.errors.values()].map((e) => ({ ...e, phase: 'warm-up' })).concat([...tally.errors.values()].map((e) => ({ ...e, phase: 'run' })));
    // autocannon's errors include its timeouts.
    const socket = [warmupResult, result].reduce((sum, r) => sum + (r ? r.errors : 0), 0);
    const { all, kinds, names } = tally.figures();
    const figures = {
      engine,
      processes,
      seconds: SECONDS,
      connections: CONNECTIONS,
      requests: all.requests,
      perSecond: Math.round(all.requests / SECONDS),
      p50: all.p50,
      p99: all.p99,
      answers: all.answers,
      kinds,
      names,
      autocannon: { requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, p50: result.latency.p50, p99: result.latency.p99, warmupErrors: warmupResult ? warmupResult.errors : 0 },
      memory: { afterStartMb: afterStart.mb, startMb: samples[0]!.mb, endMb: end.mb, growthMb: end.mb - samples[0]!.mb, samples },
      serverAlive: alive,
      draftsRetired: site.drafts.filter((d) => d.state === 'retired').length,
      errors,
      errorCount: errors.reduce((sum, e) => sum + e.count, 0) + socket + (alive ? 0 : 1),
      serverOutput: '',
      serverLog: [] as string[],
    };
    report(figures);
    if (figures.errorCount > 0) {
      const output = server.output();
      figures.serverOutput = output.slice(-20_000);
      figures.serverLog = logSummary(output);
      const logged = figures.serverLog;
      if (logged.length > 0) console.log(`  server log (warnings and errors, by message):\n${logged.map((l) => `    ${l}`).join('\n')}`);
    }
    return figures;
  } finally {
    await server?.stop();
    await fresh.drop();
  }
}

// ---------------------------------------------------------------------------------------
// The table.

/** The server's log lines (pino JSON) grouped by what they say: count, message, error and where it was thrown. */
function logSummary(output: string): string[] {
  const groups = new Map<string, number>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { type?: string; code?: string; message?: string; stack?: string } };
      const err = entry.err;
      const at = err?.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim() ?? '';
      const key = `level ${entry.level}: ${entry.msg ?? ''}${err ? ` — ${err.type ?? 'Error'}${err.code ? ` ${err.code}` : ''}: ${err.message ?? ''}${at ? ` (${at})` : ''}` : ''}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    } catch {
      // not a log line
    }
  }
  return [...groups].map(([key, count]) => `${count}× ${key}`);
}

const num = (value: number) => value.toLocaleString('en');
const answersText = (answers: Record<string, number>) => Object.entries(answers).map(([status, count]) => `${status}×${num(count)}`).join(' ');

function report(f: Awaited<ReturnType<typeof soak>>): void {
  console.log(`  ${num(f.requests)} requests, ${num(f.perSecond)}/s`);
  console.log(`  ${'kind'.padEnd(8)} ${'requests'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}  answers`);
  for (const kind of KINDS) {
    const k = f.kinds[kind];
    console.log(`  ${kind.padEnd(8)} ${num(k.requests).padStart(9)} ${String(k.p50).padStart(8)} ${String(k.p99).padStart(8)}  ${answersText(k.answers)}`);
  }
  console.log(`  ${'all'.padEnd(8)} ${num(f.requests).padStart(9)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)}  ${answersText(f.answers)}`);
  console.log('  by request:');
  for (const [name, k] of Object.entries(f.names).sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`    ${name.padEnd(34)} ${num(k.requests).padStart(7)} ${String(k.p50).padStart(8)} ${String(k.p99).padStart(8)}  ${answersText(k.answers)}`);
  }
  const m = f.memory;
  console.log(`  memory (RSS, all server processes): ${m.afterStartMb} MB after start, ${m.startMb} MB after warm-up, ${m.endMb} MB at the end (${m.growthMb >= 0 ? '+' : ''}${m.growthMb} MB)`);
  console.log(`    every ${SAMPLE_MS / 1000} s: ${m.samples.map((s) => `${s.second}s ${s.mb}`).join(', ')} MB`);
  console.log(`    by process at the end: ${m.samples.at(-1)!.processes.map((p) => `pid ${p.pid} ${p.mb} MB`).join(', ')}`);
  if (!f.serverAlive) console.log('  ERROR: the server exited during the run');
  if (f.autocannon.errors + f.autocannon.warmupErrors > 0) {
    console.log(`  ERROR: autocannon counted ${f.autocannon.errors} socket errors, ${f.autocannon.timeouts} of them timeouts (and ${f.autocannon.warmupErrors} errors in the warm-up)`);
  }
  if (f.errors.length === 0) {
    console.log('  errors: none');
    return;
  }
  console.log(`  ERRORS (${num(f.errors.reduce((sum, e) => sum + e.count, 0))}):`);
  for (const e of f.errors) {
    console.log(`    ${e.phase}: ${e.name} answered ${e.answer} ×${num(e.count)}`);
    for (const s of e.samples) console.log(`      ${s.method} ${s.path}${s.body ? ` — ${s.body}` : ''}`);
  }
}

// ---------------------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'dossier-soak-'));
const runs: Array<Awaited<ReturnType<typeof soak>>> = [];
try {
  for (const engine of ENGINES) runs.push(await soak(engine, dir));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const file = saveResults('soak', { date: new Date().toISOString(), node: process.version, cpus: cpus().length, seconds: SECONDS, connections: CONNECTIONS, warmupSeconds: WARMUP_SECONDS, runs });
console.log(`\nSaved ${file}`);
const failed = runs.filter((r) => r.errorCount > 0);
if (failed.length > 0) {
  console.log(`Soak FAILED on ${failed.map((r) => r.engine).join(', ')}: ${failed.map((r) => `${num(r.errorCount)} errors`).join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`Soak passed: no unintended answers on ${runs.map((r) => r.engine).join(', ')}`);
}