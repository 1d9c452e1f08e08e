import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { KEPT_CARDS_FOLDER } from '../domain/share-card.js';
import type { ProgressListener } from '../store/database-backup.js';

/** One file of the media folder: its path inside it ('/'-separated), size and SHA-256. */
export interface MediaEntry {
  path: string;
  size: number;
  sha256: string;
}

/** SHA-256 of a file's bytes, in hex. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

// Uploads are written as `.NAME.PID-THREAD-N.tmp` and renamed (media-folder.ts); one half written is no file yet.
const UPLOAD_IN_PROGRESS = /^\..+\.tmp$/;

/**
 * The regular files under `dir`, sorted, with their paths relative to it; none when it does not
 * exist. The kept share cards are left out: derived pictures the site draws again when missing.
 */
export async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && path === KEPT_CARDS_FOLDER) continue;
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, path)));
    else if (entry.isFile() && !UPLOAD_IN_PROGRESS.test(entry.name)) files.push(path);
  }
  return files;
}

/** Lists and hashes every file of the media folder. */
export async function listMedia(dir: string, onProgress: ProgressListener): Promise<MediaEntry[]> {
  const paths = await filesUnder(dir);
  const entries: MediaEntry[] = [];
  for (const [index, path] of paths.entries()) {
    const full = join(dir, path);
    entries.push({ path, size: (await stat(full)).size, sha256: await hashFile(full) });
    onProgress('Media', index + 1, paths.length);
  }
  return entries;
}

/** Names the first way the files under `dir` differ from `expected` (missing, extra, size, checksum), or null. */
export async function mediaMismatch(dir: string, expected: MediaEntry[], onProgress: ProgressListener): Promise<string | null> {
  const found = new Set(await filesUnder(dir));
  for (const [index, entry] of expected.entries()) {
    if (!found.has(entry.path)) return `media file ${entry.path} is missing`;
    found.delete(entry.path);
    const full = join(dir, entry.path);
    const size = (await stat(full)).size;
    if (size !== entry.size) return `media file ${entry.path} has ${size} bytes, the manifest says ${entry.size}`;
    if ((await hashFile(full)) !== entry.sha256) return `media file ${entry.path} does not match its SHA-256 checksum`;
    onProgress('Checking media', index + 1, expected.length);
  }
  const extra = [...found];
  return extra.length > 0 ? `the backup holds media files its manifest does not list: ${extra.slice(0, 5).join(', ')}` : null;
}
