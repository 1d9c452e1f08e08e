import { articlePath, authorPath, sectionPath, type PermalinkRules } from '../domain/permalinks.js';
import { sectionSlugPath, type Section } from '../domain/section.js';
import type { ListedArticle, RelatedArticle } from '../services/reader/listed-article.js';
import { commentCountLabel } from './comments-presenter.js';
import { presentDate } from './dates.js';
import type { CardView, RelatedCardView } from './view-models.js';

/** An article as a card in a list. */
export function presentCard(article: ListedArticle, sections: readonly Section[], language: string, rules?: PermalinkRules, zone = 'UTC'): CardView {
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
  };
}

/** One of six tones, stable for a given text (a section's slug). */
function toneOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 6;
}

/** An article in "You may also like": thumbnail, title, section and date. */
export function presentRelatedCard(article: RelatedArticle, sections: readonly Section[], language: string, rules?: PermalinkRules, zone = 'UTC'): RelatedCardView {
  const label = article.section?.name ?? article.title;
  return {
    title: article.title,
    href: articlePath(article, rules),
    published: presentDate(article.publishedAt, language, zone),
    section: article.section ? { href: sectionPath(sectionSlugPath(sections, article.section)), label: article.section.name } : null,
    // Articles have no images yet; the placeholder stands in until a featured image exists.
    thumb: { initial: [...label][0]?.toUpperCase() ?? '·', tone: toneOf(article.section?.slug ?? article.slug), image: null },
  };
}
