import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PublicChange } from '../../services/reader/ports.js';
import { isFresh } from '../conditional-get.js';
import type { CachedPage, PageStore } from './page-store.js';
import { splicedBody, splicedGzip, splitAtToken } from './token-splice.js';
import { tagsOfChange } from './page-tags.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The cookie of a signed-in editor: every page is theirs, never shared. */
const EDITOR_COOKIES = ['dossier_session'];
/** Cookies of a commenter, which pages showing comments honour (their pending comments, their remembered name). */
const COMMENTER_COOKIES = ['dossier_comment_token', 'dossier_commenter'];
const PERSONAL_COOKIES = [...EDITOR_COOKIES, ...COMMENTER_COOKIES];

/**
 * Whose page a cached page may be: a signed-in editor's always; a commenter's only where
 * comments show (article pages). A returning commenter reads lists and feeds from the cache.
 */
export type PersonalTo = 'editors' | 'editors-and-commenters';

/** Browsers and CDNs may keep a page a minute, and serve it stale while they fetch a fresh one. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

declare module 'fastify' {
  interface FastifyRequest {
    /** The cache key of a page this request may store, and the purge epoch it was looked up at. */
    pageCacheMiss: { key: string; epoch: number } | null;
  }
  interface FastifyReply {
    /** Tags of what the page shows; a public page that sets them may be cached. */
    pageTags: string[] | null;
    /** The comment form token the page carries, to be fresh in every answer from the cache. */
    pageFormToken: { articleId: number; value: string } | null;
    /** Cookies that make the page someone's own (PersonalTo). */
    pagePersonal: string[] | null;
  }
}

/** Fresh comment form tokens (what the comment services issue): `issueNow` once the site's key is loaded, else null. */
export interface FormTokenIssuer {
  issue(articleId: number): Promise<string>;
  issueNow(articleId: number): string | null;
}

/** The shared page cache: a store, and purging it by what changed. */
export interface PageCache {
  store: PageStore;
  /** Purges the pages a committed change affects (never throws: a cache outage only costs speed). */
  purge(change: PublicChange): Promise<void>;
}

/** A page cache over `store`; `onError` hears about purges that failed. */
export function createPageCache(store: PageStore, onError: (error: unknown) => void = () => undefined): PageCache {
  return {
    store,
    async purge(change) {
      try {
        const tags = tagsOfChange(change);
        if (tags === 'all') await store.clear();
        else if (tags.length > 0) await store.purge(tags);
      } catch (error) {
        onError(error);
      }
    },
  };
}

/**
 * Marks a public page as cacheable, with the tags of what it shows, the form token it
 * carries, if any, and whose own it may be.
 */
export function cachePage(
  reply: FastifyReply,
  tags: Iterable<string>,
  formToken?: { articleId: number; value: string } | null,
  personalTo: PersonalTo = 'editors-and-commenters',
): FastifyReply {
  reply.pageTags = [...new Set(tags)];
  reply.pageFormToken = formToken ?? null;
  reply.pagePersonal = personalTo === 'editors' ? EDITOR_COOKIES : PERSONAL_COOKIES;
  return reply;
}

type Headers = FastifyRequest['headers'];

/** Whether the request carries one of `names` (by default any personal cookie). */
function personal(headers: Headers, names: string[] = PERSONAL_COOKIES): boolean {
  const cookies = headers.cookie;
  return cookies !== undefined && names.some((name) => cookies.includes(`${name}=`));
}

function encodingFor(headers: Headers): 'br' | 'gzip' | null {
  const accepted = String(headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

/** Whether a request is for a public page the cache may hold (whoever asks). */
function cacheable(method: string | undefined, url: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !url.startsWith('/admin') && !url.startsWith('/assets/');
}

/** Whether `page` may answer this request: not when it carries a cookie that makes the page its own. */
function sharedWith(headers: Headers, page: CachedPage): boolean {
  return !personal(headers, page.personal);
}

/** An answer from a cached page: status, headers and body. */
interface CachedAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  /** The body in the chunks it is kept in (a spliced page is three). */
  body: Buffer[];
}

/**
 * Answers from a cached page: 304 when the client has it, else the best encoding it
 * accepts. A page with a comment form gets `token`, fresh (gzip or plain).
 */
function cachedAnswer(headers: Headers, page: CachedPage, state: 'HIT' | 'MISS', token: string | null): CachedAnswer {
  const out: Record<string, string> = { etag: page.etag, 'cache-control': PAGE_CACHE_CONTROL, vary: 'Accept-Encoding', 'x-cache': state };
  if (page.lastModified) out['last-modified'] = page.lastModified;
  if (isFresh({ headers }, page.etag, page.lastModified ? new Date(page.lastModified) : null)) return { status: 304, headers: out, body: [] };
  out['content-type'] = page.type;
  const encoding = encodingFor(headers);
  if (page.splice && token !== null) {
    if (encoding) out['content-encoding'] = 'gzip';
    return { status: 200, headers: out, body: encoding ? splicedGzip(page.splice, token) : splicedBody(page.splice, token) };
  }
  if (encoding) out['content-encoding'] = encoding;
  return { status: 200, headers: out, body: [encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.body] };
}

function send(reply: FastifyReply, answer: CachedAnswer): Buffer | '' {
  reply.code(answer.status).headers(answer.headers);
  return answer.body.length === 0 ? '' : answer.body.length === 1 ? answer.body[0]! : Buffer.concat(answer.body);
}

async function toPage(body: Buffer, reply: FastifyReply, tags: string[]): Promise<CachedPage> {
  const token = reply.pageFormToken;
  const splice = token ? splitAtToken(body, token.value, token.articleId) : null;
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzipped(body, { level: 6 }),
  ]);
  // A page with a form token differs by the token alone: its tag is of the rest.
  const hashed = splice ? Buffer.concat([splice.prefix, splice.suffix]) : body;
  const etag = String(reply.getHeader('etag') ?? `${splice ? 'W/' : ''}"${createHash('sha1').update(hashed).digest('base64url')}"`);
  const lastModified = reply.getHeader('last-modified');
  return {
    type: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'), etag, lastModified: lastModified ? String(lastModified) : null, body, gzip: gz, br, tags, splice, personal: reply.pagePersonal ?? PERSONAL_COOKIES,
  };
}

/**
 * Anonymous GETs of public pages are answered from the cache; a page is stored when its
 * route tagged it (cachePage), answered 200 and set no cookie. A request carrying a
 * cookie that makes the page its own (a session everywhere, a commenter's on pages with
 * comments) is not served from it, and a request carrying any of them stores nothing.
 */
export function installPageCache(app: FastifyInstance, cache: PageCache, tokens?: FormTokenIssuer): void {
  const { store } = cache;
  app.decorateRequest('pageCacheMiss', null);
  app.decorateReply('pageTags', null);
  app.decorateReply('pageFormToken', null);
  app.decorateReply('pagePersonal', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request.method, request.url)) return;
    const page = await store.get(request.url);
    if (page && sharedWith(request.headers, page)) {
      const token = page.splice && tokens ? await tokens.issue(page.splice.articleId) : null;
      return reply.send(send(reply, cachedAnswer(request.headers, page, 'HIT', token)));
    }
    if (personal(request.headers)) reply.header('cache-control', 'private, no-cache');
    else request.pageCacheMiss = { key: request.url, epoch: await store.epoch() };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const miss = request.pageCacheMiss;
    if (!miss || reply.statusCode !== 200 || !reply.pageTags || reply.hasHeader('set-cookie')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const page = await toPage(Buffer.from(payload), reply, reply.pageTags);
    // A purge since the look-up may have changed what this page shows: answer it, keep it not.
    if ((await store.epoch()) === miss.epoch) await store.set(miss.key, page);
    // This answer keeps the token it was rendered with.
    return send(reply, cachedAnswer(request.headers, { ...page, splice: null }, 'MISS', null));
  });
}

/**
 * The fast path in front of the framework: a cached page held in this process's memory
 * is written straight to the socket, as a bare node:http server would. Returns false when
 * the request needs the app (not cacheable, not held, or held elsewhere).
 */
export function cacheFastPath(cache: PageCache, tokens?: FormTokenIssuer, extraHeaders: Record<string, string> = {}): (request: IncomingMessage, response: ServerResponse) => boolean {
  const { store } = cache;
  return (request, response) => {
    const url = request.url ?? '/';
    if (!store.peek || !cacheable(request.method, url)) return false;
    const page = store.peek(url);
    if (!page || !sharedWith(request.headers, page)) return false;
    let token: string | null = null;
    if (page.splice) {
      token = tokens?.issueNow(page.splice.articleId) ?? null;
      if (token === null) return false;
    }
    const answer = cachedAnswer(request.headers, page, 'HIT', token);
    let length = 0;
    for (const chunk of answer.body) length += chunk.length;
    answer.headers['content-length'] = String(length);
    response.writeHead(answer.status, Object.assign(answer.headers, extraHeaders));
    if (request.method === 'HEAD' || length === 0) response.end();
    else if (answer.body.length === 1) response.end(answer.body[0]);
    else {
      response.cork();
      for (const chunk of answer.body) response.write(chunk);
      response.end();
    }
    return true;
  };
}

/** Opens the configured page cache: Redis when a URL is given, else this process's memory; none at 0 MB. */
export async function openPageCache(options: { redisUrl: string | null; redisPrefix?: string; megabytes: number }, onError?: (error: unknown) => void): Promise<PageCache | null> {
  if (options.redisUrl) {
    const { redisPageStore } = await import('./redis-page-store.js');
    return createPageCache(redisPageStore(options.redisUrl, options.redisPrefix), onError);
  }
  if (options.megabytes === 0) return null;
  const { memoryPageStore } = await import('./memory-page-store.js');
  return createPageCache(memoryPageStore(options.megabytes * 1024 * 1024), onError);
}
