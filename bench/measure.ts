// Load tests and the figures beside them: wrk (or autocannon where wrk is not installed)
// against a server, the same load against a bare node:http server answering the same
// bytes, and the server's memory.
import autocannon from 'autocannon';
import { execFile, fork, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DURATION = Number(process.env['BENCH_DURATION'] ?? 8);
export const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);

/** One load test's figures. */
export interface Load {
  rps: number;
  p50: number;
  p99: number;
}

/**
 * The load generator: wrk, a C program that leaves most of a core to the server, when it
 * is installed (apt-get install wrk); else autocannon, which runs in this Node process and
 * itself limits what it can measure (ratios near 1 then say more about it than the server).
 */
export const LOAD_TOOL: 'wrk' | 'autocannon' = spawnSync('wrk', ['--version']).error ? 'autocannon' : 'wrk';

const run = promisify(execFile);

function milliseconds(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : n;
}

async function wrk(url: string, seconds: number, headers: Record<string, string>): Promise<Load> {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  const { stdout } = await run('wrk', args, { maxBuffer: 1 << 20 });
  // Timeouts (wrk waits 2 s) are slow answers, counted in the latency; a wrong status is a broken run.
  const bad = /Non-2xx or 3xx responses: (\d+)/.exec(stdout);
  if (bad) throw new Error(`${url}: ${bad[0]}`);
  const percentile = (p: string) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(stdout);
    return m ? Math.round(milliseconds(m[1]!, m[2]!) * 100) / 100 : NaN;
  };
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? 0), p50: percentile('50'), p99: percentile('99') };
}

/** Loads `url` (after a 2 s warm-up); any error or non-2xx answer fails the run. */
export async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  if (LOAD_TOOL === 'wrk') {
    await wrk(url, 2, headers);
    return wrk(url, DURATION, headers);
  }
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * Resident memory (VmRSS, kB) of a process and each of its descendants (the workers of
 * `serve --workers N`), the process first (Linux). A process gone meanwhile is left out.
 */
export function rssByProcess(pid: number): Array<{ pid: number; kb: number }> {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [{ pid, kb }, ...children.flatMap(rssByProcess)];
  } catch {
    return [];
  }
}

/** The server's resident memory in MB, its worker processes included (Linux). */
export function rssMb(pid: number): number {
  return Math.round(rssByProcess(pid).reduce((sum, one) => sum + one.kb, 0) / 1024);
}

/** Measures a bare node:http server answering `body` as `type`, on `port`. */
export async function baseline(dir: string, port: number, body: Buffer, type: string): Promise<Load> {
  const file = join(dir, `baseline-${port}.bin`);
  writeFileSync(file, body);
  const child = fork(fileURLToPath(new URL('./baseline-server.mjs', import.meta.url)), [String(port), file, type], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  // It says when it listens; it exits when it cannot (the port taken by a leftover run, say).
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the baseline server on port ${port} stopped (exit ${code}) before listening`)));
  });
  try {
    return await load(`http://127.0.0.1:${port}/`);
  } finally {
    child.kill();
  }
}

/** One page's row: Dossier, the bare baseline of the same bytes, their ratio, and memory after. */
export interface PageFigure extends Load {
  name: string;
  path: string;
  bytes: number;
  baselineRps: number;
  ratio: number;
  rssMb: number;
}

/**
 * Measures each page against its own baseline: on the `cached` server (page cache on, as
 * sites run), or for `uncached` rows on a server with its page cache off (PAGE_CACHE_MB=0),
 * so that every request is rendered.
 */
export async function measurePages(
  dir: string,
  servers: { cached: { base: string; pid: number }; uncached: { base: string; pid: number } },
  pages: Array<{ name: string; path: string; uncached?: boolean }>,
  baselinePort: number,
): Promise<PageFigure[]> {
  const rows: PageFigure[] = [];
  const baselines = new Map<string, number>();
  for (const page of pages) {
    const server = page.uncached ? servers.uncached : servers.cached;
    const url = server.base + page.path;
    const first = await fetch(url);
    const body = Buffer.from(await first.arrayBuffer());
    if (first.status !== 200) throw new Error(`${page.path} answered ${first.status}`);
    let baselineRps = baselines.get(page.path);
    if (baselineRps === undefined) {
      baselineRps = (await baseline(dir, baselinePort, body, first.headers.get('content-type') ?? 'text/html')).rps;
      baselines.set(page.path, baselineRps);
    }
    const result = await load(url);
    rows.push({ ...result, name: page.name, path: page.path, bytes: body.length, baselineRps, ratio: result.rps / baselineRps, rssMb: rssMb(server.pid) });
    const row = rows.at(-1)!;
    console.log(`  ${page.name.padEnd(26)} ${row.rps.toFixed(0).padStart(7)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(5)} ms  baseline ${baselineRps.toFixed(0).padStart(6)} req/s  ratio ${row.ratio.toFixed(3)}  RSS ${row.rssMb} MB`);
  }
  return rows;
}

/** Where a run's figures are kept, as JSON. */
export function saveResults(name: string, data: unknown): string {
  const file = fileURLToPath(new URL(`./results/${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
