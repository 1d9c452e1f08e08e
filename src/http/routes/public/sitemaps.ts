import type { FastifyInstance } from 'fastify';
import { absoluteUrl } from '../../../domain/permalinks.js';
import { anyoneMayRead } from '../../../policies/public-content.js';
import {
  presentArticleUrls, presentEntryUrls, presentNewsUrls, presentSitemapIndex, type SitemapUrlView,
} from '../../../presenters/sitemap-presenter.js';
import { sendCacheable } from '../../conditional-get.js';
import { parseInput } from '../../parse-input.js';
import { cachePage } from '../../page-cache/page-cache.js';
import { sitemapFileTag, updatedTag } from '../../page-cache/page-tags.js';
import type { RouteDeps } from '../../route-deps.js';
import { sitemapFileSchema } from './sitemaps.schema.js';
import { renderRobots } from '../../../seo/robots.js';

const config = { policy: anyoneMayRead };

function newest(urls: readonly SitemapUrlView[]): string | null {
  return urls.reduce<string | null>((max, u) => (u.lastmod && (!max || u.lastmod > max) ? u.lastmod : max), null);
}

/** The sitemap index, per-type sitemaps (articles split at 50,000), Google News, robots.txt. */
export function registerSitemapRoutes(app: FastifyInstance, { reader, siteUrl }: RouteDeps<'reader'>): void {
  const { sitemaps } = reader;

  app.get('/sitemap.xml', { config }, async (request, reply) => {
    cachePage(reply, ['sitemap'], null, 'editors');
    const files = presentSitemapIndex(siteUrl, await sitemaps.index());
    const { renderSitemapIndex, SITEMAP_CONTENT_TYPE } = await import('../../../seo/render-sitemap.js');
    return sendCacheable(request, reply, await renderSitemapIndex(files), SITEMAP_CONTENT_TYPE, newest(files));
  });

  app.get('/sitemaps/:file', { config }, async (request, reply) => {
    const file = parseInput(sitemapFileSchema, request.params, { missing: 'not-found' }).file;
    let urls: SitemapUrlView[];
    // The other sitemaps list pages, sections, tags, authors and the newest articles.
    if (file.type !== 'articles') cachePage(reply, ['sitemap'], null, 'editors');
    if (file.type === 'articles') {
      const data = await sitemaps.articles(file.number);
      // The file's articles' addresses and updated times, and any new article of its block.
      cachePage(reply, [sitemapFileTag(file.number), ...data.articles.map((a) => updatedTag(a.id))], null, 'editors');
      urls = presentArticleUrls(siteUrl, data.chrome, data.articles, data.translations);
    } else if (file.type === 'pages') urls = presentEntryUrls(siteUrl, await sitemaps.pages());
    else if (file.type === 'sections') urls = presentEntryUrls(siteUrl, (await sitemaps.sections()).entries);
    else if (file.type === 'tags') urls = presentEntryUrls(siteUrl, await sitemaps.people('tag'));
    else if (file.type === 'authors') urls = presentEntryUrls(siteUrl, await sitemaps.people('author'));
    else {
      const data = await sitemaps.news();
      urls = presentNewsUrls(siteUrl, data.chrome, data.articles);
    }
    const { renderUrlset, SITEMAP_CONTENT_TYPE } = await import('../../../seo/render-sitemap.js');
    return sendCacheable(request, reply, await renderUrlset(urls, file.type === 'news'), SITEMAP_CONTENT_TYPE, newest(urls));
  });

  app.get('/robots.txt', { config }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(renderRobots(absoluteUrl(siteUrl, '/sitemap.xml'))),
  );
}
