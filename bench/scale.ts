// npm run bench:scale: the same pages at 1,000, 10,000 and 100,000 articles (ten comments
// an article: a million at 100,000), on SQLite and PostgreSQL, each against a bare
// node:http server answering the same bytes; start-up time and memory; import throughput.
// Figures, not pass/fail. Sizes and engines: BENCH_SCALE_SIZES, BENCH_SCALE_ENGINES.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../src/config/database-url.js';
import { bulkGenerate } from './bulk-generate.js';
import { benchImport } from './import.js';
import { CONNECTIONS, DURATION, LOAD_TOOL, measurePages, saveResults, type PageFigure } from './measure.js';
import { startBenchServer } from './server.js';
import { benchStaticExport, describeStaticExport, type StaticExportFigures } from './static-export.js';

const SIZES = (process.env['BENCH_SCALE_SIZES'] ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
const ENGINES = (process.env['BENCH_SCALE_ENGINES'] ?? 'sqlite,postgres').split(',').filter((e) => e === 'sqlite' || e === 'postgres');
const POSTGRES = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const COMMENTS_PER_ARTICLE = 10;
// The static export is timed at sizes up to this (the target is set at 10,000 articles; at 100,000 it writes 250,000 files).
const STATIC_EXPORT_MAX = Number(process.env['BENCH_STATIC_EXPORT_MAX'] ?? 10_000);

async function freshTarget(engine: string, dir: string, size: number): Promise<{ target: DatabaseTarget; url: string; drop(): Promise<void> }> {
  if (engine === 'sqlite') {
    const path = join(dir, `scale-${size}.db`);
    return { target: { engine: 'sqlite', path }, url: `sqlite:${path}`, drop: async () => undefined };
  }
  const database = `bench_${size}_${process.pid}`;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`drop database if exists ${database}`);
  await admin.query(`create database ${database}`);
  await admin.end();
  const url = POSTGRES.replace(/\/[^/]*$/, `/${database}`);
  return {
    target: { engine: 'postgres', url },
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      await client.query(`drop database if exists ${database}`);
      await client.end();
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-scale-'));
const runs: Array<{ engine: string; articles: number; comments: number; generateSeconds: { rows: number; derived: number }; firstAnswerMs: number; pages: PageFigure[]; staticExport: StaticExportFigures | null }> = [];
try {
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'ignore' });
  if (built.status !== 0) throw new Error('npm run build failed');
  for (const engine of ENGINES) {
    for (const size of SIZES) {
      const fresh = await freshTarget(engine, dir, size);
      try {
        console.log(`\n${size.toLocaleString('en')} articles, ${(size * COMMENTS_PER_ARTICLE).toLocaleString('en')} comments, ${engine}: generating…`);
        const archive = await bulkGenerate(fresh.target, size, COMMENTS_PER_ARTICLE);
        console.log(`  rows ${archive.seconds.rows.toFixed(1)} s, lists and related lists ${archive.seconds.derived.toFixed(1)} s`);
        const server = await startBenchServer(fresh.url, 3450, ['--no-demo', '--workers', '1']);
        // Background jobs run in the first server only (two job runners on one archive slowed one run's pages).
        const uncachedServer = await startBenchServer(fresh.url, 3451, ['--no-demo', '--workers', '1', '--no-worker'], { PAGE_CACHE_MB: '0' });
        console.log(`  first answer ${server.firstAnswerMs.toFixed(0)} ms after start; ${LOAD_TOOL}, ${CONNECTIONS} connections, ${DURATION} s a page`);
        const article = `/${archive.middle.publishedAt.slice(0, 4)}/${archive.middle.publishedAt.slice(5, 7)}/${archive.middle.slug}`;
        let pages: PageFigure[];
        try {
          pages = await measurePages(dir, { cached: server, uncached: uncachedServer }, [
            { name: 'home', path: '/', uncached: true },
            { name: 'article, cached', path: article },
            { name: 'article, uncached', path: article, uncached: true },
            { name: 'section, page 1', path: '/section/city', uncached: true },
            // Deep in a section of a fifth of the archive: page 10 at 1,000 articles, 1,000 at 100,000.
            { name: `section, page ${Math.max(2, Math.floor(size / 100))}`, path: `/section/science/page/${Math.max(2, Math.floor(size / 100))}`, uncached: true },
            { name: 'tag', path: '/tag/tag-3', uncached: true },
            { name: 'author', path: '/author/writer-2', uncached: true },
            { name: 'search, common word', path: '/search?q=water', uncached: true },
            { name: 'site RSS', path: '/feed.xml', uncached: true },
            { name: 'article sitemap', path: '/sitemaps/articles-1.xml', uncached: true },
          ], 3459);
        } finally {
          await server.stop();
          await uncachedServer.stop();
        }
        // As a user runs it: the built CLI in a child process (bench/static-export.ts).
        const staticExport = size <= STATIC_EXPORT_MAX ? await benchStaticExport(fresh.url) : null;
        if (staticExport) {
          console.log(`  static export, share cards drawn: ${describeStaticExport(staticExport.first)}`);
          console.log(`  static export, share cards kept:  ${describeStaticExport(staticExport.cardsKept)}`);
        }
        runs.push({ engine, articles: size, comments: archive.comments, generateSeconds: archive.seconds, firstAnswerMs: server.firstAnswerMs, pages, staticExport });
      } finally {
        await fresh.drop();
      }
    }
  }
  const importSizes = (process.env['BENCH_IMPORT_POSTS'] ?? '2000,10000').split(',').map(Number).filter((n) => n > 0);
  console.log('\nWordPress import (generated WXR: 6 paragraphs, 3 plain-text notes and 2 threaded comments a post; SQLite)');
  const imports = await benchImport(importSizes);
  for (const row of imports) {
    console.log(`  ${String(row.posts).padStart(6)} posts (${row.mb.toFixed(1)} MB): ${row.seconds.toFixed(1)} s, ${row.perSecond.toFixed(0)} posts/s, peak memory ${row.maxRssMb.toFixed(0)} MB`);
  }
  const file = saveResults('scale', { date: new Date().toISOString(), node: process.version, cpus: cpus().length, tool: LOAD_TOOL, connections: CONNECTIONS, durationSeconds: DURATION, runs, imports });
  console.log(`\nSaved ${file}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
