import { Feed } from 'feed';
import type { FeedFormat } from '../presenters/feed-links.js';
import type { FeedView } from '../presenters/feed-models.js';

/** MIME type of each feed format. */
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

function build(view: FeedView): Feed {
  const feed = new Feed({
    id: view.id,
    link: view.link,
    title: view.title,
    description: view.description,
    language: view.language,
    updated: new Date(view.updated),
    generator: 'Dossier',
    feedLinks: view.self,
    favicon: view.icon,
    copyright: `© ${view.publisher}`,
    // Atom needs an author on the feed when an entry has none.
    author: { name: view.publisher, link: view.link },
  });
  for (const item of view.items) {
    feed.addItem({
      id: item.id,
      guid: item.id,
      link: item.url,
      title: item.title,
      description: item.summary,
      ...(item.contentHtml !== null ? { content: item.contentHtml } : {}),
      date: new Date(item.updated),
      published: new Date(item.published),
      author: item.authors.map((a) => ({ name: a.name, link: a.url })),
      category: item.categories.map((c) => ({ name: c.name, term: c.name, scheme: c.url })),
    });
  }
  return feed;
}

/**
 * The `feed` package writes JSON Feed 1.0; 1.1 adds `authors` (arrays), `language`, and
 * marks `author` deprecated. This lifts its output to 1.1, keeping `author` for old readers.
 */
function toJsonFeed11(json: string, view: FeedView): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Array<Record<string, unknown>> };
  feed['version'] = 'https://jsonfeed.org/version/1.1';
  feed['language'] = view.language;
  feed['authors'] = [{ name: view.publisher, url: view.link }];
  feed.items.forEach((item, index) => {
    const source = view.items[index]!;
    item['authors'] = source.authors.map((a) => ({ name: a.name, url: a.url }));
    if (source.contentHtml === null) {
      // An excerpt feed: the summary is the whole text.
      delete item['content_html'];
      item['content_text'] = source.summary;
    }
  });
  return JSON.stringify(feed, null, 2);
}

/** Renders a feed as RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export function renderFeed(view: FeedView, format: FeedFormat): string {
  const feed = build(view);
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return toJsonFeed11(feed.json1(), view);
}
