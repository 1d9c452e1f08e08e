// npx tsx bench/content-api.ts: Content API answers at 1,000 and 10,000 articles on SQLite
// (sizes: BENCH_API_SIZES), in process (fastify.inject), median of 30 requests each. The
// figures that matter are the ratios between sizes: an answer should cost the same at both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/http/app.js';
import { openSite } from '../src/main.js';
import { bulkGenerate } from './bulk-generate.js';

const SIZES = (process.env['BENCH_API_SIZES'] ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const RUNS = 30;
const QUERIES: Array<[string, string]> = [
  ['browse, tags+authors', 'posts/?include=tags,authors'],
  ['browse, page 40', 'posts/?page=40'],
  ['limit=all (100)', 'posts/?limit=all&include=tags,authors'],
  ['filter tag:', 'posts/?filter=tag:tag-3'],
  ['filter tag+author', 'posts/?filter=tag:tag-3%2Bauthor:writer-2'],
  ['filter tag,author (or)', 'posts/?filter=tag:tag-3,author:writer-2'],
  ['filter primary_tag:', 'posts/?filter=primary_tag:city'],
  ['read by slug', 'posts/slug/article-10/'],
  ['tags, count.posts', 'tags/?include=count.posts&limit=all'],
];

const dir = mkdtempSync(join(tmpdir(), 'dossier-api-bench-'));
const rows: Record<string, Record<number, number>> = {};
try {
  for (const size of SIZES) {
    const target = { engine: 'sqlite' as const, path: join(dir, `api-${size}.db`) };
    await bulkGenerate(target, size, 0);
    const site = await openSite(target);
    const app = await buildApp({ services: site.services, siteUrl: 'http://bench.test' });
    const { secret } = await site.services.contentApi.keys.add('bench');
    for (const [label, path] of QUERIES) {
      const url = `/ghost/api/content/${path}${path.includes('?') ? '&' : '?'}key=${secret}`;
      const times: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const start = performance.now();
        const response = await app.inject(url);
        if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
        if (i >= 3) times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      (rows[label] ??= {})[size] = times[Math.floor(times.length / 2)]!;
    }
    await app.close();
    await site.close();
  }
  const [small, large] = [SIZES[0]!, SIZES.at(-1)!];
  console.log(`median ms of ${RUNS} requests, SQLite, in process`);
  console.log(['answer'.padEnd(26), ...SIZES.map((s) => `${s.toLocaleString('en')}`.padStart(9)), 'ratio'.padStart(7)].join(' '));
  for (const [label, bySize] of Object.entries(rows)) {
    console.log([label.padEnd(26), ...SIZES.map((s) => bySize[s]!.toFixed(2).padStart(9)), (bySize[large]! / bySize[small]!).toFixed(2).padStart(7)].join(' '));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
