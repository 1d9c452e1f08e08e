import type { Command } from 'commander';
import { withSite } from '../with-site.js';

/** A value typed on the command line: JSON when it parses (numbers, lists), else the text itself. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `dossier settings list|set`: read and change site settings (checked like the admin does). */
export function settingsCommand(program: Command): void {
  const settings = program.command('settings').description('site settings (title, language, citation style…)');

  settings
    .command('list')
    .description('show every setting and its value')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withSite(command, async (site) => {
        const values = await site.services.settings.get();
        if (options.json) process.stdout.write(`${JSON.stringify(values, null, 2)}\n`);
        else for (const [key, value] of Object.entries(values)) process.stdout.write(`${key} = ${JSON.stringify(value)}\n`);
      });
    });

  settings
    .command('set')
    .description('change one setting, e.g. `dossier settings set citationStyle apa`')
    .argument('<key>')
    .argument('<value>')
    .action(async (key: string, value: string, _options: unknown, command: Command) => {
      await withSite(command, async (site) => {
        const updated = await site.services.settings.update({ [key]: parseValue(value) });
        process.stdout.write(`${key} = ${JSON.stringify(updated[key as keyof typeof updated])}\n`);
      });
    });
}
