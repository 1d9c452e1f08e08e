/** One generated file of an image: a width in one format. */
export interface MediaSize {
  width: number;
  height: number;
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
  file: string;
}

/** An uploaded image and its responsive sizes. */
export interface Media {
  id: number;
  filename: string;
  storedName: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  sizes: MediaSize[];
  sha256: string;
  userId: number | null;
  createdAt: string;
}

/** Widths made for `srcset`. */
export const RESPONSIVE_WIDTHS: readonly number[] = [480, 800, 1200, 1600];

/** Uploads larger than this are refused. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The widths to make of an image `width` pixels wide: never wider than the original. */
export function responsiveWidths(width: number): number[] {
  const widths = RESPONSIVE_WIDTHS.filter((w) => w < width);
  if (width <= RESPONSIVE_WIDTHS[RESPONSIVE_WIDTHS.length - 1]!) widths.push(width);
  else widths.push(RESPONSIVE_WIDTHS[RESPONSIVE_WIDTHS.length - 1]!);
  return [...new Set(widths)];
}

/** Image types accepted, by the format the bytes show (not the file name). */
export const ACCEPTED_FORMATS: Readonly<Record<string, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heif: 'image/avif',
};

/** How many Markdown images in a text have no alt text (`![](…)`), outside code. */
export function imagesWithoutAlt(markdown: string): number {
  const withoutCode = markdown.replace(/```[\s\S]*?```|`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/!\[\s*\]\(/g)].length;
}

/** The warning for images without alt text, or null when every image has some. */
export function altTextWarning(markdown: string, featuredWithoutAlt: boolean): string | null {
  const inText = imagesWithoutAlt(markdown);
  const parts = [featuredWithoutAlt ? 'the featured image' : '', inText ? `${inText} image${inText === 1 ? '' : 's'} in the text` : ''].filter(Boolean);
  return parts.length ? `No alt text for ${parts.join(' and ')}: describe ${featuredWithoutAlt && !inText ? 'it' : 'them'} for readers who cannot see images.` : null;
}

/** An article's featured image with the alt text shown with it (the article's own, else the image's). */
export interface FeaturedImage {
  media: Media;
  alt: string;
}
