import type { Note } from '../../domain/article.js';
import { notFound } from '../../domain/errors.js';
import type { Tag } from '../../domain/people.js';
import { findSectionByPath } from '../../domain/section.js';
import { isPrefixedLanguage } from '../../domain/languages.js';
import { translatedTag } from '../../domain/term-translations.js';
import type { ListingKey } from '../discovery/ports.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from './chrome.js';
import { withListDetails, type ListedArticle } from './listed-article.js';
import { inLanguageList, pageLanguage } from './page-language.js';

/** Whose articles a feed lists. */
export type FeedScope =
  | { kind: 'site'; language?: string }
  | { kind: 'section'; path: string }
  | { kind: 'tag'; slug: string }
  | { kind: 'author'; slug: string };

/** An article as a feed item: its summary, body, notes and tags. */
export interface FeedArticle extends ListedArticle {
  bodyHtml: string;
  notes: Note[];
  tags: Tag[];
}

/** A feed's subject and its newest articles. */
export interface FeedData {
  chrome: SiteChrome;
  /** The time the feed was made for (ISO). */
  now: string;
  /** The list the feed shows. */
  list: ListingKey;
  /** What the feed is about, or null for the whole site. */
  subject: { kind: 'section' | 'tag' | 'author'; name: string; description: string; slugPath: string } | null;
  /** The one language whose articles a site feed lists (`/fr/feed.xml`), else null. */
  language?: string | null;
  items: FeedArticle[];
}

/** Articles per feed: enough for a reader who checks weekly. */
export const FEED_SIZE = 20;

async function resolveScope(store: Store, chrome: SiteChrome, scope: FeedScope): Promise<{ list: ListingKey; subject: FeedData['subject'] }> {
  if (scope.kind === 'site') {
    if (scope.language === undefined) return { list: { scope: 'site', scopeId: 0 }, subject: null };
    return { list: inLanguageList({ scope: 'site', scopeId: 0 }, pageLanguage(chrome.settings, scope.language)), subject: null };
  }
  if (scope.kind === 'section') {
    const section = findSectionByPath(chrome.sections, scope.path);
    if (!section) throw notFound(`There is no section at "${scope.path}".`);
    return {
      list: { scope: 'section', scopeId: section.id },
      subject: { kind: 'section', name: section.name, description: section.description, slugPath: scope.path },
    };
  }
  if (scope.kind === 'tag') {
    const tag = await store.repos.tags.findBySlug(scope.slug);
    if (!tag) throw notFound(`There is no tag "${scope.slug}".`);
    return { list: { scope: 'tag', scopeId: tag.id }, subject: { kind: 'tag', name: tag.name, description: `Articles tagged ${tag.name}.`, slugPath: tag.slug } };
  }
  const author = await store.repos.authors.findBySlug(scope.slug);
  if (!author) throw notFound(`There is no author "${scope.slug}".`);
  return { list: { scope: 'author', scopeId: author.id }, subject: { kind: 'author', name: author.name, description: author.bio, slugPath: author.slug } };
}

/** The newest published articles of the site, a section (with its subsections), a tag or an author. */
export async function feedData(store: Store, clock: Clock, scope: FeedScope): Promise<FeedData> {
  const now = clock().toISOString();
  const { repos } = store;
  const chrome = await loadChrome(repos, now);
  const { list, subject } = await resolveScope(store, chrome, scope);
  const summaries = await repos.listings.page({ ...list, now, limit: FEED_SIZE, offset: 0 });
  const ids = summaries.map((s) => s.id);
  const [listed, bodies, notes, tags] = await Promise.all([
    withListDetails(repos, summaries, chrome.sections),
    chrome.settings.feedContent === 'full' ? repos.articles.bodiesOf(ids) : Promise.resolve(new Map<number, string>()),
    chrome.settings.feedContent === 'full' ? repos.articles.notesOfMany(ids) : Promise.resolve(new Map<number, Note[]>()),
    repos.articles.tagsOf(ids),
  ]);
  // Each item's tags as its language names them, when that language has `/{lang}/` pages (their translations by the tags' ids).
  const translated = summaries.some((s) => isPrefixedLanguage(chrome.settings, s.language))
    ? await repos.termTranslations.ofItems('tag', [...tags.values()].flat().map((t) => t.id))
    : [];
  const tagsIn = (item: { id: number; language: string }) => (tags.get(item.id) ?? [])
    .map((tag) => (isPrefixedLanguage(chrome.settings, item.language) ? translatedTag(tag, translated, item.language) : tag));
  const items = listed.map((item) => ({ ...item, bodyHtml: bodies.get(item.id) ?? '', notes: notes.get(item.id) ?? [], tags: tagsIn(item) }));
  return { chrome, now, list, subject, items, language: scope.kind === 'site' ? (scope.language ?? null) : null };
}
