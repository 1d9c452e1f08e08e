import { Command, type CommanderError } from 'commander';
import { DOSSIER_VERSION } from '../config/version.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { citeCommand } from './commands/cite.js';
import { commentsCommand } from './commands/comments.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { jobsCommand } from './commands/jobs.js';
import { keyCommand } from './commands/key.js';
import { tokenCommand } from './commands/token.js';
import { lintCommand } from './commands/lint.js';
import { settingsCommand } from './commands/settings.js';
import { linksCommand } from './commands/links.js';
import { migrateCommand } from './commands/migrate.js';
import { relatedCommand } from './commands/related.js';
import { serveCommand } from './commands/serve.js';
import { userCommand } from './commands/user.js';
import { webhookCommand } from './commands/webhook.js';

/** The `dossier` command and its subcommands. */
export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Dossier: publishing for sourced writing, with references that stay checkable.')
    .version(DOSSIER_VERSION)
    .option('--database-url <url>', 'sqlite:PATH, a file path, or postgres://… (env DATABASE_URL, default sqlite:./data/dossier.db)')
    .option('--site-url <url>', 'public base URL for canonical links (env SITE_URL)');
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
  keyCommand(program);
  webhookCommand(program);
  tokenCommand(program);
  backupCommand(program);
  restoreCommand(program);
  citeCommand(program);
  reportUsageErrors(program, 'dossier');
  return program;
}

/** Help and --version keep their status; a usage error (unknown option, missing argument…) is 2, as bad values are. */
function exitForUsage(error: CommanderError): never {
  const shown = error.exitCode === 0 || error.code === 'commander.help' || error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
  process.exit(shown ? error.exitCode : 2);
}

/**
 * Commander's own errors (an unknown option, a missing argument or required option) as one
 * line like every other failure — `dossier: unknown option '--prot' (Did you mean --port?);
 * see \`dossier serve --help\`.` — and exit code 2; the help is one flag away, not dumped.
 */
function reportUsageErrors(command: Command, name: string): void {
  command.configureOutput({
    outputError: (message, write) => {
      const line = message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim().replace(/\.$/, '');
      write(`dossier: ${line}; see \`${name} --help\`.\n`);
    },
  });
  command.exitOverride(exitForUsage);
  for (const sub of command.commands) reportUsageErrors(sub, `${name} ${sub.name()}`);
}
