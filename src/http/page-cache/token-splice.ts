import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A cached page whose comment form carries a signed, timed token (the "sent too fast"
 * rule measures from it): stored in two parts around the token, so every reader gets a
 * fresh one. The gzip variant is spliced too — each part is its own deflate blocks,
 * byte-aligned by a full flush, so only the token is compressed per answer.
 */
export interface TokenSplice {
  articleId: number;
  prefix: Buffer;
  suffix: Buffer;
  prefixDeflate: Buffer;
  suffixDeflate: Buffer;
}

// Fixed gzip header: deflate, no name, no time, unknown OS.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** Splits `body` around the one occurrence of `token`; null when it is not there exactly once. */
export function splitAtToken(body: Buffer, token: string, articleId: number): TokenSplice | null {
  const at = body.indexOf(token);
  if (at < 0 || body.indexOf(token, at + 1) >= 0) return null;
  const prefix = body.subarray(0, at);
  const suffix = body.subarray(at + Buffer.byteLength(token));
  return {
    articleId,
    prefix,
    suffix,
    prefixDeflate: deflateRawSync(prefix, { level: 6, finishFlush: constants.Z_FULL_FLUSH }),
    suffixDeflate: deflateRawSync(suffix, { level: 6 }),
  };
}

/** The page with `token` in place, as the chunks to write (no copy of the page). */
export function splicedBody(splice: TokenSplice, token: string): Buffer[] {
  return [splice.prefix, Buffer.from(token), splice.suffix];
}

/** The page with `token` in place, gzipped: the stored parts around the token's own blocks. */
export function splicedGzip(splice: TokenSplice, token: string): Buffer[] {
  const middle = Buffer.from(token);
  const tokenDeflate = deflateRawSync(middle, { level: 1, finishFlush: constants.Z_FULL_FLUSH });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(splice.suffix, crc32(middle, crc32(splice.prefix))) >>> 0, 0);
  trailer.writeUInt32LE((splice.prefix.length + middle.length + splice.suffix.length) >>> 0, 4);
  return [GZIP_HEADER, splice.prefixDeflate, tokenDeflate, splice.suffixDeflate, trailer];
}
