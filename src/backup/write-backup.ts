import { mkdir, mkdtemp, rename, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { DatabaseTarget } from '../config/database-url.js';
import { DOSSIER_VERSION } from '../config/version.js';
import { BackupError, dumpDatabase, type PostgresTools, type ProgressListener } from '../store/database-backup.js';
import { packArchive } from './archive.js';
import { BACKUP_FORMAT_VERSION, type BackupManifest } from './manifest.js';
import { hashFile, listMedia } from './media-files.js';

export type { ProgressListener } from '../store/database-backup.js';

/** What to back up, and where to. */
export interface BackupRequest {
  target: DatabaseTarget;
  mediaDir: string;
  /** The backup file to write (a .tar.gz); an existing file is replaced only once the new one is whole. */
  file: string;
  tools: PostgresTools;
  onProgress: ProgressListener;
  now?: () => Date;
}

/** What a backup holds. */
export interface BackupSummary {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

/**
 * Backs up the site into one file: manifest.json, the database (copied consistently while
 * the site may keep running) and every file of the media folder. The archive is written
 * beside `file` and renamed onto it at the end, so `file` is never half written.
 */
export async function writeBackup(request: BackupRequest): Promise<BackupSummary> {
  const out = resolve(request.file);
  if (existsSync(out) && (await stat(out)).isDirectory()) throw new BackupError(`${request.file} is a folder; name the backup file to write (e.g. site.tar.gz).`);
  await mkdir(dirname(out), { recursive: true });
  const staging = await mkdtemp(join(dirname(out), `.${basename(out)}.`));
  const partial = `${staging}.partial`;
  const mediaLink = join(staging, 'media');
  try {
    const dump = await dumpDatabase(request.target, staging, request.tools, request.onProgress);
    const databaseFile = join(staging, dump.file);
    const media = await listMedia(request.mediaDir, request.onProgress);
    const manifest: BackupManifest = {
      format: 'dossier-backup',
      formatVersion: BACKUP_FORMAT_VERSION,
      dossierVersion: DOSSIER_VERSION,
      engine: request.target.engine,
      createdAt: (request.now ?? (() => new Date()))().toISOString(),
      database: {
        format: dump.format,
        file: dump.file as BackupManifest['database']['file'],
        ...(dump.schema ? { schema: dump.schema } : {}),
        size: (await stat(databaseFile)).size,
        sha256: await hashFile(databaseFile),
        migrations: dump.migrations,
        tables: dump.tables,
      },
      media,
    };
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    if (existsSync(request.mediaDir)) await symlink(resolve(request.mediaDir), mediaLink, 'dir');
    else await mkdir(mediaLink);
    const listed = new Map(media.map((entry) => [`media/${entry.path}`, entry.size]));
    const entries = 2 + media.length;
    let written = 0;
    await packArchive(
      partial,
      staging,
      ['manifest.json', dump.file, 'media'],
      (path, size) => !path.startsWith('media/') || listed.get(path) === size,
      () => request.onProgress('Archive', Math.min(++written, entries), entries),
    );
    await rename(partial, out);
    return { file: out, bytes: (await stat(out)).size, manifest };
  } finally {
    // The link first, so that nothing below ever reaches into the media folder itself.
    await unlink(mediaLink).catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}
