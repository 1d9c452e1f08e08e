import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

function matchesEtag(header: string, etag: string): boolean {
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** Whether the client's copy (If-None-Match first, else If-Modified-Since) is still current. */
export function isFresh(request: Pick<FastifyRequest, 'headers'>, etag: string, lastModified: Date | null): boolean {
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch) return matchesEtag(noneMatch, etag);
  const modifiedSince = request.headers['if-modified-since'];
  if (!modifiedSince || !lastModified) return false;
  const since = Date.parse(modifiedSince);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * Sends a generated document (feed, sitemap) with an ETag (hash of the body) and
 * Last-Modified, answering 304 without a body when the client already has it.
 */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, body: string | Buffer, type: string, lastModified: string | null): FastifyReply {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const modified = lastModified && !Number.isNaN(Date.parse(lastModified)) ? new Date(lastModified) : null;
  reply.header('etag', etag).header('cache-control', 'public, max-age=300');
  if (modified) reply.header('last-modified', modified.toUTCString());
  if (isFresh(request, etag, modified)) return reply.code(304).send();
  return reply.type(type).send(body);
}
