import type { Command } from 'commander';
import { performance } from 'node:perf_hooks';
import { describeDatabase } from '../../config/database-url.js';
import { loadConfig } from '../../config/config.js';
import type { ProgressListener } from '../../backup/write-backup.js';
import { globalFlags } from '../global-flags.js';
import { existingFile, outputPath, parseOptions } from '../parse-options.js';

/** A progress bar per step (database, media, archive) on a terminal; nothing otherwise. */
async function progressBars(): Promise<{ listener: ProgressListener; stop(): void }> {
  if (!process.stdout.isTTY) return { listener: () => undefined, stop: () => undefined };
  // Loaded here: every command's module is loaded on each start, the web server's too.
  const { SingleBar, Presets } = await import('cli-progress');
  let bar: InstanceType<typeof SingleBar> | null = null;
  let current = '';
  return {
    listener: (step, done, total) => {
      if (step !== current) {
        bar?.stop();
        current = step;
        bar = new SingleBar({ format: `${step.padEnd(14)} {bar} {percentage}% | {value}/{total}`, hideCursor: true }, Presets.shades_classic);
        bar.start(total, done);
      } else {
        bar?.setTotal(total);
        bar?.update(done);
      }
    },
    stop: () => bar?.stop(),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function seconds(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

/** `dossier backup FILE`: the database and the media folder, consistently, in one file. */
export function backupCommand(program: Command): void {
  program
    .command('backup')
    .description('back up the whole site (database and every file of MEDIA_DIR) into one .tar.gz; the site may keep running')
    .argument('<file>', 'the backup file to write (replaced only once the new one is complete)')
    .action(async (file: string, _options: unknown, cmd: Command) => {
      parseOptions({ FILE: outputPath }, { FILE: file });
      const config = loadConfig(process.env, globalFlags(cmd));
      const start = performance.now();
      const bars = await progressBars();
      try {
        // Loaded when used: node-tar and the dump code are no start-up cost of other commands.
        const { writeBackup } = await import('../../backup/write-backup.js');
        const summary = await writeBackup({ target: config.database, mediaDir: config.mediaDir, file, tools: { pgDump: config.pgDump, psql: config.psql }, onProgress: bars.listener });
        bars.stop();
        const { database, media } = summary.manifest;
        const rows = Object.values(database.tables).reduce((sum, n) => sum + n, 0);
        const mediaBytes = media.reduce((sum, entry) => sum + entry.size, 0);
        process.stdout.write(
          `Backed up ${describeDatabase(config.database)} (${Object.keys(database.tables).length} tables, ${rows} rows, ${database.format}) ` +
            `and ${media.length} media files (${megabytes(mediaBytes)}) to ${file}: ${megabytes(summary.bytes)} in ${seconds(start)}.\n`,
        );
      } catch (error) {
        bars.stop();
        throw error;
      }
    });
}

/** `dossier restore FILE`: a backup into an empty site, checked against its manifest, all or nothing. */
export function restoreCommand(program: Command): void {
  program
    .command('restore')
    .description('restore a backup made by `dossier backup` into an empty database and empty MEDIA_DIR (same engine); stop the site first')
    .argument('<file>', 'the backup file')
    .action(async (file: string, _options: unknown, cmd: Command) => {
      parseOptions({ FILE: existingFile }, { FILE: file });
      const config = loadConfig(process.env, globalFlags(cmd));
      const start = performance.now();
      const bars = await progressBars();
      try {
        const { restoreBackup } = await import('../../backup/restore-backup.js');
        const manifest = await restoreBackup({ target: config.database, mediaDir: config.mediaDir, file, tools: { pgDump: config.pgDump, psql: config.psql }, onProgress: bars.listener });
        bars.stop();
        const rows = Object.values(manifest.database.tables).reduce((sum, n) => sum + n, 0);
        process.stdout.write(
          `Restored the backup of ${manifest.createdAt} (Dossier ${manifest.dossierVersion}) into ${describeDatabase(config.database)}: ` +
            `${Object.keys(manifest.database.tables).length} tables, ${rows} rows, ${manifest.media.length} media files, checked against its manifest, in ${seconds(start)}.\n`,
        );
      } catch (error) {
        bars.stop();
        throw error;
      }
    });
}
