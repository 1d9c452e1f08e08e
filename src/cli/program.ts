import { Command } from 'commander';
import { DOSSIER_VERSION } from '../config/version.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { commentsCommand } from './commands/comments.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { jobsCommand } from './commands/jobs.js';
import { lintCommand } from './commands/lint.js';
import { settingsCommand } from './commands/settings.js';
import { linksCommand } from './commands/links.js';
import { migrateCommand } from './commands/migrate.js';
import { relatedCommand } from './commands/related.js';
import { serveCommand } from './commands/serve.js';
import { userCommand } from './commands/user.js';

/** The `dossier` command and its subcommands. */
export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Dossier: publishing for sourced writing, with references that stay checkable.')
    .version(DOSSIER_VERSION)
    .option('--database-url <url>', 'sqlite:PATH, a file path, or postgres://… (env DATABASE_URL, default sqlite:./data/dossier.db)')
    .option('--site-url <url>', 'public base URL for canonical links (env SITE_URL)')
    .showHelpAfterError();
  serveCommand(program);
  migrateCommand(program);
  demoCommand(program);
  jobsCommand(program);
  importCommand(program);
  exportCommand(program);
  lintCommand(program);
  settingsCommand(program);
  linksCommand(program);
  relatedCommand(program);
  commentsCommand(program);
  userCommand(program);
  backupCommand(program);
  restoreCommand(program);
  return program;
}
