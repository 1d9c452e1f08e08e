import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { describeDatabase } from '../../config/database-url.js';
import { migrateDatabase } from '../../main.js';
import { globalFlags } from '../global-flags.js';

/** `dossier migrate`: bring the database schema up to date. */
export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('create or update the database schema')
    .action(async (_options: unknown, command: Command) => {
      const config = loadConfig(process.env, globalFlags(command));
      const { applied } = await migrateDatabase(config.database);
      const what = applied.length ? `applied ${applied.join(', ')}` : 'already up to date';
      process.stdout.write(`${describeDatabase(config.database)}: ${what}.\n`);
    });
}
