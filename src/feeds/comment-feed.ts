import { Feed } from 'feed';
import type { CommentFeedView } from '../presenters/comment-feed-presenter.js';

// Feed readers render titles and descriptions as HTML, so a commenter's text is escaped.
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** RSS 2.0 of a comment feed view. */
export function renderCommentFeed(view: CommentFeedView): string {
  const feed = new Feed({
    title: view.title,
    description: view.description,
    id: view.id,
    link: view.link,
    language: view.language,
    generator: 'Dossier',
    feedLinks: { rss: view.self },
    copyright: '',
    ...(view.updated ? { updated: new Date(view.updated) } : {}),
  });
  for (const item of view.items) {
    feed.addItem({
      title: escapeHtml(item.title),
      id: item.url,
      link: item.url,
      date: new Date(item.date),
      description: escapeHtml(item.summary),
      content: item.contentHtml,
      extensions: [{ name: 'dc:creator', objects: { _text: item.author } }],
    });
  }
  return feed.rss2();
}
