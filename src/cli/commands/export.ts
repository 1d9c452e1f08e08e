import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { StartupError } from '../../config/startup-error.js';
import { outputPath, parseOptions } from '../parse-options.js';
import { withSite } from '../with-site.js';
import { exportStaticCommand } from './export-static.js';

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new StartupError(`${file}: cannot be written (${(error as { code?: string }).code ?? String(error)}).`);
  }
}

/** `dossier export json|wordpress FILE`: everything, to move or keep; `dossier export static DIR`: the public site as files. */
export function exportCommand(program: Command): void {
  const command = program.command('export').description('export the whole site');
  command
    .command('json')
    .description('everything as JSON (docs/export-format.md); `dossier import json` reads it back')
    .argument('<file>')
    .action(async (file: string, _options: unknown, cmd: Command) => {
      parseOptions({ FILE: outputPath }, { FILE: file });
      await withSite(cmd, async (site) => {
        const data = await site.services.transfer.exports.json();
        write(file, `${JSON.stringify(data, null, 2)}\n`);
        process.stdout.write(`Exported ${data.articles.length} articles and pages, ${data.comments.length} comments to ${file}.\n`);
      });
    });
  command
    .command('wordpress')
    .description("a WordPress export (WXR 1.2) for WordPress's importer, with notes as WordPress footnotes")
    .argument('<file>')
    .action(async (file: string, _options: unknown, cmd: Command) => {
      parseOptions({ FILE: outputPath }, { FILE: file });
      await withSite(cmd, async (site, config) => {
        write(file, await site.services.transfer.exports.wordpress(config.siteUrl));
        process.stdout.write(`Exported the site to ${file} (WXR 1.2).\n`);
      });
    });
  exportStaticCommand(command);
}
