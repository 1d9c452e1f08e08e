import type { ArticleSummary } from '../../domain/article.js';
import type { FeaturedImage, MediaSize } from '../../domain/media.js';
import type { Author } from '../../domain/people.js';
import type { Section } from '../../domain/section.js';
import type { Repositories } from '../ports.js';

/** An article summary with what a list shows beside it. */
export interface ListedArticle extends ArticleSummary {
  authors: Author[];
  section: Section | null;
  /** Approved comments. */
  commentCount: number;
  /** The featured image, when the article has one and the list read it. */
  featured: FeaturedImage | null;
}

/** A related article as its card shows it: title, date, section (no byline, no comment count). */
export interface RelatedArticle extends ArticleSummary {
  section: Section | null;
  /** Its featured image's sizes, for a thumbnail ([] without one). */
  thumbSizes?: MediaSize[];
}

/** Adds each summary's section (from the sections already loaded: no query). */
export function withSections(items: ArticleSummary[], sections: readonly Section[]): RelatedArticle[] {
  return items.map((item) => ({ ...item, section: sections.find((s) => s.id === item.sectionId) ?? null }));
}

/** Adds bylines, section and comment count to summaries from what was read for them. */
export function withDetails(
  items: ArticleSummary[],
  sections: readonly Section[],
  details: { authors: Map<number, Author[]>; approvedComments: Map<number, number>; images?: Map<number, FeaturedImage> },
): ListedArticle[] {
  return items.map((item) => ({
    ...item,
    authors: details.authors.get(item.id) ?? [],
    section: sections.find((s) => s.id === item.sectionId) ?? null,
    commentCount: details.approvedComments.get(item.id) ?? 0,
    featured: details.images?.get(item.id) ?? null,
  }));
}

/** Adds authors, section and comment count to summaries, with one query each for all items. */
export async function withListDetails(
  repos: Repositories,
  items: ArticleSummary[],
  sections: readonly Section[],
): Promise<ListedArticle[]> {
  const ids = items.map((item) => item.id);
  const [authors, approvedComments] = await Promise.all([repos.articles.authorsOf(ids), repos.comments.countApproved(ids)]);
  return withDetails(items, sections, { authors, approvedComments });
}
