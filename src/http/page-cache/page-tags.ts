import { articleSitemapFile } from '../../domain/sitemaps.js';
import type { ListingKey } from '../../services/discovery/ports.js';
import type { PublicChange } from '../../services/reader/ports.js';

// A cached page carries a tag for each thing it shows; a change purges the tags it touches.
//   a:ID  shows article ID's card or title (a list, a related list, a feed item)
//   u:ID  shows its last-updated time (a feed entry, its sitemap entry)
//   n:ID  shows its number of comments (a list card)
//   p:ID  is the article's or standalone page's own page
//   l:SCOPE:ID  shows that list; sitemap-file:N shows article sitemap N
//   search, sitemap (the index and the other sitemaps), comments, comments:ID (comment feeds)

/** The tag of a list. */
export const listTag = (key: ListingKey): string => `l:${key.scope}:${key.scopeId}`;
/** Shows the article's card or title. */
export const cardTag = (id: number): string => `a:${id}`;
/** Shows the article's last-updated time. */
export const updatedTag = (id: number): string => `u:${id}`;
/** Shows the article's comment count. */
export const countTag = (id: number): string => `n:${id}`;
/** Is the article's own page. */
export const ownPageTag = (id: number): string => `p:${id}`;
/** Is article sitemap file `file`. */
export const sitemapFileTag = (file: number): string => `sitemap-file:${file}`;

/** Is the Sources page: any article, note or link check may change it. */
export const SOURCES_TAG = 'sources';

/** Is the corrections page or feed: a correction, or any change to an article, may change it. */
export const CORRECTIONS_TAG = 'corrections-log';

/** The tags a change purges, or 'all' (settings, structure and standalone pages show on every page). */
export function tagsOfChange(change: PublicChange): string[] | 'all' {
  if (change.everything) return 'all';
  const tags = new Set<string>();
  for (const id of change.articles) tags.add(cardTag(id)).add(updatedTag(id)).add(ownPageTag(id)).add(sitemapFileTag(articleSitemapFile(id)));
  for (const id of change.touched) tags.add(updatedTag(id)).add(ownPageTag(id));
  for (const id of change.articlePages) tags.add(ownPageTag(id));
  for (const key of change.lists) tags.add(listTag(key));
  for (const id of change.comments) tags.add(countTag(id)).add(ownPageTag(id)).add(`comments:${id}`).add('comments');
  // A list that changed changes what search finds and what the sitemaps list.
  if (change.lists.length > 0 || change.search) tags.add('search');
  if (change.lists.length > 0 || change.sitemaps) tags.add('sitemap');
  if (change.articles.length > 0 || change.articlePages.length > 0 || change.lists.length > 0) tags.add(SOURCES_TAG);
  if (change.articles.length > 0 || change.touched.length > 0 || change.lists.length > 0) tags.add(CORRECTIONS_TAG);
  return [...tags];
}
