import { absoluteUrl } from '../domain/permalinks.js';
import type { FeedLinkView } from './view-models.js';

/** The three feed formats: file suffix, MIME type, and the name readers see. */
export const FEED_FORMATS = [
  { format: 'rss', suffix: 'feed.xml', type: 'application/rss+xml', name: 'RSS' },
  { format: 'atom', suffix: 'feed.atom', type: 'application/atom+xml', name: 'Atom' },
  { format: 'json', suffix: 'feed.json', type: 'application/feed+json', name: 'JSON Feed' },
] as const;

/** A feed format. */
export type FeedFormat = (typeof FEED_FORMATS)[number]['format'];

/** Path of a feed under a page's path: `/feed.xml`, `/tag/pipes/feed.atom`. */
export function feedPath(basePath: string, format: FeedFormat): string {
  const suffix = FEED_FORMATS.find((f) => f.format === format)!.suffix;
  return `${basePath.replace(/\/+$/, '')}/${suffix}`;
}

/** Autodiscovery links to the three feeds of a page (the site, a section, a tag, an author). */
export function feedLinks(siteUrl: string, basePath: string, title: string): FeedLinkView[] {
  return FEED_FORMATS.map((f) => ({ href: absoluteUrl(siteUrl, feedPath(basePath, f.format)), type: f.type, title: `${title} (${f.name})` }));
}
