import { absoluteUrl, articlePath } from '../domain/permalinks.js';
import type { CommentFeedData } from '../services/comments/comment-feed-data.js';
import { rulesOf } from './permalinks.js';

const EXCERPT = 280;

/** A comment feed as the renderer receives it: absolute URLs, plain texts, sanitised HTML. */
export interface CommentFeedView {
  title: string;
  description: string;
  id: string;
  link: string;
  self: string;
  language: string;
  updated: string | null;
  items: Array<{ url: string; title: string; date: string; summary: string; contentHtml: string; author: string }>;
}

/**
 * Approved comments, site-wide or for one article. Items carry the author's name, never
 * the email; each links to `/comments/ID`, which finds the comment's page.
 */
export function presentCommentFeed(siteUrl: string, data: CommentFeedData): CommentFeedView {
  const { settings } = data.chrome;
  const article = data.article;
  const rules = rulesOf(data.chrome);
  const feedPath = article ? `${articlePath(article, rules)}/comments.xml` : '/comments/feed.xml';
  return {
    title: article ? `Comments on “${article.title}” — ${settings.title}` : `Comments — ${settings.title}`,
    description: article ? `Reader comments on “${article.title}”.` : `Reader comments on ${settings.title}.`,
    id: absoluteUrl(siteUrl, feedPath),
    link: absoluteUrl(siteUrl, article ? articlePath(article, rules) : '/'),
    self: absoluteUrl(siteUrl, feedPath),
    language: article?.language || settings.language,
    // Without comments, the article's last update, or the start of the day it was made for: the
    // same data renders the same feed (an incremental static export rewrites only what changed).
    updated: data.comments[0]?.createdAt ?? article?.updatedAt ?? `${data.now.slice(0, 10)}T00:00:00.000Z`,
    items: data.comments.map((comment) => {
      const text = comment.body.replace(/\s+/g, ' ');
      return {
        url: absoluteUrl(siteUrl, `/comments/${comment.id}`),
        title: `${comment.authorName} on “${comment.article.title}”`,
        date: comment.createdAt,
        summary: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text,
        contentHtml: comment.bodyHtml,
        author: comment.authorName,
      };
    }),
  };
}
