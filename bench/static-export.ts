// Static export throughput: `dossier export static` of an archive, in this process (the
// worker threads are threads of it, so its peak RSS counts them). Run it standalone with
//   npx tsx bench/static-export.ts sqlite:/path/to/site.db [workers]
// (generate a site with bench/bulk-generate.ts); bench/scale.ts reports it for each size.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkerPool } from '../src/cli/static-export-pool.js';
import type { DatabaseTarget } from '../src/config/database-url.js';
import { parseDatabaseUrl } from '../src/config/database-url.js';
import { exportStaticSite } from '../src/export/static/export-static-site.js';
import { openStaticSite, planStaticExport } from '../src/main.js';

/** What one export measured. */
export interface StaticExportFigure {
  files: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
}

/** Exports the site at `target` into a scratch folder with `workers` worker threads (0: this thread) and measures it. */
export async function benchStaticExport(target: DatabaseTarget, workers = availableParallelism()): Promise<StaticExportFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-static-bench-'));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const siteUrl = 'https://bench.example.org';
  const started = performance.now();
  const opened = await openStaticSite(target, {}, siteUrl, dir);
  try {
    const plan = await planStaticExport(opened.site);
    const pool = workers > 0 ? await startWorkerPool(workers, { target, options: {}, siteUrl, dir }) : null;
    try {
      const summary = await exportStaticSite({ dir, paths: plan.paths, made: plan.made, renderers: pool ? pool.renderers : [opened.renderer], incremental: false, siteUrl, now: () => new Date() });
      const seconds = (performance.now() - started) / 1000;
      return { files: summary.files, pages: summary.pages, seconds, pagesPerSecond: summary.pages / seconds, peakRssMb: peak / 1024 / 1024 };
    } finally {
      await pool?.close();
    }
  } finally {
    clearInterval(sampler);
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: npx tsx bench/static-export.ts DATABASE_URL [workers]');
  const figure = await benchStaticExport(parseDatabaseUrl(url), process.argv[3] === undefined ? undefined : Number(process.argv[3]));
  console.log(`static export: ${figure.files.toLocaleString('en')} files (${figure.pages.toLocaleString('en')} pages) in ${figure.seconds.toFixed(1)} s, ${figure.pagesPerSecond.toFixed(0)} pages/s, peak RSS ${figure.peakRssMb.toFixed(0)} MB`);
}
