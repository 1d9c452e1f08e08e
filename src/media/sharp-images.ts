import type { ImageProcessor } from '../services/media/ports.js';

// AVIF at sharp's default effort takes seconds per size on a small machine; 2 is a
// fair trade of file size for upload time.
const AVIF_EFFORT = 2;

/** zlib level of PNGs drawn from SVG (share cards): see svgToPng. */
const SVG_PNG_COMPRESSION = 6;

// Loaded on first upload: serving pages never needs libvips.
const loadSharp = async () => (await import('sharp')).default;

/** Image reading and resizing with sharp (libvips). */
export function sharpImages(): ImageProcessor {
  return {
    async inspect(bytes) {
      const sharp = await loadSharp();
      try {
        const meta = await sharp(bytes, { animated: false }).metadata();
        if (!meta.format || !meta.width || !meta.height) return null;
        return { format: meta.format, width: meta.width, height: meta.height };
      } catch {
        return null;
      }
    },
    async resize(bytes, width, format, options = {}) {
      const sharp = await loadSharp();
      const quick = options.quick === true;
      let pipeline = sharp(bytes, { animated: false }).rotate().resize({ width, withoutEnlargement: true });
      if (format === 'jpeg') pipeline = pipeline.jpeg({ quality: 82, mozjpeg: !quick });
      else if (format === 'png') pipeline = pipeline.png({ compressionLevel: quick ? 6 : 9 });
      else if (format === 'webp') pipeline = pipeline.webp({ quality: 80, ...(quick ? { effort: 0 } : {}) });
      else if (format === 'avif') pipeline = pipeline.avif({ quality: 55, effort: quick ? 0 : AVIF_EFFORT });
      else pipeline = pipeline.gif();
      const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    },
    async svgToPng(svg) {
      const sharp = await loadSharp();
      // zlib level 6, not 9: a 1200×630 share card takes ~14 ms of CPU instead of ~45 ms and
      // comes out ~51 KB instead of ~39 KB; at 9 the cards were most of a static export's CPU.
      return sharp(Buffer.from(svg, 'utf8')).png({ compressionLevel: SVG_PNG_COMPRESSION }).toBuffer();
    },
    async svgToJpeg(svg) {
      const sharp = await loadSharp();
      return sharp(Buffer.from(svg, 'utf8')).jpeg({ quality: 85 }).toBuffer();
    },
  };
}
