import type { Command } from 'commander';
import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { StartupError } from '../../config/startup-error.js';
import { isUnavailable, UnavailableError } from '../../domain/errors.js';
import { formatSummaryTable, formatWarnings, reportDocument, type ImportSummary } from '../../importers/import-report.js';
import { existingFolder, parseOptions } from '../parse-options.js';
import { withSite } from '../with-site.js';
import { importSubstackCommand } from './import-substack.js';

/** A whole export file as text, or a clear error naming it. */
function readExport(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new StartupError(code === 'ENOENT' || file === '' ? `${file}: no such file.` : `${file}: cannot be read (${code ?? String(error)}).`);
  }
}

/**
 * Runs an import (one transaction) and, should the database go away mid-way, says what that
 * means for the data: rolled back, or — lost while committing — unknown, and safe to run again.
 */
export async function allOrNothing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    const outcome = error.outcomeUnknown
      ? 'Check the site, or run the import again once the database is back: importing the same file twice adds nothing.'
      : 'Nothing from this run was saved: the import runs in one transaction, which was rolled back. Run it again once the database is back.';
    throw new UnavailableError(`${error.message} ${outcome}`, error.retryAfterSeconds, { cause: error });
  }
}

/** Reads a file in chunks, reporting bytes read. */
async function* chunksOf(file: string, onBytes: (bytes: number) => void): AsyncIterable<string> {
  let read = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    read += Buffer.byteLength(chunk as string);
    onBytes(read);
    yield chunk as string;
  }
}

/** Reads files under an uploads folder by relative path; never outside it. */
function uploadsReader(dir: string): (relativePath: string) => Promise<Buffer | null> {
  const root = resolve(dir);
  return async (relativePath) => {
    const path = resolve(root, relativePath);
    if (!path.startsWith(`${root}${sep}`)) return null;
    try {
      return await readFile(path);
    } catch {
      return null;
    }
  };
}

/** The summary as an aligned table, then the warnings. */
export function printSummary(summary: ImportSummary, out: NodeJS.WritableStream = process.stdout): void {
  out.write(`\n${formatSummaryTable(summary)}`);
  const warnings = formatWarnings(summary);
  if (warnings) out.write(`\n${warnings}`);
}

/** `--report FILE`, which every import command takes. */
export function reportOption(command: Command): Command {
  return command.option('--report <file>', 'write the counts and every warning, with its source line or post, to FILE as JSON');
}

/** What every import command does at the end: the table and warnings, and the JSON report when asked. */
export function finishImport(summary: ImportSummary, importer: string, source: string, report: string | undefined): void {
  printSummary(summary);
  if (!report) return;
  const document = reportDocument(summary, { importer, source, finishedAt: new Date().toISOString() });
  try {
    writeFileSync(report, `${JSON.stringify(document, null, 2)}\n`);
  } catch (error) {
    throw new StartupError(`${report}: the report cannot be written (${(error as { code?: string }).code ?? String(error)}); the import itself is saved.`);
  }
  process.stdout.write(`Report written to ${report}.\n`);
}

/** `dossier import wordpress FILE`: bring a WordPress site in, all or nothing. */
export function importCommand(program: Command): void {
  const command = program.command('import').description('import content from another platform (all or nothing; importing twice adds nothing)');
  importGhostCommand(command);
  importMarkdownCommand(command);
  importJsonCommand(command);
  importSubstackCommand(command);
  reportOption(command
    .command('wordpress'))
    .description('import a WordPress export (Tools → Export, WXR 1.0–1.2)')
    .argument('<file>', 'the .xml export')
    .option('--uploads <dir>', "a copy of the old site's wp-content/uploads folder, to import attachments as media")
    .option('--fetch-media', "download attachments not in --uploads from the old site (politely: robots.txt, one request at a time per host; public addresses only unless OUTBOUND_ALLOW)")
    .action(async (file: string, options: { uploads?: string; report?: string; fetchMedia?: boolean }, cmd: Command) => {
      parseOptions({ uploads: existingFolder.optional() }, { uploads: options.uploads });
      let size: number;
      try {
        const stats = statSync(file);
        if (!stats.isFile()) throw new StartupError(`${file}: not a file.`);
        size = stats.size;
      } catch (error) {
        if (error instanceof StartupError) throw error;
        throw new StartupError(`${file}: no such file.`);
      }
      await withSite(cmd, async (site, config) => {
        const fromFolder = options.uploads ? uploadsReader(options.uploads) : null;
        const fromSite = options.fetchMedia ? (await import('./fetch-media.js')).mediaFetcher(config) : null;
        const readUpload = fromFolder || fromSite
          ? async (path: string, url?: string) => (await fromFolder?.(path)) ?? (await fromSite?.(path, url)) ?? null
          : null;
        // Loaded here: every command's module is loaded on each start, the web server's too.
        const { SingleBar, Presets } = await import('cli-progress');
        const bar = process.stdout.isTTY ? new SingleBar({ format: 'Importing {bar} {percentage}% | {items} items', hideCursor: true }, Presets.shades_classic) : null;
        let items = 0;
        bar?.start(size, 0, { items: 0 });
        try {
          const summary = await allOrNothing(() => site.services.transfer.imports.wordpress({
            file,
            chunks: chunksOf(file, (bytes) => bar?.update(bytes, { items })),
            onItem: (n) => (items = n),
            ...(readUpload ? { readUpload } : {}),
          }));
          bar?.update(size, { items });
          bar?.stop();
          process.stdout.write(`Imported ${file} (${items} items).\n`);
          finishImport(summary, 'wordpress', file, options.report);
        } catch (error) {
          bar?.stop();
          throw error;
        }
      });
    });
}

/** `dossier import ghost FILE`: bring a Ghost site in, all or nothing. */
export function importGhostCommand(command: Command): void {
  reportOption(command
    .command('ghost'))
    .description('import a Ghost export (Settings → Labs → Export content, Ghost 1–5 JSON)')
    .argument('<file>', 'the .json export')
    .option('--content <dir>', "a copy of the Ghost site's content folder, to import feature images as media")
    .action(async (file: string, options: { report?: string; content?: string }, cmd: Command) => {
      parseOptions({ content: existingFolder.optional() }, { content: options.content });
      const json = readExport(file);
      await withSite(cmd, async (site) => {
        const summary = await allOrNothing(() => site.services.transfer.imports.ghost({ file, json, ...(options.content ? { readContent: uploadsReader(options.content) } : {}) }));
        process.stdout.write(`Imported ${file}.\n`);
        finishImport(summary, 'ghost', file, options.report);
      });
    });
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (/\.(md|markdown)$/i.test(name)) out.push(path);
  }
  return out;
}

/** `dossier import markdown DIR`: one article per file, front matter for its fields. */
export function importMarkdownCommand(command: Command): void {
  reportOption(command
    .command('markdown'))
    .description('import a folder of Markdown files with front matter (Dossier, Hugo or Jekyll keys: title, slug/permalink, date, section a/b, tags, authors, draft, language, aliases…)')
    .argument('<dir>', 'the folder (read recursively)')
    .action(async (dir: string, options: { report?: string }, cmd: Command) => {
      let files: string[];
      try {
        files = markdownFiles(dir);
      } catch {
        throw new StartupError(`${dir}: no such folder.`);
      }
      // Every file is read and checked before anything is written.
      const { readMarkdownFile } = await import('../../importers/markdown/read-markdown-file.js');
      const articles = files.map((file) => readMarkdownFile(relative(dir, file), readFileSync(file, 'utf8')));
      await withSite(cmd, async (site) => {
        const summary = await allOrNothing(() => site.services.transfer.imports.markdown({ folder: dir, articles }));
        process.stdout.write(`Imported ${articles.length} file${articles.length === 1 ? '' : 's'} from ${dir}.\n`);
        finishImport(summary, 'markdown', dir, options.report);
      });
    });
}

/** `dossier import json FILE`: read back `dossier export json`. */
export function importJsonCommand(command: Command): void {
  reportOption(command
    .command('json'))
    .description('import a Dossier export (from `dossier export json`, or the .tar.gz of `--media`)')
    .argument('<file>')
    .action(async (file: string, options: { report?: string }, cmd: Command) => {
      const { isBundle, openBundle } = await import('./export-bundle.js');
      const bundle = isBundle(file) ? await openBundle(file) : null;
      try {
        const json = bundle?.json ?? readExport(file);
        await withSite(cmd, async (site, config) => {
          const summary = await allOrNothing(() => site.services.transfer.imports.json({ file, json }));
          // Files only once the records are in: a failed import leaves the media folder as it was.
          const files = bundle ? await bundle.copyMedia(config.mediaDir) : 0;
          process.stdout.write(`Imported ${file}${bundle ? ` (${files} media file${files === 1 ? '' : 's'})` : ''}.\n`);
          finishImport(summary, 'json', file, options.report);
        });
      } finally {
        bundle?.close();
      }
    });
}
