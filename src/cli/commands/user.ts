import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { invalid, isDomainError } from '../../domain/errors.js';
import { openSite } from '../../main.js';
import { globalFlags } from '../global-flags.js';

/** Reads a password piped on standard input (one line; the newline is not part of it). */
async function readPassword(useStdin: boolean | undefined): Promise<string> {
  if (!useStdin) throw invalid('Give the password on standard input with --password-stdin (it never goes on the command line, where others could see it).');
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Runs `work` on the configured site; a clash (an existing email) counts as bad input. */
async function withSite(command: Command, work: (site: Awaited<ReturnType<typeof openSite>>) => Promise<void>): Promise<void> {
  const config = loadConfig(process.env, globalFlags(command));
  const site = await openSite(config.database, undefined, { mediaDir: config.mediaDir });
  try {
    await work(site);
  } catch (error) {
    if (isDomainError(error, 'Conflict')) throw invalid(error.message, error.field);
    throw error;
  } finally {
    await site.close();
  }
}

/** `dossier user add|password`: accounts from scripts, without a browser. */
export function userCommand(program: Command): void {
  const user = program.command('user').description('admin accounts (add, set a password)');

  user
    .command('add')
    .description('add an account: administrator, editor, author or contributor')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', 'administrator | editor | author | contributor')
    .option('--author <slug>', 'the author page the user writes as')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (options: { email: string; name: string; role: string; author?: string; passwordStdin?: boolean }, command: Command) => {
      const password = await readPassword(options.passwordStdin);
      await withSite(command, async (site) => {
        await site.services.accounts.add({ email: options.email, name: options.name, role: options.role, password, authorSlug: options.author ?? null });
        process.stdout.write(`Added ${options.role} ${options.email.trim().toLowerCase()}.\n`);
      });
    });

  user
    .command('password')
    .description('set an account\'s password (signs it out everywhere)')
    .argument('<email>')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (email: string, options: { passwordStdin?: boolean }, command: Command) => {
      const password = await readPassword(options.passwordStdin);
      await withSite(command, async (site) => {
        await site.services.accounts.setPassword({ email, password });
        process.stdout.write(`Password changed for ${email.trim().toLowerCase()}; its sessions are signed out.\n`);
      });
    });
}
