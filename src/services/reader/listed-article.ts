import type { ArticleSummary } from '../../domain/article.js';
import type { Author } from '../../domain/people.js';
import type { Section } from '../../domain/section.js';
import type { Repositories } from '../ports.js';

/** An article summary with what a list shows beside it. */
export interface ListedArticle extends ArticleSummary {
  authors: Author[];
  section: Section | null;
  /** Approved comments. */
  commentCount: number;
}

/** A related article as its card shows it: title, date, section (no byline, no comment count). */
export interface RelatedArticle extends ArticleSummary {
  section: Section | null;
}

/** Adds each summary's section (from the sections already loaded: no query). */
export function withSections(items: ArticleSummary[], sections: readonly Section[]): RelatedArticle[] {
  return items.map((item) => ({ ...item, section: sections.find((s) => s.id === item.sectionId) ?? null }));
}

/** Adds authors, section and comment count to summaries, with one query each for all items. */
export async function withListDetails(
  repos: Repositories,
  items: ArticleSummary[],
  sections: readonly Section[],
): Promise<ListedArticle[]> {
  const ids = items.map((item) => item.id);
  const [authors, commentCounts] = await Promise.all([repos.articles.authorsOf(ids), repos.comments.countApproved(ids)]);
  return items.map((item) => ({
    ...item,
    authors: authors.get(item.id) ?? [],
    section: sections.find((s) => s.id === item.sectionId) ?? null,
    commentCount: commentCounts.get(item.id) ?? 0,
  }));
}
