import { articlePath, authorPath, sectionPath } from '../domain/permalinks.js';
import { sectionSlugPath, type Section } from '../domain/section.js';
import type { ListedArticle } from '../services/reader/listed-article.js';
import { commentCountLabel } from './comments-presenter.js';
import { presentDate } from './dates.js';
import type { CardView } from './view-models.js';

/** An article as a card in a list. */
export function presentCard(article: ListedArticle, sections: readonly Section[], language: string): CardView {
  const href = articlePath(article);
  return {
    title: article.title,
    href,
    dek: article.dek,
    excerpt: article.excerpt,
    published: presentDate(article.publishedAt, language),
    section: article.section ? { href: sectionPath(sectionSlugPath(sections, article.section)), label: article.section.name } : null,
    authors: article.authors.map((a) => ({ href: authorPath(a.slug), label: a.name })),
    comments: article.commentCount > 0 ? { href: `${href}#comments`, label: commentCountLabel(article.commentCount) } : null,
  };
}
