import type { Command } from 'commander';
import { id, parseOptions, text } from '../parse-options.js';
import { withSite } from '../with-site.js';

/** `dossier key add|list|revoke`: Content API keys, one per front end that reads the site. */
export function keyCommand(program: Command): void {
  const key = program.command('key').description('Content API keys (read-only access to published content at /ghost/api/content/)');

  key
    .command('add <name>')
    .description('create a key for one front end (a static site generator, an app); prints it')
    .action(async (rawName: string, _options: unknown, command: Command) => {
      const { NAME } = parseOptions({ NAME: text(100) }, { NAME: rawName });
      await withSite(command, async (site) => {
        const added = await site.services.contentApi.keys.add(NAME);
        process.stdout.write(`Content API key #${added.id} for ${added.name}: ${added.secret}\n`);
        process.stdout.write('Use it with Ghost\'s client (url: the site\'s address, version: "v5.0") or as ?key= on /ghost/api/content/.\n');
      });
    });

  key
    .command('list')
    .description('list keys, revoked ones too')
    .option('--json', 'print a JSON array of {id, name, key, createdAt, revokedAt}')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withSite(command, async (site) => {
        const keys = await site.services.contentApi.keys.list();
        if (options.json) {
          const rows = keys.map((k) => ({ id: k.id, name: k.name, key: k.secret, createdAt: k.createdAt, revokedAt: k.revokedAt }));
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (keys.length === 0) process.stdout.write('No Content API keys. Create one with `dossier key add NAME`.\n');
        for (const k of keys) {
          process.stdout.write(`#${k.id} ${k.name}: ${k.secret} created ${k.createdAt}${k.revokedAt ? ` revoked ${k.revokedAt}` : ''}\n`);
        }
      });
    });

  key
    .command('revoke <id>')
    .description('revoke a key by its number (#N in `key list`); requests with it are refused at once')
    .action(async (rawId: string, _options: unknown, command: Command) => {
      const { ID } = parseOptions({ ID: id('key') }, { ID: rawId });
      await withSite(command, async (site) => {
        await site.services.contentApi.keys.revoke(ID);
        process.stdout.write(`Revoked Content API key #${ID}.\n`);
      });
    });
}
