import type { Command } from 'commander';
import { describeDatabase } from '../../config/database-url.js';
import { withSite } from '../with-site.js';

/** `dossier related rebuild`: recompute every list and "You may also like" list. */
export function relatedCommand(program: Command): void {
  const related = program.command('related').description('the lists pages read: "You may also like", home, sections, tags, authors');
  related
    .command('rebuild')
    .description('recompute every list with its count and every "You may also like" list, in one transaction')
    .action(async (_options: unknown, command: Command) => {
      await withSite(command, async (site, config) => {
        const started = performance.now();
        const report = await site.services.discovery.rebuild();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`${describeDatabase(config.database)}: ${report.articles} published articles listed; ${report.relatedLists} related lists changed (${seconds} s).\n`);
      });
    });
}
