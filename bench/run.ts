// npm run bench: figures, not pass/fail. Throughput is reported as a ratio against a
// baseline endpoint (/healthz, no database, no rendering) measured in the same run,
// because the load generator shares this machine's cores with the server.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoContent } from '../src/demo/content.js';
import { benchLint } from './lint.js';
import { benchDiscovery } from './discovery.js';
import { benchImport } from './import.js';
import { startBenchServer } from './server.js';

const DURATION = Number(process.env['BENCH_DURATION'] ?? 8);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 20);

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const lint = benchLint();
console.log('\nCitation lint + parse (in process, after warm-up; target under 50 ms)');
console.log(`  ${lint.words} words, ${lint.notes} notes: median ${lint.median.toFixed(1)} ms, p90 ${lint.p90.toFixed(1)} ms`);

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
try {
  const db = join(dir, 'bench.db');
  // First start seeds the demo; later starts measure a server opening an existing site.
  const first = await startBenchServer(db, 3390);
  await first.stop();
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const server = await startBenchServer(db, 3390);
    starts.push(server.firstAnswerMs);
    await server.stop();
  }
  console.log('\nStartup (spawn → first 200 on /), compiled build, SQLite');
  console.log(`  first run, seeding demo content: ${first.firstAnswerMs.toFixed(0)} ms`);
  console.log(`  demo database, median of 5:      ${median(starts).toFixed(0)} ms (runs: ${starts.map((s) => s.toFixed(0)).join(', ')})`);

  const server = await startBenchServer(db, 3391);
  const article = demoContent.articles.find((a) => (a.status ?? 'published') === 'published' && a.body.length > 2000)!;
  const targets: Array<[string, string]> = [
    ['baseline /healthz', '/healthz'],
    ['home page', '/'],
    ['article page', `/${article.publishedAt.slice(0, 4)}/${article.publishedAt.slice(5, 7)}/${article.slug}`],
    ['section page', '/section/water'],
  ];
  console.log(`\nThroughput: autocannon, ${CONNECTIONS} connections, ${DURATION} s each, SQLite`);
  let baseline = 0;
  for (const [name, path] of targets) {
    const r = await load(server.base + path);
    if (baseline === 0) baseline = r.rps;
    console.log(`  ${name.padEnd(20)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(4)} ms  ratio to baseline ${(r.rps / baseline).toFixed(3)}`);
  }
  await server.stop();

  await benchDiscovery(dir, DURATION, CONNECTIONS);

  const sizes = (process.env['BENCH_IMPORT_POSTS'] ?? '2000,10000').split(',').map(Number).filter((n) => n > 0);
  console.log('\nWordPress import (generated WXR: 6 paragraphs, 3 plain-text notes and 2 threaded comments a post; SQLite)');
  for (const row of await benchImport(sizes)) {
    console.log(`  ${String(row.posts).padStart(6)} posts (${row.mb.toFixed(1)} MB): ${row.seconds.toFixed(1)} s, ${row.perSecond.toFixed(0)} posts/s, peak memory ${row.maxRssMb.toFixed(0)} MB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
