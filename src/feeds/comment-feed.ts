import { Feed } from 'feed';
import { absoluteUrl, articlePath } from '../domain/permalinks.js';
import type { CommentFeedData } from '../services/comments/comment-feed-data.js';

const EXCERPT = 280;

// Feed readers render titles and descriptions as HTML, so a commenter's text is escaped.
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * RSS 2.0 of approved comments, site-wide or for one article. Items carry the author's
 * name, never the email; each links to `/comments/ID`, which finds the comment's page.
 */
export function renderCommentFeed(siteUrl: string, data: CommentFeedData): string {
  const { settings } = data.chrome;
  const article = data.article;
  const feedPath = article ? `${articlePath(article)}/comments.xml` : '/comments/feed.xml';
  const newest = data.comments[0];
  const feed = new Feed({
    title: article ? `Comments on “${article.title}” — ${settings.title}` : `Comments — ${settings.title}`,
    description: article ? `Reader comments on “${article.title}”.` : `Reader comments on ${settings.title}.`,
    id: absoluteUrl(siteUrl, feedPath),
    link: absoluteUrl(siteUrl, article ? articlePath(article) : '/'),
    language: article?.language || settings.language,
    generator: 'Dossier',
    feedLinks: { rss: absoluteUrl(siteUrl, feedPath) },
    copyright: '',
    ...(newest ? { updated: new Date(newest.createdAt) } : {}),
  });
  for (const comment of data.comments) {
    const url = absoluteUrl(siteUrl, `/comments/${comment.id}`);
    const text = comment.body.replace(/\s+/g, ' ');
    feed.addItem({
      title: escapeHtml(`${comment.authorName} on “${comment.article.title}”`),
      id: url,
      link: url,
      date: new Date(comment.createdAt),
      description: escapeHtml(text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text),
      content: comment.bodyHtml,
      extensions: [{ name: 'dc:creator', objects: { _text: comment.authorName } }],
    });
  }
  return feed.rss2();
}
