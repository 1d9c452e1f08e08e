import { notFound } from '../../domain/errors.js';
import { pageOffset, toPage, type Page } from '../../domain/pagination.js';
import type { Author, Tag } from '../../domain/people.js';
import type { Media } from '../../domain/media.js';
import { childSections, findSectionByPath, sectionAncestry, sectionSlugPath, type Section } from '../../domain/section.js';
import { isPrefixedLanguage, siteLanguages } from '../../domain/languages.js';
import { authorPath, sectionPath, tagPath } from '../../domain/permalinks.js';
import { translatedAuthor, translatedSections, translatedTag } from '../../domain/term-translations.js';
import type { ListingKey } from '../discovery/ports.js';
import type { Clock, Store } from '../ports.js';
import { chromeIn, loadChrome, type SiteChrome } from './chrome.js';
import { withDetails, type ListedArticle } from './listed-article.js';
import { inLanguageList, pageLanguage } from './page-language.js';

/** A paginated list of articles with the page chrome. */
export interface ListPage {
  chrome: SiteChrome;
  list: Page<ListedArticle>;
  /** The list shown (its page-cache tag names it). */
  key: ListingKey;
  /** The one language the list shows (its `/{lang}/` prefix, or the default at the root when prefixes are on); null: all. */
  language?: string | null;
  /** The page's address in each of the site's languages, without the `/{lang}` prefix (translated slugs); absent: the same everywhere. */
  paths?: Record<string, string>;
}

/** The front page: the latest articles, and on its first page a block per chosen section. */
export interface HomePage extends ListPage {
  blocks: Array<{ section: Section; items: ListedArticle[] }>;
}

/** From this offset on, a list page reads its articles' details by id after the page (see listPage). */
const DEEP_OFFSET = 200;

/** Articles a front-page block shows. */
export const HOME_BLOCK_SIZE = 4;

/** A section's page: its place in the tree and its articles and its subsections'. */
export interface SectionListPage extends ListPage {
  section: Section;
  ancestry: Section[];
  children: Section[];
}

async function listPage(store: Store, clock: Clock, page: number, key: ListingKey, chrome?: SiteChrome): Promise<ListPage> {
  const now = clock().toISOString();
  const siteChrome = chrome ?? (await loadChrome(store.repos, now));
  const pageSize = siteChrome.settings.postsPerPage;
  const query = { ...key, now, limit: pageSize, offset: pageOffset(page, pageSize) };
  // One wave: the page, its count, and its articles' bylines and comment counts (read by the
  // page's ids). Deep in a list, each of those would walk the offset again in the order index,
  // so the details are read by the ids the page found instead (a second, cheap wave).
  const deep = query.offset >= DEEP_OFFSET;
  const [items, total, shallowDetails] = await Promise.all([
    store.repos.listings.page(query),
    store.repos.listings.count(key, now),
    deep ? null : store.repos.listings.pageDetails(query),
  ]);
  const details = shallowDetails ?? (await store.repos.listings.detailsOf(items.map((item) => item.id)));
  const list = toPage(withDetails(items, siteChrome.sections, details), page, pageSize, total);
  if (!list) throw notFound(`Page ${page} does not exist.`);
  return { chrome: siteChrome, list, key };
}

/** A section's newest articles with their details (a front-page block): one wave. */
async function sectionBlock(store: Store, now: string, chrome: SiteChrome, section: Section, language: string | null) {
  const query = { ...inLanguageList({ scope: 'section', scopeId: section.id }, language), now, limit: HOME_BLOCK_SIZE, offset: 0 };
  const [items, details] = await Promise.all([store.repos.listings.page(query), store.repos.listings.pageDetails(query)]);
  return { section, items: withDetails(items, chrome.sections, details) };
}

/**
 * The home page: latest published articles (of one language, under `/{lang}/` or when
 * prefixes are on); on page 1, a block per section chosen in settings.
 */
export async function homePage(store: Store, clock: Clock, page: number, prefix: string | null = null): Promise<HomePage> {
  const now = clock().toISOString();
  const base = await loadChrome(store.repos, now);
  const language = pageLanguage(base.settings, prefix);
  const chrome = chromeIn(base, language);
  // Settings name sections by their default paths; the blocks show them in the page's language.
  const chosen = page === 1
    ? chrome.settings.homeSections.map((path) => findSectionByPath(chrome.defaultSections, path))
      .flatMap((found) => chrome.sections.filter((s) => s.id === found?.id))
    : [];
  const [result, blocks] = await Promise.all([
    listPage(store, clock, page, inLanguageList({ scope: 'home', scopeId: 0 }, language), chrome),
    Promise.all(chosen.map((section) => sectionBlock(store, now, chrome, section, language))),
  ]);
  return { ...result, language, blocks: blocks.filter((b) => b.items.length > 0) };
}

/**
 * A section page by slug path (`water/treatment`); under `/{lang}/` by its translated path
 * (`/fr/section/eau/traitement`), or by its default path, which the route then redirects
 * to the translated one (the page's canonical address).
 */
export async function sectionPage(store: Store, clock: Clock, path: string, page: number, prefix: string | null = null): Promise<SectionListPage> {
  const base = await loadChrome(store.repos, clock().toISOString());
  const language = pageLanguage(base.settings, prefix);
  const chrome = chromeIn(base, language);
  const found = findSectionByPath(chrome.sections, path) ?? findSectionByPath(chrome.defaultSections, path);
  const section = chrome.sections.find((s) => s.id === found?.id);
  if (!section) throw notFound(`There is no section at "${path}".`);
  const result = await listPage(store, clock, page, inLanguageList({ scope: 'section', scopeId: section.id }, language), chrome);
  const paths = Object.fromEntries(siteLanguages(chrome.settings).map((l) => {
    const named = translatedSections(chrome.defaultSections, chrome.sectionTranslations, l);
    return [l, sectionPath(sectionSlugPath(named, named.find((s) => s.id === section.id)!))];
  }));
  return {
    ...result,
    language,
    paths,
    section,
    ancestry: sectionAncestry(chrome.sections, section),
    children: childSections(chrome.sections, section.id),
  };
}

/**
 * A tag page; under `/{lang}/` by its translated slug, or by its default slug (the route
 * redirects to the translated one, `tag.slug`).
 */
export async function tagPage(store: Store, clock: Clock, slug: string, page: number, prefix: string | null = null): Promise<ListPage & { tag: Tag }> {
  const { repos } = store;
  const base = await loadChrome(repos, clock().toISOString());
  const language = pageLanguage(base.settings, prefix);
  const translated = language && language !== base.settings.language ? await repos.termTranslations.findBySlug('tag', language, slug) : null;
  const tag = translated ? await repos.tags.findById(translated.itemId) : await repos.tags.findBySlug(slug);
  if (!tag) throw notFound(`There is no tag "${slug}".`);
  const [result, translations] = await Promise.all([
    listPage(store, clock, page, inLanguageList({ scope: 'tag', scopeId: tag.id }, language), chromeIn(base, language)),
    repos.termTranslations.ofItems('tag', [tag.id]),
  ]);
  const paths = Object.fromEntries(siteLanguages(base.settings).map((l) => [l, tagPath(translatedTag(tag, translations, l).slug)]));
  return { ...result, tag: translatedTag(tag, translations, language), language, paths };
}

/**
 * An author page: bio, avatar and articles (of every language: an author's list has none
 * per language). Under `/{lang}/` it shows the bio in that language; for an author without
 * one there it is the default page (whose address the route then redirects to).
 */
export async function authorPage(store: Store, clock: Clock, slug: string, page: number, prefix: string | null = null): Promise<ListPage & { author: Author; avatar: Media | null }> {
  const found = await store.repos.authors.findBySlug(slug);
  if (!found) throw notFound(`There is no author "${slug}".`);
  const [base, bios] = await Promise.all([loadChrome(store.repos, clock().toISOString()), store.repos.termTranslations.ofItems('author', [found.id])]);
  const translated = bios.filter((b) => b.bio !== null && isPrefixedLanguage(base.settings, b.language)).map((b) => b.language);
  const shown = prefix !== null && translated.includes(prefix) ? prefix : null;
  // The page exists in the default language and in each language its bio is translated into.
  const language = shown ?? (translated.length > 0 ? base.settings.language : null);
  const author = translatedAuthor(found, bios, shown);
  const paths = Object.fromEntries([base.settings.language, ...translated].map((l) => [l, authorPath(slug)]));
  // The avatar and the list need only the author's id: read side by side (separate connections on PostgreSQL).
  const avatarOf = async (): Promise<Media | null> => {
    const avatarId = (await store.repos.structureAdmin.allAuthors()).find((a) => a.id === author.id)?.avatarMediaId ?? null;
    return avatarId === null ? null : store.repos.media.findById(avatarId);
  };
  const [list, avatar] = await Promise.all([listPage(store, clock, page, { scope: 'author', scopeId: author.id }, chromeIn(base, shown)), avatarOf()]);
  return { ...list, author, avatar, language, paths };
}
