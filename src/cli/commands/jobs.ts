import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import type { JobStatus } from '../../domain/job.js';
import { openSite, siteOptions } from '../../main.js';
import { globalFlags } from '../global-flags.js';
import { withSite } from '../with-site.js';

const STATUSES: JobStatus[] = ['pending', 'running', 'done', 'failed'];

/** `dossier jobs list|work`: look at the background queue, or run a worker without the web server. */
export function jobsCommand(program: Command): void {
  const jobs = program.command('jobs').description('background jobs (scheduled publishing, link checks…)');

  jobs
    .command('list')
    .description('list recent jobs, newest first, with their last error')
    .addOption(new Option('--status <status>', 'only jobs with this status').choices(STATUSES))
    .option('--kind <kind>', 'only jobs of this kind')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .action(async (options: { status?: JobStatus; kind?: string; limit: string; json?: boolean }, command: Command) => {
      await withSite(command, async (site) => {
        const list = await site.services.jobs.list({ status: options.status, kind: options.kind, limit: Number(options.limit) || 50 });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        const counts = await site.services.jobs.counts();
        process.stdout.write(`${STATUSES.map((s) => `${s} ${counts[s]}`).join(' · ')}\n`);
        for (const job of list) {
          const error = job.lastError ? `  last error: ${job.lastError}` : '';
          process.stdout.write(`#${job.id} ${job.kind} ${job.status} attempts ${job.attempts}/${job.maxAttempts} run at ${job.runAt}${error}\n`);
        }
      });
    });

  jobs
    .command('work')
    .description('run a worker in this process (without the web server) until stopped')
    .option('--once', 'run the jobs due now, then exit')
    .action(async (options: { once?: boolean }, command: Command) => {
      const config = loadConfig(process.env, globalFlags(command));
      const site = await openSite(config.database, undefined, siteOptions(config));
      if (options.once) {
        try {
          await site.worker.scheduleRecurring();
          const ran = await site.worker.drain();
          process.stdout.write(`Ran ${ran} job${ran === 1 ? '' : 's'}.\n`);
        } finally {
          await site.close();
        }
        return;
      }
      site.worker.start();
      process.stdout.write('Worker running. Press Ctrl+C to stop.\n');
      const stop = () => {
        site.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
