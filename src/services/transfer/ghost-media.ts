import { isUnavailable } from '../../domain/errors.js';
import type { MediaTools } from '../media/ports.js';
import { storeMedia } from '../media/upload-media.js';
import type { Clock, Repositories } from '../ports.js';
import type { ImportTally } from './import-summary.js';

/** Reads a file of a Ghost site's `content` folder by its path under it ("images/2021/04/a.jpg"). */
export type ReadGhostContent = (relativePath: string) => Promise<Buffer | null>;

/** Where a Ghost image sits under the site's `content` folder, or null for an image hosted elsewhere. */
export function ghostContentPath(url: string): string | null {
  const m = /^(?:__GHOST_URL__|https?:\/\/[^/]+(?:\/[^/]+)*?)?\/content\/(images\/[^?#]+)/.exec(url);
  if (!m) return null;
  try {
    const path = decodeURIComponent(m[1]!);
    return path.split('/').includes('..') ? null : path;
  } catch {
    return null;
  }
}

/**
 * Imports a Ghost feature image as media from a copy of the site's `content` folder; the
 * media id, or null (with the reason in the summary) when it cannot be.
 */
export async function importGhostImage(
  repos: Repositories,
  clock: Clock,
  image: { url: string; alt: string },
  readContent: ReadGhostContent | undefined,
  media: MediaTools | undefined,
  where: string,
  summary: ImportTally,
  what = 'feature image',
): Promise<number | null> {
  const path = ghostContentPath(image.url);
  if (!path || !readContent || !media) return null;
  const bytes = await readContent(path);
  if (!bytes) {
    summary.warnings.push(`${where}: the ${what} "${path}" is not in the content folder.`);
    summary.count('media', 'skipped');
    return null;
  }
  try {
    const stored = await storeMedia(repos, clock, media.images, media.files, { bytes, filename: path.split('/').pop() ?? path, alt: image.alt, userId: null });
    summary.count('media', 'created');
    return stored.id;
  } catch (error) {
    if (isUnavailable(error)) throw error;
    summary.warnings.push(`${where}: the ${what} "${path}" could not be used: ${error instanceof Error ? error.message : String(error)}`);
    summary.count('media', 'skipped');
    return null;
  }
}

/** An image Ghost names: imported as media (its id and local address), kept at its address, or neither (why, in `dropped`). */
export type GhostImage = { mediaId: number; url: string } | { mediaId: null; url: string } | { mediaId: null; url: null; dropped: string };

/**
 * Where an image Ghost names (an author's profile image, a share-card image) lives on the new
 * site: imported as media from the content folder when it is there; else kept at its address
 * when that is absolute (`//host/…` made https); an address on the old site (`__GHOST_URL__`)
 * that could not be imported leads nowhere, so it is dropped.
 */
export async function resolveGhostImage(
  repos: Repositories,
  clock: Clock,
  url: string,
  alt: string,
  readContent: ReadGhostContent | undefined,
  media: MediaTools | undefined,
  where: string,
  summary: ImportTally,
  what: string,
): Promise<GhostImage> {
  const mediaId = await importGhostImage(repos, clock, { url, alt }, readContent, media, where, summary, what);
  if (mediaId !== null) {
    const stored = await repos.media.findById(mediaId);
    if (stored) return { mediaId, url: `/media/${stored.storedName}` };
  }
  const absolute = url.startsWith('//') ? `https:${url}` : url;
  if (/^https?:\/\/[^/]/i.test(absolute)) return { mediaId: null, url: absolute };
  return { mediaId: null, url: null, dropped: readContent ? 'it is not in the content folder' : 'it is on the old site: give a copy of its content folder with --content DIR' };
}
