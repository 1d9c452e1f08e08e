import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { StartupError } from '../../config/startup-error.js';
import { withSite } from '../with-site.js';
import { allOrNothing, printSummary } from './import.js';

/** `dossier import substack EXPORT.zip`: a Substack export (posts.csv and posts/*.html), all or nothing. */
export function importSubstackCommand(command: Command): void {
  command
    .command('substack')
    .description('import a Substack export (Settings → Exports: the .zip of posts.csv and posts/*.html)')
    .argument('<zip>', 'the .zip export')
    .action(async (file: string, _options: unknown, cmd: Command) => {
      let zip: Buffer;
      try {
        zip = readFileSync(file);
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new StartupError(code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? String(error)}).`);
      }
      await withSite(cmd, async (site) => {
        process.stdout.write(`Importing ${file}…\n`);
        const summary = await allOrNothing(() => site.services.transfer.imports.substack({ file, zip }));
        process.stdout.write(`Imported ${file}.\n`);
        printSummary(summary);
      });
    });
}
