import type { Command } from 'commander';
import { ALL_SCOPES } from '../../domain/integration-scopes.js';
import { id, parseOptions, text } from '../parse-options.js';
import { withSite } from '../with-site.js';

/** `dossier token add|list|revoke`: Admin API integration keys, one per app that writes to the site. */
export function tokenCommand(program: Command): void {
  const token = program.command('token').description('Admin API integration keys (write access at /ghost/api/admin/, limited by scopes)');

  token
    .command('add <name>')
    .description('create a key for one app (a writing app, a script); prints it once')
    .requiredOption('--scope <scopes>', `comma-separated scopes: ${ALL_SCOPES.join(', ')}`)
    .action(async (rawName: string, options: { scope: string }, command: Command) => {
      const { NAME } = parseOptions({ NAME: text(100) }, { NAME: rawName });
      await withSite(command, async (site) => {
        const added = await site.services.adminApi.tokens.add(NAME, options.scope);
        process.stdout.write(`Admin API key #${added.token.id} for ${added.token.name} (${added.token.scopes.join(', ')}): ${added.key}\n`);
        process.stdout.write('It is shown only now: keep it in the app. Use it with Ghost\'s Admin API client (url: the site\'s address, version: "v5.0").\n');
      });
    });

  token
    .command('list')
    .description('list keys, revoked ones too (never their secrets)')
    .option('--json', 'print a JSON array of {id, name, keyId, scopes, createdAt, lastUsedAt, revokedAt}')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withSite(command, async (site) => {
        const tokens = await site.services.adminApi.tokens.list();
        if (options.json) {
          process.stdout.write(`${JSON.stringify(tokens, null, 2)}\n`);
          return;
        }
        if (tokens.length === 0) process.stdout.write('No Admin API keys. Create one with `dossier token add NAME --scope posts:write`.\n');
        for (const t of tokens) {
          const used = t.lastUsedAt ? ` last used ${t.lastUsedAt}` : ' never used';
          process.stdout.write(`#${t.id} ${t.name} [${t.scopes.join(',')}] key id ${t.keyId} created ${t.createdAt}${used}${t.revokedAt ? ` revoked ${t.revokedAt}` : ''}\n`);
        }
      });
    });

  token
    .command('revoke <id>')
    .description('revoke a key by its number (#N in `token list`); its requests are refused at once')
    .action(async (rawId: string, _options: unknown, command: Command) => {
      const { ID } = parseOptions({ ID: id('key') }, { ID: rawId });
      await withSite(command, async (site) => {
        await site.services.adminApi.tokens.revoke(ID);
        process.stdout.write(`Revoked Admin API key #${ID}.\n`);
      });
    });
}
