import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/config.js';
import { exportStaticSite, prepareExportFolder, type StaticExportSummary } from '../../export/static/export-static-site.js';
import { openStaticSite, planStaticExport, siteOptions } from '../../main.js';
import { globalFlags } from '../global-flags.js';
import { outputPath, parseOptions, wholeNumber } from '../parse-options.js';
import { startWorkerPool } from '../static-export-pool.js';

/** Below this many paths, starting workers costs more than it saves. */
const WORKERS_FROM_PATHS = 2000;

function workerCount(wanted: number | undefined, paths: number, inMemory: boolean): number {
  if (inMemory) return 0;
  if (wanted === undefined) return paths < WORKERS_FROM_PATHS ? 0 : availableParallelism();
  return wanted;
}

/** The summary lines of an export. */
export function describeExport(summary: StaticExportSummary, dir: string, incremental: boolean): string {
  const line = `Exported ${summary.files.toLocaleString('en')} files (${summary.pages.toLocaleString('en')} pages) to ${dir} in ${summary.seconds.toFixed(1)} s.\n`;
  return incremental || summary.removed > 0
    ? `${line}${summary.written.toLocaleString('en')} written, ${summary.unchanged.toLocaleString('en')} unchanged, ${summary.removed.toLocaleString('en')} removed.\n`
    : line;
}

/** `dossier export static DIR [--incremental] [--workers N]`: the public site as files for any static host. */
export function exportStaticCommand(command: Command): void {
  command
    .command('static')
    .description('the public site as static files (pages, feeds, sitemaps, assets, media, redirects, search index)')
    .argument('<dir>', 'folder to write to (created when missing)')
    .option('--incremental', 'write only files whose content changed since the last export in DIR, and remove pages that are gone')
    .option('--workers <n>', 'worker threads that render pages, 0 to 99 (default: one per core on large sites, none on small ones)')
    .action(async (dir: string, options: { incremental?: boolean; workers?: string }, cmd: Command) => {
      const wanted = parseOptions({ DIR: outputPath, workers: wholeNumber(0, 99).optional() }, { DIR: dir, workers: options.workers });
      const config = loadConfig(process.env, globalFlags(cmd));
      const folder = resolve(dir);
      prepareExportFolder(folder);
      const target = config.database;
      const opened = await openStaticSite(target, siteOptions(config), config.siteUrl, folder);
      try {
        const plan = await planStaticExport(opened.site);
        const inMemory = target.engine === 'sqlite' && target.path === ':memory:';
        const workers = workerCount(wanted.workers, plan.paths.length, inMemory);
        const pool = workers > 0 ? await startWorkerPool(workers, { target, options: siteOptions(config), siteUrl: config.siteUrl, dir: folder }) : null;
        // Loaded here: every command's module is loaded on each start, the web server's too.
        const { SingleBar, Presets } = await import('cli-progress');
        const bar = process.stdout.isTTY ? new SingleBar({ format: 'Exporting {bar} {percentage}% | {value}/{total} files', hideCursor: true }, Presets.shades_classic) : null;
        bar?.start(plan.paths.length + plan.made.length, 0);
        try {
          const summary = await exportStaticSite({
            dir: folder,
            paths: plan.paths,
            made: plan.made,
            renderers: pool ? pool.renderers : [opened.renderer],
            incremental: options.incremental ?? false,
            siteUrl: config.siteUrl,
            now: () => new Date(),
            onProgress: (done) => bar?.update(done),
          });
          bar?.stop();
          process.stdout.write(describeExport(summary, dir, options.incremental ?? false));
        } catch (error) {
          bar?.stop();
          throw error;
        } finally {
          await pool?.close();
        }
      } finally {
        await opened.close();
      }
    });
}
