import { absoluteUrl, articlePath, authorPath } from '../domain/permalinks.js';
import type { ArticlePage } from '../services/reader/article-page.js';
import { presentPicture } from './media-presenter.js';
import { rulesOf } from './permalinks.js';
import { articleShareImage } from './share-image.js';

/** How long consumers may keep an oEmbed answer, in seconds (a day: titles and images rarely change). */
export const OEMBED_CACHE_AGE = 86_400;
/** The card's width and height when the consumer sets no limit (never more than its maxwidth/maxheight). */
const CARD_WIDTH = 560;
const CARD_HEIGHT = 240;

/** The discovery address of an article's oEmbed answer (JSON). */
export function oembedHref(siteUrl: string, path: string): string {
  return absoluteUrl(siteUrl, `/oembed?url=${encodeURIComponent(encodeURI(absoluteUrl(siteUrl, path)))}&format=json`);
}

/** What the embedded card shows: every field plain text or an absolute URL (the view escapes). */
export interface OEmbedCardView {
  url: string;
  title: string;
  summary: string;
  authorName: string | null;
  providerName: string;
  width: number;
}

/** The oEmbed 1.0 "rich" answer for an article, less `html` (rendered from `card` by the view). */
export interface OEmbedView {
  json: {
    version: '1.0';
    type: 'rich';
    title: string;
    author_name?: string;
    author_url?: string;
    provider_name: string;
    provider_url: string;
    cache_age: number;
    thumbnail_url?: string;
    thumbnail_width?: number;
    thumbnail_height?: number;
    width: number;
    height: number;
  };
  card: OEmbedCardView;
}

/** A consumer's limits (`maxwidth`, `maxheight`); null when not set. */
export interface OEmbedLimits {
  maxwidth: number | null;
  maxheight: number | null;
}

/** The thumbnail, left out when it is larger than the consumer allows (the spec's rule). */
function thumbnail(image: { image: string | null; imageWidth: number | null; imageHeight: number | null }, limits: OEmbedLimits) {
  if (!image.image || !image.imageWidth || !image.imageHeight) return {};
  if ((limits.maxwidth && image.imageWidth > limits.maxwidth) || (limits.maxheight && image.imageHeight > limits.maxheight)) return {};
  return { thumbnail_url: image.image, thumbnail_width: image.imageWidth, thumbnail_height: image.imageHeight };
}

/** An article as an oEmbed answer: a small card linking back, with its first author and share picture. */
export function presentOEmbed(siteUrl: string, data: ArticlePage, limits: OEmbedLimits): OEmbedView {
  const { article, chrome } = data;
  const url = encodeURI(absoluteUrl(siteUrl, articlePath(article, rulesOf(chrome))));
  const featured = data.featured ? presentPicture(data.featured.media, data.featured.alt) : null;
  const share = articleShareImage(siteUrl, article, chrome.settings.title, featured);
  const author = data.authors[0];
  const width = Math.min(CARD_WIDTH, limits.maxwidth ?? CARD_WIDTH);
  const height = Math.min(CARD_HEIGHT, limits.maxheight ?? CARD_HEIGHT);
  const providerName = chrome.settings.title;
  return {
    json: {
      version: '1.0',
      type: 'rich',
      title: article.title,
      ...(author ? { author_name: data.authors.map((a) => a.name).join(', '), author_url: absoluteUrl(siteUrl, authorPath(author.slug)) } : {}),
      provider_name: providerName,
      provider_url: absoluteUrl(siteUrl, '/'),
      cache_age: OEMBED_CACHE_AGE,
      ...thumbnail(share, limits),
      width,
      height,
    },
    card: {
      url,
      title: article.title,
      summary: article.dek ?? article.excerpt,
      authorName: author ? data.authors.map((a) => a.name).join(', ') : null,
      providerName,
      width,
    },
  };
}
