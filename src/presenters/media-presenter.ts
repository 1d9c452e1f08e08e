import type { Media } from '../domain/media.js';
import type { PictureView } from './view-models.js';

const TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif' };

/**
 * An author's avatar drawn `px` wide: from the media library when stored there, else at the
 * address it was kept at (drawn square, its size unknown); null when the author has none.
 */
export function presentAvatar(media: Media | null | undefined, url: string | null | undefined, alt: string, px: number): PictureView | null {
  if (media) return presentPicture(media, alt, `${px}px`);
  if (!url) return null;
  return { sources: [], src: url, srcset: '', sizes: `${px}px`, width: px, height: px, alt };
}

/** Public address of a stored media file. */
export const mediaUrl = (file: string): string => `/media/${file}`;

/**
 * A `<picture>`: AVIF and WebP sources with `srcset` by width, the original format as the
 * `<img>` fallback. `sizes` says how wide it is drawn, so browsers pick the right file.
 */
export function presentPicture(media: Media, alt: string, sizes = '(min-width: 46rem) 43.5rem, 100vw'): PictureView {
  const byFormat = new Map<string, Media['sizes']>();
  for (const size of media.sizes) byFormat.set(size.format, [...(byFormat.get(size.format) ?? []), size]);
  const srcset = (format: string) => (byFormat.get(format) ?? []).map((s) => `${mediaUrl(s.file)} ${s.width}w`).join(', ');
  const fallbackFormat = [...byFormat.keys()].find((f) => f !== 'avif' && f !== 'webp') ?? 'webp';
  const fallback = byFormat.get(fallbackFormat) ?? [];
  const largest = fallback[fallback.length - 1];
  return {
    sources: (['avif', 'webp'] as const).filter((f) => byFormat.has(f) && f !== fallbackFormat).map((f) => ({ type: TYPES[f]!, srcset: srcset(f) })),
    src: largest ? mediaUrl(largest.file) : mediaUrl(media.storedName),
    srcset: srcset(fallbackFormat),
    sizes,
    width: largest?.width ?? media.width,
    height: largest?.height ?? media.height,
    alt,
  };
}
