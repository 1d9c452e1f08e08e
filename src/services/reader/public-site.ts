import { ARTICLE_SITEMAP_BLOCK, articleSitemapFile } from '../../domain/sitemaps.js';
import type { Redirect } from '../../domain/people.js';
import { articlePath, authorPath, permalinkRules, sectionPath, tagPath } from '../../domain/permalinks.js';
import { sectionSlugPath } from '../../domain/section.js';
import type { StaticListScope } from '../../domain/static-page.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome } from './chrome.js';

/** A list readers can page through: its path, its key and how many pages it has. */
export interface PublicList {
  path: string;
  pages: number;
  /** Which list it is: home, or a section (slug path), tag or author (slug). */
  scope: StaticListScope;
  /** The section's slug path, or the tag's or author's slug ('' for home). */
  key: string;
  /** Whether it has feeds (home's are the site's, at `/feed.xml`). */
  feeds: boolean;
}

/** A published article, as a static copy lists and searches it. */
export interface PublicArticle {
  id: number;
  path: string;
  slug: string;
  title: string;
  publishedAt: string;
  updatedAt: string;
  /** Slug path of its section, '' when it has none. */
  section: string;
  excerpt: string;
}

/** Everything a reader can reach on the site, by kind (what `dossier export static` writes). */
export interface PublicSite {
  lists: PublicList[];
  articles: PublicArticle[];
  /** Standalone pages (`/about`). */
  pages: string[];
  /** Article sitemaps (`/sitemaps/articles-N.xml`, N from 1). */
  articleSitemaps: number;
  /** Uploaded files as served under /media/. */
  media: string[];
  redirects: Redirect[];
}

const MEDIA_BATCH = 500;

/** Every public list, article, page, sitemap, media file and redirect of the site now. */
export async function publicSite(store: Store, clock: Clock): Promise<PublicSite> {
  const now = clock().toISOString();
  const { repos } = store;
  const chrome = await loadChrome(repos, now);
  const rules = permalinkRules(chrome.settings.permalinkPattern, chrome.sections, chrome.settings);
  const pageSize = chrome.settings.postsPerPage;
  const list = async (path: string, scope: StaticListScope, scopeId: number, key: string): Promise<PublicList> =>
    ({ path, pages: Math.max(1, Math.ceil((await repos.listings.count({ scope, scopeId }, now)) / pageSize)), scope, key, feeds: true });
  // Tags and authors without published articles have no page worth linking (as in the sitemaps).
  const [tags, tagLists, authors, authorLists] = await Promise.all([
    repos.tags.all(), repos.listings.lastModified('tag'), repos.authors.all(), repos.listings.lastModified('author'),
  ]);
  const lists = await Promise.all([
    list('/', 'home', 0, ''),
    ...chrome.sections.map((s) => list(sectionPath(sectionSlugPath(chrome.sections, s)), 'section', s.id, sectionSlugPath(chrome.sections, s))),
    ...tags.filter((t) => tagLists.has(t.id)).map((t) => list(tagPath(t.slug), 'tag', t.id, t.slug)),
    ...authors.filter((a) => authorLists.has(a.id)).map((a) => list(authorPath(a.slug), 'author', a.id, a.slug)),
  ]);
  const sectionPaths = new Map(chrome.sections.map((s) => [s.id, sectionSlugPath(chrome.sections, s)]));
  const maxId = await repos.articles.maxId();
  const articleSitemaps = articleSitemapFile(maxId);
  const articles: PublicArticle[] = [];
  // The site's list in blocks of ids, as the article sitemaps read it.
  for (let file = 1; file <= articleSitemaps; file++) {
    const from = (file - 1) * ARTICLE_SITEMAP_BLOCK + 1;
    const rows = await repos.listings.idRange({ scope: 'site', scopeId: 0, now, fromId: from, toId: from + ARTICLE_SITEMAP_BLOCK - 1 });
    for (const a of rows) {
      articles.push({
        id: a.id, path: articlePath(a, rules), slug: a.slug, title: a.title, publishedAt: a.publishedAt ?? a.createdAt, updatedAt: a.updatedAt,
        section: a.sectionId === null ? '' : (sectionPaths.get(a.sectionId) ?? ''), excerpt: a.dek ?? a.excerpt ?? '',
      });
    }
  }
  const pages = (await repos.articles.listPages(now, 50_000)).map((p) => `/${p.slug}`);
  const media: string[] = [];
  for (let offset = 0; ; offset += MEDIA_BATCH) {
    const batch = await repos.media.list(MEDIA_BATCH, offset);
    for (const m of batch) media.push(`/media/${m.storedName}`, ...m.sizes.map((s) => `/media/${s.file}`));
    if (batch.length < MEDIA_BATCH) break;
  }
  return { lists, articles, pages, articleSitemaps, media: [...new Set(media)], redirects: await repos.redirects.all() };
}
