// Discovery figures: search at 10,000 articles (p50/p99), feed and sitemap generation,
// and the cost of recomputing every "You may also like" list.
import autocannon from 'autocannon';
import { join } from 'node:path';
import { generateSite, timeRelatedRefresh } from './generate.js';
import { startBenchServer } from './server.js';

const SEARCHES = ['water', 'reservoir council', '"water reservoir"', 'pend*', 'tagalong kaloter', 'bridge flood drought'];

/** Runs the discovery benchmarks in `dir`; `load` is the shared autocannon wrapper of run.ts. */
export async function benchDiscovery(dir: string, duration: number, connections: number): Promise<void> {
  const small = join(dir, 'related-1k.db');
  await generateSite(small, 1000);
  const relatedSmall = await timeRelatedRefresh(small);
  const big = join(dir, 'search-10k.db');
  const generated = await generateSite(big, 10_000);
  const relatedBig = await timeRelatedRefresh(big);
  const relatedOne = await timeRelatedRefresh(big, 5000);
  console.log('\nDiscovery data, SQLite');
  console.log(`  10,000 articles generated and indexed: ${(generated.ms / 1000).toFixed(1)} s`);
  console.log(`  recompute every related list, 1,000 articles:  ${relatedSmall.toFixed(0)} ms`);
  console.log(`  recompute every related list, 10,000 articles: ${relatedBig.toFixed(0)} ms`);
  console.log(`  related lists after one save, 10,000 articles: ${relatedOne.toFixed(0)} ms (only the lists it enters or leaves)`);

  const server = await startBenchServer(big, 3392, ['--no-demo']);
  try {
    const run = async (name: string, paths: string[], conns = connections) => {
      const result = await autocannon({ url: server.base, connections: conns, duration, requests: paths.map((path) => ({ method: 'GET', path })) });
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
    };
    console.log(`\nSearch and feeds at 10,000 articles: autocannon, ${connections} connections, ${duration} s each, SQLite`);
    // Latency of one search on its own (1 connection), then throughput under load.
    const targets: Array<[string, string[], number?]> = [
      ['baseline /healthz', ['/healthz']],
      ['search, 1 connection', SEARCHES.map((q) => `/search?${new URLSearchParams({ q })}`), 1],
      [`search (${SEARCHES.length} queries)`, SEARCHES.map((q) => `/search?${new URLSearchParams({ q })}`)],
      ['search, filtered', SEARCHES.map((q) => `/search?${new URLSearchParams({ q, section: 'city', from: '2025-01-01' })}`)],
      ['RSS feed (full)', ['/feed.xml']],
      ['JSON feed, tag', ['/tag/tag-3/feed.json']],
      ['sitemap, 10k URLs', ['/sitemaps/articles-1.xml']],
    ];
    let baseline = 0;
    for (const [name, paths, conns] of targets) {
      const r = await run(name, paths, conns);
      if (baseline === 0) baseline = r.rps;
      console.log(`  ${name.padEnd(24)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(4)} ms  ratio to baseline ${(r.rps / baseline).toFixed(3)}`);
    }
  } finally {
    await server.stop();
  }
}
