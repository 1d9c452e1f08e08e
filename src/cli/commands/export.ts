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
    .argument('<file>', 'the .json file, or with --media the .tar.gz')
    .option('--with-secrets', 'include password hashes, the IP hash salt and hashes, and Content API keys (keep the file safe)')
    .option('--media', 'write one .tar.gz holding the JSON (export.json) and the media files (media/)')
    .action(async (file: string, options: { withSecrets?: boolean; media?: boolean }, cmd: Command) => {
      parseOptions({ FILE: outputPath }, { FILE: file });
      await withSite(cmd, async (site, config) => {
        const data = await site.services.transfer.exports.json({ withSecrets: options.withSecrets ?? false });
        const json = `${JSON.stringify(data, null, 2)}\n`;
        let media = '';
        if (options.media) {
          const { writeBundle } = await import('./export-bundle.js');
          const files = await writeBundle(file, json, config.mediaDir);
          media = ` and ${files} media file${files === 1 ? '' : 's'}`;
        } else write(file, json);
        const users = data.records?.users?.length ?? 0;
        process.stdout.write(`Exported ${data.articles.length} articles and pages, ${data.comments.length} comments, ${users} account${users === 1 ? '' : 's'}${media} to ${file}${options.withSecrets ? ' (with secrets: keep it safe)' : ''}.\n`);
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
