import { buildThread, pageOfComment } from '../../domain/comment-threads.js';
import { commentPermalink } from '../../domain/comment.js';
import { m, notFound } from '../../domain/errors.js';
import { articlePath } from '../../domain/permalinks.js';
import { settingsFromEntries, type SiteSettings } from '../../domain/settings.js';
import type { Clock, Repositories, Store } from '../ports.js';

/** The page of its article's thread a comment is on, as this reader sees the thread. */
export async function threadPageOf(repos: Repositories, settings: SiteSettings, articleId: number, commentId: number, tokenHash: string | null): Promise<number | null> {
  const visible = await repos.comments.visibleOn(articleId, tokenHash);
  const roots = buildThread(visible, { order: settings.commentOrder, maxDepth: settings.commentThreadDepth });
  return pageOfComment(roots, commentId, settings.commentsPerPage);
}

/**
 * Where a published comment is read now (`/2026/03/slug?cpage=2#comment-7`): its page
 * moves as the thread grows, so feeds and emails link to `/comments/ID`, which redirects here.
 */
export async function locateComment(store: Store, clock: Clock, commentId: number): Promise<string> {
  const found = await store.repos.comments.findWithArticle(commentId);
  const now = clock().toISOString();
  const article = found?.article;
  if (!found || found.comment.status !== 'approved' || !article?.publishedAt || article.publishedAt > now) {
    throw notFound(m`There is no published comment ${commentId}.`);
  }
  const published = await store.repos.articles.findPublishedBySlug(article.slug, 'article', now);
  if (!published) throw notFound(m`There is no published comment ${commentId}.`);
  const settings = settingsFromEntries(await store.repos.settings.all());
  const page = await threadPageOf(store.repos, settings, published.id, commentId, null);
  return commentPermalink(articlePath(published), commentId, page ?? 1);
}
