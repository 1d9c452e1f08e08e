/** What a feed renderer receives: absolute URLs, ISO dates, sanitised HTML. */
export interface FeedView {
  /** Absolute URL of the HTML page the feed mirrors; also the Atom id. */
  id: string;
  link: string;
  title: string;
  description: string;
  language: string;
  /** Newest update among the items (or now, for an empty feed). */
  updated: string;
  /** Absolute URLs of this feed in each format. */
  self: { rss: string; atom: string; json: string };
  publisher: string;
  icon: string;
  /** The WebSub hub the feed names (rel="hub"), or null: only feeds the hub is pinged for name it. */
  hub: string | null;
  items: FeedItemView[];
}

/** One article in a feed. */
export interface FeedItemView {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Full HTML with notes and absolute links, or null when feeds carry excerpts. */
  contentHtml: string | null;
  published: string;
  updated: string;
  authors: Array<{ name: string; url: string }>;
  categories: Array<{ name: string; url: string }>;
}
