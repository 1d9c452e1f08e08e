import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describeDatabase, type DatabaseTarget } from '../config/database-url.js';
import { BackupError, restoreDatabase, siteContents, type PostgresTools, type ProgressListener } from '../store/database-backup.js';
import { unpackArchive } from './archive.js';
import { parseManifest, type BackupManifest } from './manifest.js';
import { filesUnder, hashFile, mediaMismatch } from './media-files.js';

/** What to restore, and into which (empty) site. */
export interface RestoreRequest {
  target: DatabaseTarget;
  mediaDir: string;
  file: string;
  tools: PostgresTools;
  onProgress: ProgressListener;
}

const ENGINE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

// A restore never writes over a site: the database must hold no content, the media folder no file.
async function refuseUnlessEmpty(request: RestoreRequest): Promise<void> {
  const contents = await siteContents(request.target);
  const held = Object.entries(contents.content).filter(([, rows]) => rows > 0);
  if (held.length > 0) {
    const what = held.map(([table, rows]) => `${rows} ${table}`).join(', ');
    throw new BackupError(`${describeDatabase(request.target)} already holds a site (${what}). A backup is restored only into an empty database; nothing was changed.`);
  }
  const files = await filesUnder(request.mediaDir);
  if (files.length > 0) throw new BackupError(`MEDIA_DIR ${request.mediaDir} already holds ${files.length} files. A backup is restored only into an empty media folder; nothing was changed.`);
}

async function readManifest(dir: string): Promise<BackupManifest> {
  const path = join(dir, 'manifest.json');
  return parseManifest(existsSync(path) ? await readFile(path, 'utf8') : null);
}

async function checkContents(dir: string, manifest: BackupManifest, onProgress: ProgressListener): Promise<void> {
  const database = join(dir, manifest.database.file);
  if (!existsSync(database)) throw new BackupError(`The backup has no ${manifest.database.file}, which its manifest names. Nothing was restored.`);
  const size = (await stat(database)).size;
  if (size !== manifest.database.size || (await hashFile(database)) !== manifest.database.sha256) {
    throw new BackupError(`The backup's ${manifest.database.file} does not match the size and SHA-256 its manifest gives: the file is damaged. Nothing was restored.`);
  }
  const problem = await mediaMismatch(join(dir, 'media'), manifest.media, onProgress);
  if (problem) throw new BackupError(`The backup's media do not match its manifest: ${problem}. Nothing was restored.`);
}

/**
 * Restores a backup into an empty site, all or nothing: the archive is unpacked beside the
 * media folder and checked against its manifest (checksums) before anything is written; the
 * media folder is moved into place, then the database is restored and its rows counted — a
 * failure there moves the media back out.
 */
export async function restoreBackup(request: RestoreRequest): Promise<BackupManifest> {
  if (!existsSync(request.file)) throw new BackupError(`${request.file} does not exist.`);
  await refuseUnlessEmpty(request);
  const mediaDir = resolve(request.mediaDir);
  await mkdir(dirname(mediaDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(mediaDir), '.dossier-restore-'));
  try {
    await unpackArchive(request.file, staging);
    const manifest = await readManifest(staging);
    if (manifest.engine !== request.target.engine) {
      throw new BackupError(
        `This is a backup of a ${ENGINE_NAMES[manifest.engine]} site; it restores only into ${ENGINE_NAMES[manifest.engine]} (DATABASE_URL names ${ENGINE_NAMES[request.target.engine]}). To move a site between engines use dossier export json and dossier import json.`,
      );
    }
    await checkContents(staging, manifest, request.onProgress);
    await mkdir(join(staging, 'media'), { recursive: true });
    const hadMediaDir = existsSync(mediaDir);
    await rm(mediaDir, { recursive: true, force: true });
    await rename(join(staging, 'media'), mediaDir);
    try {
      await restoreDatabase(request.target, staging, manifest.database, request.tools, request.onProgress);
    } catch (error) {
      await rename(mediaDir, join(staging, 'media'));
      if (hadMediaDir) await mkdir(mediaDir, { recursive: true });
      throw error;
    }
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
