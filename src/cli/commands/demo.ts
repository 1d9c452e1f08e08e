import type { Command } from 'commander';
import { describeDatabase } from '../../config/database-url.js';
import { demoContent } from '../../demo/content.js';
import { withSite } from '../with-site.js';

/** `dossier demo`: seed demo content into an empty database. */
export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('add the demo content to an empty database (a database with content is left alone)')
    .action(async (_options: unknown, command: Command) => {
      await withSite(command, async (site, config) => {
        const report = await site.services.transfer.seedDemo(demoContent);
        const where = describeDatabase(config.database);
        if (report.seeded) process.stdout.write(`${where}: added ${report.articles} demo articles.\n`);
        else process.stdout.write(`${where} already has content; nothing added.\n`);
      });
    });
}
