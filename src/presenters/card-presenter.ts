import { articlePath, authorPath, sectionPath, type PermalinkRules } from '../domain/permalinks.js';
import { sectionSlugPath, type Section } from '../domain/section.js';
import type { ListedArticle, RelatedArticle } from '../services/reader/listed-article.js';
import { commentCountLabel } from './comments-presenter.js';
import { presentDate } from './dates.js';
import type { MediaSize } from '../domain/media.js';
import { mediaUrl, presentPicture } from './media-presenter.js';
import type { CardView, RelatedCardView } from './view-models.js';

/** How wide a card's image is drawn: a column of the grid (one, two or three across). */
export const CARD_IMAGE_SIZES = '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw';
/** How wide the lead story's image is drawn. */
export const LEAD_IMAGE_SIZES = '(min-width: 72rem) 40rem, 100vw';

/** An article as a card in a list. */
export function presentCard(article: ListedArticle, sections: readonly Section[], language: string, rules?: PermalinkRules, zone = 'UTC', sizes = CARD_IMAGE_SIZES): CardView {
  const href = articlePath(article, rules);
  return {
    title: article.title,
    href,
    dek: article.dek,
    excerpt: article.excerpt,
    published: presentDate(article.publishedAt, language, zone),
    section: article.section ? { href: sectionPath(sectionSlugPath(sections, article.section)), label: article.section.name } : null,
    authors: article.authors.map((a) => ({ href: authorPath(a.slug), label: a.name })),
    comments: article.commentCount > 0 ? { href: `${href}#comments`, label: commentCountLabel(article.commentCount, language) } : null,
    image: article.featured ? presentPicture(article.featured.media, article.featured.alt, sizes) : null,
  };
}

/** One of six tones, stable for a given text (a section's slug). */
function toneOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 6;
}

/** Thumbnails are drawn 4rem (64 px) square: the smallest WebP (else any) size at least twice that, for sharp screens. */
export function thumbnailOf(sizes: readonly MediaSize[]): string | null {
  const usable = sizes.filter((s) => s.format !== 'avif').sort((a, b) => a.width - b.width);
  const webp = usable.filter((s) => s.format === 'webp');
  const pick = (list: MediaSize[]) => list.find((s) => s.width >= 128 && s.height >= 128) ?? list[list.length - 1];
  const chosen = pick(webp) ?? pick(usable);
  return chosen ? mediaUrl(chosen.file) : null;
}

/** An article in "You may also like": thumbnail, title, section and date. */
export function presentRelatedCard(article: RelatedArticle, sections: readonly Section[], language: string, rules?: PermalinkRules, zone = 'UTC'): RelatedCardView {
  const label = article.section?.name ?? article.title;
  return {
    title: article.title,
    href: articlePath(article, rules),
    published: presentDate(article.publishedAt, language, zone),
    section: article.section ? { href: sectionPath(sectionSlugPath(sections, article.section)), label: article.section.name } : null,
    // The featured image when there is one, else a tile with the section's initial.
    thumb: { initial: [...label][0]?.toUpperCase() ?? '·', tone: toneOf(article.section?.slug ?? article.slug), image: thumbnailOf(article.thumbSizes ?? []) },
  };
}
