import { ARTICLE_SITEMAP_BLOCK, articleSitemapFile } from '../../domain/sitemaps.js';
import type { Redirect } from '../../domain/people.js';
import { articlePath, authorPath, permalinkRules, sectionPath, tagPath } from '../../domain/permalinks.js';
import { sectionSlugPath } from '../../domain/section.js';
import type { StaticListScope } from '../../domain/static-page.js';
import { isPrefixedLanguage, inLanguage, siteLanguages } from '../../domain/languages.js';
import { translatedSections, translatedTag } from '../../domain/term-translations.js';
import type { ListingKey } from '../discovery/ports.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome } from './chrome.js';
import { inLanguageList, pageLanguage } from './page-language.js';

/** A list readers can page through: its path, its key and how many pages it has. */
export interface PublicList {
  path: string;
  pages: number;
  /** Which list it is: home, or a section (slug path), tag or author (slug). */
  scope: StaticListScope;
  /** The section's slug path, or the tag's or author's slug ('' for home). */
  key: string;
  /** Whether it has feeds (home's are the site's, at `/feed.xml`; a language's home, its own at `/fr/feed.xml`). */
  feeds: boolean;
  /** The `/{lang}/` prefix it lives under, null at the root. */
  language: string | null;
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
  language: string;
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
  /** Languages with a search page of their own (`/fr/search`): every language of a site that has more than one. */
  searchLanguages: string[];
}

const MEDIA_BATCH = 500;

/** Every public list, article, page, sitemap, media file and redirect of the site now. */
export async function publicSite(store: Store, clock: Clock): Promise<PublicSite> {
  const now = clock().toISOString();
  const { repos } = store;
  const chrome = await loadChrome(repos, now);
  const rules = permalinkRules(chrome.settings.permalinkPattern, chrome.sections, chrome.settings);
  const { settings } = chrome;
  const pageSize = settings.postsPerPage;
  const pagesOf = async (key: ListingKey): Promise<number> => Math.max(1, Math.ceil((await repos.listings.count(key, now)) / pageSize));
  // The root lists show the default language once prefixes are on (as the list pages do), else every language.
  const rootLanguage = pageLanguage(settings, null);
  const list = async (basePath: string, scope: StaticListScope, scopeId: number, key: string, language: string | null = null): Promise<PublicList> => {
    const listKey = scope === 'author' ? { scope, scopeId } : inLanguageList({ scope, scopeId }, language ?? rootLanguage);
    // A language's section and tag pages link the feeds of the root list; its home has its own.
    const feeds = language === null || scope === 'home';
    return { path: inLanguage(settings, language, basePath), pages: await pagesOf(listKey), scope, key, feeds, language };
  };
  // Tags and authors without published articles have no page worth linking (as in the sitemaps).
  const [tags, tagLists, authors, authorLists, tagNames, authorBios] = await Promise.all([
    repos.tags.all(), repos.listings.lastModified('tag'), repos.authors.all(), repos.listings.lastModified('author'),
    repos.termTranslations.ofKind('tag'), repos.termTranslations.ofKind('author'),
  ]);
  const usedTags = tags.filter((t) => tagLists.has(t.id));
  const sections = chrome.sections.map((s) => ({ id: s.id, path: sectionSlugPath(chrome.sections, s) }));
  // Each other language under its `/{lang}/` prefix: its home, and every section and tag
  // (their pages name their versions in every language as alternates).
  const prefixed = [...new Set(settings.languages)].filter((l) => isPrefixedLanguage(settings, l));
  // Under `/{lang}/`, sections and tags live at their translated slugs (the default ones answer
  // 301 there), and an author has a page only with a bio in that language (else 302 to the root one).
  const sectionsIn = (language: string) => {
    const named = translatedSections(chrome.defaultSections, chrome.sectionTranslations, language);
    return named.map((s) => ({ id: s.id, path: sectionSlugPath(named, s) }));
  };
  const bioIn = (language: string) => authors.filter((a) => authorLists.has(a.id) && authorBios.some((b) => b.itemId === a.id && b.language === language && b.bio));
  const lists = await Promise.all([
    list('/', 'home', 0, ''),
    ...sections.map((s) => list(sectionPath(s.path), 'section', s.id, s.path)),
    ...usedTags.map((t) => list(tagPath(t.slug), 'tag', t.id, t.slug)),
    ...authors.filter((a) => authorLists.has(a.id)).map((a) => list(authorPath(a.slug), 'author', a.id, a.slug)),
    ...prefixed.flatMap((language) => [
      list('/', 'home', 0, '', language),
      ...sectionsIn(language).map((s) => list(sectionPath(s.path), 'section', s.id, s.path, language)),
      ...usedTags.map((t) => translatedTag(t, tagNames, language)).map((t) => list(tagPath(t.slug), 'tag', t.id, t.slug, language)),
      ...bioIn(language).map((a) => list(authorPath(a.slug), 'author', a.id, a.slug, language)),
    ]),
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
        section: a.sectionId === null ? '' : (sectionPaths.get(a.sectionId) ?? ''), excerpt: a.dek ?? a.excerpt ?? '', language: a.language,
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
  return { lists, articles, pages, articleSitemaps, media: [...new Set(media)], redirects: await repos.redirects.all(),
    searchLanguages: siteLanguages(settings).length > 1 ? siteLanguages(settings) : [],
  };
}
