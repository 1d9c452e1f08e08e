import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config/config.js';
import type { JobStatus } from '../../domain/job.js';
import { openSite, siteOptions } from '../../main.js';
import { globalFlags } from '../global-flags.js';
import { oneOf, parseOptions, wholeNumber } from '../parse-options.js';
import { withSite } from '../with-site.js';

const STATUSES: JobStatus[] = ['pending', 'running', 'done', 'failed'];

/** A job kind as the queue names them (`publish-scheduled`, `links-recheck`…). */
const jobKind = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, { error: 'must be a job kind such as publish-scheduled (lowercase letters, digits and hyphens)' });

/** `dossier jobs list|work`: look at the background queue, or run a worker without the web server. */
export function jobsCommand(program: Command): void {
  const jobs = program.command('jobs').description('background jobs (scheduled publishing, link checks…)');

  jobs
    .command('list')
    .description('list recent jobs, newest first, with their last error')
    .option('--status <status>', `only jobs with this status (${STATUSES.join(', ')})`)
    .option('--kind <kind>', 'only jobs of this kind')
    .option('--limit <n>', 'how many (1 to 10000)', '50')
    .option('--json', 'print JSON')
    .action(async (raw: { status?: string; kind?: string; limit: string; json?: boolean }, command: Command) => {
      const options = parseOptions({ status: oneOf(STATUSES).optional(), kind: jobKind.optional(), limit: wholeNumber(1, 10_000) }, raw);
      await withSite(command, async (site) => {
        const list = await site.services.jobs.list(options);
        if (raw.json) {
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
