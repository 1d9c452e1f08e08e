import { createHash } from 'node:crypto';
import { forbidden, invalid, notFound, m } from '../../domain/errors.js';
import { ACCEPTED_FORMATS, MAX_UPLOAD_BYTES, responsiveWidths, type Media, type MediaSize } from '../../domain/media.js';
import { canEditMedia } from '../../policies/media.js';
import type { UserActor } from '../../policies/policy.js';
import type { ImageProcessor, MediaFiles } from './ports.js';
import type { Clock, Repositories, Store } from '../ports.js';

export const EXTENSIONS: Record<MediaSize['format'], string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' };

/** Stored file names: hash prefix, optional width, extension. Nothing else is served. */
export const MEDIA_FILE_NAME = /^[a-f0-9]{16}(?:-\d{1,5})?\.(?:jpg|png|webp|avif|gif)$/;

function baseFormat(format: string): MediaSize['format'] {
  if (format === 'jpeg' || format === 'png' || format === 'webp' || format === 'gif') return format;
  return 'avif';
}

/** What an upload needs. */
export interface UploadInput {
  bytes: Buffer;
  filename: string;
  alt: string;
  userId: number | null;
  /**
   * Sizes in its own format only, encoded for speed: the demo's pictures, made at seed time
   * where every second counts (WebP and AVIF sizes of an upload take ten times as long).
   */
  quick?: boolean;
}

/**
 * Stores an uploaded image: its type is read from the bytes (a renamed PDF is refused),
 * then responsive widths are made in its own format and as WebP and AVIF. The same bytes
 * uploaded twice give the existing record.
 */
export function uploadMedia(store: Store, clock: Clock, images: ImageProcessor, files: MediaFiles, input: UploadInput): Promise<Media> {
  return storeMedia(store.repos, clock, images, files, input);
}

/**
 * The same as `uploadMedia`, through the given repositories (an import's transaction). The
 * files are written before the record; a rolled-back import leaves only unreferenced files.
 */
export async function storeMedia(repos: Repositories, clock: Clock, images: ImageProcessor, files: MediaFiles, input: UploadInput): Promise<Media> {
  if (input.bytes.length === 0) throw invalid(m`Choose an image file to upload.`, 'file');
  if (input.bytes.length > MAX_UPLOAD_BYTES) throw invalid(m`The file is larger than 20 MB; make it smaller and try again.`, 'file');
  const info = await images.inspect(input.bytes);
  if (!info || !ACCEPTED_FORMATS[info.format]) {
    throw invalid(m`This file is not an image Dossier can use (JPEG, PNG, WebP, GIF or AVIF), whatever its name says.`, 'file');
  }
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const existing = await repos.media.findBySha256(sha256);
  if (existing) return existing;
  const stored = sha256.slice(0, 16);
  const format = baseFormat(info.format);
  const original = `${stored}.${EXTENSIONS[format]}`;
  await files.write(original, input.bytes);
  const sizes: MediaSize[] = [];
  // GIFs are resized as PNG: their animation is not kept in the responsive sizes.
  const own = format === 'gif' ? 'png' : format;
  const formats = input.quick ? [own] : [...new Set<MediaSize['format']>([own, 'webp', 'avif'])];
  for (const width of responsiveWidths(info.width)) {
    for (const f of formats) {
      const out = await images.resize(input.bytes, width, f, input.quick ? { quick: true } : {});
      const file = `${stored}-${width}.${EXTENSIONS[f]}`;
      await files.write(file, out.data);
      sizes.push({ width: out.width, height: out.height, format: f, file });
    }
  }
  const record: Omit<Media, 'id'> = {
    filename: input.filename.slice(0, 255) || original,
    storedName: original,
    mime: ACCEPTED_FORMATS[info.format]!,
    width: info.width,
    height: info.height,
    bytes: input.bytes.length,
    alt: input.alt.trim().slice(0, 500),
    sizes,
    sha256,
    userId: input.userId,
    createdAt: clock().toISOString(),
  };
  return { ...record, id: await repos.media.insert(record) };
}

/** Changes an image's default alt text, when `actor` may change that image. */
export async function setMediaAlt(store: Store, actor: UserActor, id: number, alt: string): Promise<void> {
  const media = await store.repos.media.findById(id);
  if (!media) throw notFound(m`There is no such image.`);
  if (!canEditMedia(actor, media)) throw forbidden(m`You may only change the alt text of images you uploaded.`);
  await store.repos.media.setAlt(id, alt.trim().slice(0, 500));
}

/** A stored media file by name, or NotFound. */
export async function openMediaFile(files: MediaFiles, name: string) {
  if (!MEDIA_FILE_NAME.test(name)) throw notFound(m`There is no such file.`);
  const file = await files.open(name);
  if (!file) throw notFound(m`There is no such file.`);
  const ext = name.slice(name.lastIndexOf('.') + 1);
  const type = ext === 'jpg' ? 'image/jpeg' : `image/${ext}`;
  return { ...file, type };
}

/**
 * The pixel size of the uploaded image a site address shows (`/media/<hash>.<ext>`, or one
 * of its generated sizes, in the original's proportions); null for any other address.
 */
export async function mediaImageSize(store: Store, url: string): Promise<{ width: number; height: number } | null> {
  const match = /^\/media\/([0-9a-f]{16})(-\d+)?\.([a-z]+)$/.exec(url.trim());
  if (!match) return null;
  const names = match[2] ? Object.values(EXTENSIONS).map((ext) => `${match[1]}.${ext}`) : [`${match[1]}.${match[3]}`];
  for (const name of names) {
    const media = await store.repos.media.findByStoredName(name);
    if (media) return { width: media.width, height: media.height };
  }
  return null;
}
