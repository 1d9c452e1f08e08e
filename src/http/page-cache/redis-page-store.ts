import { Redis } from 'ioredis';
import type { CachedPage, PageStore } from './page-store.js';

/** How long Redis keeps a page nobody purged (a day): memory is Redis's to bound, not ours. */
const TTL_SECONDS = 86_400;

/**
 * Pages in Redis, shared by every process of the site (and every machine using the same
 * Redis): a hash per page, a set of page keys per tag, and a purge counter.
 */
export function redisPageStore(url: string, prefix = 'dossier:'): PageStore {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  // Redis going away must not take the site down: a failed look-up is a miss.
  redis.on('error', () => undefined);
  const pageKey = (key: string) => `${prefix}page:${key}`;
  const tagKey = (tag: string) => `${prefix}tag:${tag}`;
  const epochKey = `${prefix}epoch`;
  return {
    async get(key) {
      try {
        const fields = await redis.hgetallBuffer(pageKey(key));
        if (!fields['meta']) return null;
        const { spliceAt, ...meta } = JSON.parse(fields['meta'].toString('utf8')) as Pick<CachedPage, 'type' | 'etag' | 'lastModified' | 'tags' | 'personal'> & {
          spliceAt: { articleId: number; prefix: number; suffix: number } | null;
        };
        const body = fields['body']!;
        const splice = spliceAt
          ? {
            articleId: spliceAt.articleId,
            prefix: body.subarray(0, spliceAt.prefix),
            suffix: body.subarray(body.length - spliceAt.suffix),
            prefixDeflate: fields['prefixDeflate']!,
            suffixDeflate: fields['suffixDeflate']!,
          }
          : null;
        return { ...meta, body, gzip: fields['gzip']!, br: fields['br']!, splice };
      } catch {
        return null;
      }
    },
    async set(key, page) {
      const { body, gzip, br, splice, ...meta } = page;
      const spliceAt = splice ? { articleId: splice.articleId, prefix: splice.prefix.length, suffix: splice.suffix.length } : null;
      const parts = splice ? { prefixDeflate: splice.prefixDeflate, suffixDeflate: splice.suffixDeflate } : {};
      const multi = redis.multi().hset(pageKey(key), { meta: JSON.stringify({ ...meta, spliceAt }), body, gzip, br, ...parts }).expire(pageKey(key), TTL_SECONDS);
      for (const tag of page.tags) multi.sadd(tagKey(tag), key).expire(tagKey(tag), TTL_SECONDS);
      await multi.exec().catch(() => undefined);
    },
    async purge(tags) {
      const keys = new Set<string>();
      for (const tag of tags) for (const key of await redis.smembers(tagKey(tag))) keys.add(key);
      const multi = redis.multi().incr(epochKey);
      for (const key of keys) multi.del(pageKey(key));
      for (const tag of tags) multi.del(tagKey(tag));
      await multi.exec();
    },
    async clear() {
      await redis.incr(epochKey);
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}page:*`, 'COUNT', 500);
        cursor = next;
        if (found.length) await redis.del(...found);
      } while (cursor !== '0');
      cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}tag:*`, 'COUNT', 500);
        cursor = next;
        if (found.length) await redis.del(...found);
      } while (cursor !== '0');
    },
    epoch: async () => Number((await redis.get(epochKey).catch(() => null)) ?? 0),
    async keys() {
      const out: string[] = [];
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}page:*`, 'COUNT', 500);
        cursor = next;
        out.push(...found.map((k) => k.slice(`${prefix}page:`.length)));
      } while (cursor !== '0');
      return out;
    },
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
}
