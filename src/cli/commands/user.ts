import type { Command } from 'commander';
import { invalid, isDomainError } from '../../domain/errors.js';
import type { Site } from '../../main.js';
import { ROLES } from '../../domain/user.js';
import { ADMIN_LANGUAGES } from '../../domain/admin-language.js';
import { email, oneOf, parseOptions, slug, text } from '../parse-options.js';
import { withSite } from '../with-site.js';

/** Reads a password piped on standard input (one line; the newline is not part of it). */
async function readPassword(useStdin: boolean | undefined): Promise<string> {
  if (!useStdin) throw invalid('Give the password on standard input with --password-stdin (it never goes on the command line, where others could see it).');
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Runs `work` on the configured site; a clash (an existing email) counts as bad input. */
async function withAccounts(command: Command, work: (site: Site) => Promise<void>): Promise<void> {
  try {
    await withSite(command, work);
  } catch (error) {
    if (isDomainError(error, 'Conflict')) throw invalid(error.message, error.field);
    throw error;
  }
}

/** An admin language as the CLI takes it: one of the admin's languages, or `site` to follow the site's. */
const adminLanguage = oneOf([...ADMIN_LANGUAGES, 'site']);

/** `dossier user add|password|language`: accounts from scripts, without a browser. */
export function userCommand(program: Command): void {
  const user = program.command('user').description('admin accounts (add, set a password, choose the admin language)');

  user
    .command('add')
    .description('add an account: administrator, editor, author or contributor')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', 'administrator | editor | author | contributor')
    .option('--author <slug>', 'the author page the user writes as')
    .option('--admin-language <lang>', `the language they read the admin in: ${ADMIN_LANGUAGES.join(', ')}, or site (the default: the site's)`)
    .option('--password-stdin', 'read the password from standard input')
    .action(async (raw: { email: string; name: string; role: string; author?: string; adminLanguage?: string; passwordStdin?: boolean }, command: Command) => {
      const options = { ...raw, ...parseOptions({ email, name: text(200), role: oneOf(ROLES), author: slug.optional(), adminLanguage: adminLanguage.optional() }, raw) };
      const password = await readPassword(options.passwordStdin);
      await withAccounts(command, async (site) => {
        await site.services.accounts.add({ email: options.email, name: options.name, role: options.role, password, authorSlug: options.author ?? null, adminLanguage: options.adminLanguage ?? null });
        process.stdout.write(`Added ${options.role} ${options.email.trim().toLowerCase()}.\n`);
      });
    });

  user
    .command('password')
    .description('set an account\'s password (signs it out everywhere)')
    .argument('<email>')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (rawEmail: string, options: { passwordStdin?: boolean }, command: Command) => {
      const { EMAIL: address } = parseOptions({ EMAIL: email }, { EMAIL: rawEmail });
      const password = await readPassword(options.passwordStdin);
      await withAccounts(command, async (site) => {
        await site.services.accounts.setPassword({ email: address, password });
        process.stdout.write(`Password changed for ${address.toLowerCase()}; its sessions are signed out.\n`);
      });
    });

  user
    .command('language')
    .description(`set the language an account reads the admin in (${ADMIN_LANGUAGES.join(', ')}), or site to follow the site's`)
    .argument('<email>')
    .argument('<lang>', `${ADMIN_LANGUAGES.join(' | ')} | site`)
    .action(async (rawEmail: string, rawLanguage: string, _options: unknown, command: Command) => {
      const { EMAIL: address, LANG: language } = parseOptions({ EMAIL: email, LANG: adminLanguage }, { EMAIL: rawEmail, LANG: rawLanguage });
      await withAccounts(command, async (site) => {
        const chosen = await site.services.accounts.setAdminLanguage({ account: { email: address }, language });
        process.stdout.write(chosen ? `${address.toLowerCase()} reads the admin in ${chosen}.\n` : `${address.toLowerCase()} reads the admin in the site's language.\n`);
      });
    });
}
