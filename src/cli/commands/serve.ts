import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { describeDatabase } from '../../config/database-url.js';
import { StartupError } from '../../config/startup-error.js';
import { startServer } from '../../main.js';
import { globalFlags } from '../global-flags.js';
import { parseOptions, text, wholeNumber } from '../parse-options.js';
import { databaseReady, runPrimary, workerChannel } from '../serve-cluster.js';

function workerCount(wanted: number | undefined, inMemory: boolean): number {
  if (wanted === undefined) return inMemory ? 1 : availableParallelism();
  if (inMemory && wanted !== 1) throw new StartupError('An in-memory database (sqlite::memory:) lives in one process: use --workers 1.');
  return wanted;
}

/** `dossier serve`: run the web site, in one process or several sharing the port. */
export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('run the web site (seeds demo content into an empty database unless --no-demo)')
    .option('-p, --port <port>', 'port to listen on, 0 to 65535 (env PORT, default 3000)')
    .option('-H, --host <host>', 'address to listen on (env HOST, default localhost)')
    .option('-w, --workers <n>', 'processes serving the site, 1 to 256 (default: one per core); one of them runs the background jobs')
    .option('--no-demo', 'never seed demo content')
    .option('--no-worker', 'do not run background jobs (run `dossier jobs work` elsewhere)')
    .action(async (raw: { port?: string; host?: string; workers?: string; demo: boolean; worker: boolean }, command: Command) => {
      const options = { ...raw, ...parseOptions({ port: wholeNumber(0, 65_535).optional(), host: text(255).optional(), workers: wholeNumber(1, 256).optional() }, raw) };
      const config = loadConfig(process.env, { ...globalFlags(command), port: options.port, host: options.host });
      if (cluster.isWorker) {
        // A worker of `serve --workers N`: the primary migrates, seeds, and speaks for it.
        await databaseReady();
        const server = await startServer(config, {
          demo: false, worker: process.env['DOSSIER_RUN_JOBS'] === '1', changes: workerChannel(), workerId: process.env['DOSSIER_WORKER'] ?? String(cluster.worker?.id),
        });
        process.once('SIGTERM', () => server.close().then(() => process.exit(0), () => process.exit(1)));
        return;
      }
      const workers = workerCount(options.workers, config.database.engine === 'sqlite' && config.database.path === ':memory:');
      if (workers > 1) return runPrimary(config, { workers, demo: options.demo, jobs: options.worker });
      const server = await startServer(config, { demo: options.demo, worker: options.worker });
      const note = server.seeded ? ' — demo content added' : '';
      process.stdout.write(`Dossier is running at ${server.url} (${describeDatabase(config.database)}${note}). Press Ctrl+C to stop.\n`);
      const stop = () => {
        server.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
