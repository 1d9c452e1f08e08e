// Ports of uploaded media: records, files and image processing.
import type { Readable } from 'node:stream';
import type { Media } from '../../domain/media.js';

/** Uploaded images. */
export interface MediaRepository {
  insert(media: Omit<Media, 'id'>): Promise<number>;
  findById(id: number): Promise<Media | null>;
  findBySha256(sha256: string): Promise<Media | null>;
  /** The image whose original file has this name (`<hash16>.<ext>`), or null. */
  findByStoredName(storedName: string): Promise<Media | null>;
  list(limit: number, offset: number): Promise<Media[]>;
  count(): Promise<number>;
  setAlt(id: number, alt: string): Promise<void>;
}

/** Where uploaded files live (a folder on disk; object storage later). */
export interface MediaFiles {
  write(name: string, bytes: Buffer): Promise<void>;
  /** A stream of a stored file, or null when there is none. */
  open(name: string): Promise<{ stream: Readable; size: number } | null>;
  /** The bytes of a stored file, or null when there is none. */
  read(name: string): Promise<Buffer | null>;
}

/** What an image is, read from its bytes. */
export interface ImageInfo {
  format: string;
  width: number;
  height: number;
}

/** Reads and resizes images (sharp). */
export interface ImageProcessor {
  /** The format and size the bytes show, or null when they are not an image. */
  inspect(bytes: Buffer): Promise<ImageInfo | null>;
  /** One size of an image; `quick` trades some bytes for a tenth of the time (no mozjpeg, lowest WebP/AVIF effort). */
  resize(bytes: Buffer, width: number, format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', options?: { quick?: boolean }): Promise<{ data: Buffer; width: number; height: number }>;
  /** An SVG document drawn to PNG (text in the machine's fonts). */
  svgToPng(svg: string): Promise<Buffer>;
  /** An SVG document drawn to JPEG (pictures without text or transparency). */
  svgToJpeg(svg: string): Promise<Buffer>;
}

/** What storing images needs: an image processor and the media folder. */
export interface MediaTools {
  images: ImageProcessor;
  files: MediaFiles;
}
