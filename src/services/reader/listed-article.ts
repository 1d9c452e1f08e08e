import type { ArticleSummary } from '../../domain/article.js';
import type { Author } from '../../domain/people.js';
import type { Section } from '../../domain/section.js';
import type { Repositories } from '../ports.js';

/** An article summary with what a list shows beside it. */
export interface ListedArticle extends ArticleSummary {
  authors: Author[];
  section: Section | null;
}

/** Adds authors and section to summaries, with one query for all authors. */
export async function withListDetails(
  repos: Repositories,
  items: ArticleSummary[],
  sections: readonly Section[],
): Promise<ListedArticle[]> {
  const authors = await repos.articles.authorsOf(items.map((item) => item.id));
  return items.map((item) => ({
    ...item,
    authors: authors.get(item.id) ?? [],
    section: sections.find((s) => s.id === item.sectionId) ?? null,
  }));
}
