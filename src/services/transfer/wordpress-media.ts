import { isUnavailable } from '../../domain/errors.js';
import { mapWxrAttachment } from '../../importers/wordpress/map-attachment.js';
import type { WxrItem } from '../../importers/wordpress/wxr-types.js';
import { storeMedia } from '../media/upload-media.js';
import type { Clock, Repositories } from '../ports.js';
import type { createSummary } from './import-summary.js';
import type { MediaTools } from '../media/ports.js';
import type { WordPressImportInput } from './ports.js';

type Summary = ReturnType<typeof createSummary>;

/**
 * Imports one attachment as a media record (responsive sizes, WebP and AVIF) from the old
 * site's uploads folder. Without the folder, or when its file is missing or not an image,
 * it is skipped (with a warning naming the file).
 */
export async function importAttachment(
  repos: Repositories,
  clock: Clock,
  source: string,
  item: WxrItem,
  input: WordPressImportInput,
  media: MediaTools | undefined,
  summary: Summary,
  mediaByPath?: Map<string, string>,
): Promise<void> {
  const attachment = mapWxrAttachment(item);
  if (!attachment || !input.readUpload || !media) {
    summary.count('media', 'skipped');
    return;
  }
  const known = await repos.importSources.find(source, 'attachment', attachment.externalId);
  if (known) {
    const existing = await repos.media.findById(known.localId);
    if (existing) mediaByPath?.set(attachment.relativePath, `/media/${existing.storedName}`);
    summary.count('media', 'skipped');
    return;
  }
  const bytes = await input.readUpload(attachment.relativePath, attachment.url);
  if (!bytes) {
    summary.warnings.push(`${input.file}:${item.line}: the attachment "${attachment.relativePath}" is not in the uploads folder; skipped.`);
    summary.count('media', 'skipped');
    return;
  }
  try {
    const stored = await storeMedia(repos, clock, media.images, media.files, { bytes, filename: attachment.filename, alt: attachment.alt, userId: null });
    await repos.importSources.save(source, 'attachment', attachment.externalId, { localId: stored.id, checksum: stored.sha256 }, clock().toISOString());
    mediaByPath?.set(attachment.relativePath, `/media/${stored.storedName}`);
    summary.count('media', 'created');
  } catch (error) {
    // A lost database is not this attachment's fault: the whole import stops.
    if (isUnavailable(error)) throw error;
    summary.warnings.push(`${input.file}:${item.line}: the attachment "${attachment.relativePath}" could not be used: ${error instanceof Error ? error.message : String(error)}`);
    summary.count('media', 'skipped');
  }
}
