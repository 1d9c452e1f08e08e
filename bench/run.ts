// npm run bench: figures, not pass/fail. Each page is measured against a bare node:http
// server answering the same bytes in the same run (the load generator shares this
// machine's cores with the server, so only ratios compare across machines).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoContent } from '../src/demo/content.js';
import { benchLint } from './lint.js';
import { CONNECTIONS, DURATION, LOAD_TOOL, measurePages, saveResults } from './measure.js';
import { startBenchServer } from './server.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const lint = benchLint();
console.log('\nCitation lint + parse (in process, after warm-up; target under 50 ms)');
console.log(`  ${lint.words} words, ${lint.notes} notes: median ${lint.median.toFixed(1)} ms, p90 ${lint.p90.toFixed(1)} ms`);

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
try {
  const db = `sqlite:${join(dir, 'bench.db')}`;
  // First start seeds the demo; later starts measure a server opening an existing site.
  const first = await startBenchServer(db, 3390);
  await first.stop();
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const server = await startBenchServer(db, 3390);
    starts.push(server.firstAnswerMs);
    await server.stop();
  }
  console.log('\nStart-up (spawn → first 200 on /), compiled build, SQLite');
  console.log(`  first run, seeding demo content: ${first.firstAnswerMs.toFixed(0)} ms`);
  console.log(`  demo database, median of 5:      ${median(starts).toFixed(0)} ms (runs: ${starts.map((s) => s.toFixed(0)).join(', ')})`);

  // One process each, like the baseline: one with the page cache, one without (every request rendered).
  // Only the first runs background jobs, so the measured pages never share a database with two job runners.
  const server = await startBenchServer(db, 3391, ['--workers', '1']);
  const uncachedServer = await startBenchServer(db, 3392, ['--workers', '1', '--no-worker'], { PAGE_CACHE_MB: '0' });
  const article = demoContent.articles.find((a) => (a.status ?? 'published') === 'published' && a.body.length > 2000)!;
  const articlePath = `/${article.publishedAt.slice(0, 4)}/${article.publishedAt.slice(5, 7)}/${article.slug}`;
  console.log(`\nDemo site, SQLite: ${LOAD_TOOL}, ${CONNECTIONS} connections, ${DURATION} s after a 2 s warm-up; baseline: node:http with the same bytes`);
  let pages;
  try {
    pages = await measurePages(dir, { cached: server, uncached: uncachedServer }, [
      { name: 'home, cached', path: '/' },
      { name: 'home, uncached', path: '/', uncached: true },
      { name: 'article, cached', path: articlePath },
      { name: 'article, uncached', path: articlePath, uncached: true },
      { name: 'section, cached', path: '/section/water' },
      { name: 'section, uncached', path: '/section/water', uncached: true },
      { name: 'search, cached', path: '/search?q=water' },
      { name: 'search, uncached', path: '/search?q=water', uncached: true },
      { name: 'RSS, cached', path: '/feed.xml' },
      { name: 'RSS, uncached', path: '/feed.xml', uncached: true },
      { name: 'sitemap, cached', path: '/sitemaps/articles-1.xml' },
      { name: 'sitemap, uncached', path: '/sitemaps/articles-1.xml', uncached: true },
    ], 3399);
  } finally {
    await server.stop();
    await uncachedServer.stop();
  }
  const file = saveResults('bench', {
    date: new Date().toISOString(), node: process.version, cpus: cpus().length, tool: LOAD_TOOL, connections: CONNECTIONS, durationSeconds: DURATION,
    lint, startup: { seedingMs: first.firstAnswerMs, medianMs: median(starts), runsMs: starts }, pages,
  });
  console.log(`\nSaved ${file}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
