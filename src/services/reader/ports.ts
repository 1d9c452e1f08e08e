// Ports of the reader feature: what tells page caches what readers would now see differently.
import type { ListingKey } from '../discovery/ports.js';

/**
 * What a committed write changed for readers, by what pages show of it, so a page cache
 * purges exactly the pages that show it.
 */
export interface PublicChange {
  /** Articles or pages whose content changed (title, text, byline, dates…): their page, cards, feed items. */
  articles: number[];
  /** Articles whose last-updated time alone moved (a correction): their page, feed items, sitemap entry. */
  touched: number[];
  /** Articles whose own page alone changed (its related list, a cited link's status, its comment switch). */
  articlePages: number[];
  /** Lists that gained, lost or reordered articles (and with them search results and sitemaps). */
  lists: ListingKey[];
  /** Articles whose public comments changed: their page, comment counts and comment feeds. */
  comments: number[];
  /** A published article's text changed: what search finds may differ. */
  search: boolean;
  /** Last-modified times of lists moved (sitemaps show them). */
  sitemaps: boolean;
  /** Settings, sections, tags, authors, redirects, media or standalone pages changed: every page may show it. */
  everything: boolean;
}

/** Told each change once its transaction has committed; the write returns once it has acted (purged caches). */
export type PublicChangeListener = (change: PublicChange) => void | Promise<void>;
