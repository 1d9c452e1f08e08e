import { m, notFound } from '../../domain/errors.js';
import type { Article } from '../../domain/article.js';
import type { FeedComment } from './ports.js';
import type { Clock, Store } from '../ports.js';
import { loadChrome, type SiteChrome } from '../reader/chrome.js';

/** What a comment feed lists: the newest approved comments, with the site's settings. */
export interface CommentFeedData {
  chrome: SiteChrome;
  /** The article, for a per-article feed. */
  article: Article | null;
  /** The time the feed was made for (ISO). */
  now: string;
  comments: FeedComment[];
}

const FEED_SIZE = 50;

/** The newest approved comments on published articles, site-wide. */
export async function siteCommentFeed(store: Store, clock: Clock): Promise<CommentFeedData> {
  const now = clock().toISOString();
  const [chrome, comments] = await Promise.all([
    loadChrome(store.repos, now),
    store.repos.comments.latestApproved({ now, limit: FEED_SIZE }),
  ]);
  return { chrome, article: null, now, comments };
}

/** The newest approved comments on one published article. */
export async function articleCommentFeed(store: Store, clock: Clock, slug: string): Promise<CommentFeedData> {
  const now = clock().toISOString();
  const article = await store.repos.articles.findPublishedBySlug(slug, 'article', now);
  if (!article) throw notFound(m`There is no published article "${slug}".`);
  return articleCommentFeedOf(store, clock, article);
}

/** The same for an article already loaded (a static copy, right after its page): no look-up of it. */
export async function articleCommentFeedOf(store: Store, clock: Clock, article: Article): Promise<CommentFeedData> {
  const now = clock().toISOString();
  const [chrome, comments] = await Promise.all([
    loadChrome(store.repos, now),
    store.repos.comments.latestApproved({ articleId: article.id, now, limit: FEED_SIZE }),
  ]);
  return { chrome, article, now, comments };
}
