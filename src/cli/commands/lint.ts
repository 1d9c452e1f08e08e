import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { StartupError } from '../../config/startup-error.js';
import { lintCitations } from '../../citations/lint/lint-citations.js';

/** `dossier lint FILE [--json]`: check an article's notes; exit 1 when there is an error. */
export function lintCommand(program: Command): void {
  program
    .command('lint')
    .description("check a document's notes and references (Markdown with [^n] footnotes, or plain text with [n] notes)")
    .argument('<file>', 'the document to check')
    .option('--json', 'print {"references": [...], "diagnostics": [...]} as JSON')
    .action((file: string, options: { json?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new StartupError(code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? String(error)}).`);
      }
      const result = lintCitations(text, { now: new Date(), format: 'auto' });
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ references: result.references, diagnostics: result.diagnostics.map(({ text: _text, ...d }) => d) }, null, 2)}\n`);
      } else {
        for (const d of result.diagnostics) {
          process.stdout.write(`${file}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.message}  [${d.rule}]\n`);
        }
        const warnings = result.diagnostics.length - errors;
        const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
        process.stdout.write(`${plural(result.references.length, 'note')} checked (${result.format === 'plain' ? 'plain text' : 'Markdown'}): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
      }
      if (errors > 0) process.exitCode = 1;
    });
}
