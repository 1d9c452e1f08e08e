import type { ArticleStatus } from '../../domain/article.js';
import type { Author } from '../../domain/people.js';
import { hasRole, type UserActor } from '../../policies/policy.js';
import type { AdminArticleQuery, AdminArticleRow } from './ports.js';
import type { Store } from '../ports.js';

/** An article row with its byline, for admin lists. */
export interface AdminListedArticle extends AdminArticleRow {
  authors: Author[];
}

/** Authors and contributors see their own work; editors and administrators see everything. */
export function ownFilter(actor: UserActor): AdminArticleQuery['own'] {
  return hasRole(actor, 'administrator', 'editor') ? undefined : { userId: actor.id, authorId: actor.authorId };
}

/** A page of articles for the admin, newest change first. */
export async function listArticles(
  store: Store,
  actor: UserActor,
  filter: { status?: ArticleStatus; withLintFindings?: boolean; limit?: number; offset?: number } = {},
): Promise<{ items: AdminListedArticle[]; total: number }> {
  const query = { status: filter.status, withLintFindings: filter.withLintFindings, own: ownFilter(actor) };
  const [rows, total] = await Promise.all([
    store.repos.editorial.list({ ...query, limit: filter.limit ?? 50, offset: filter.offset ?? 0 }),
    store.repos.editorial.count(query),
  ]);
  const authors = await store.repos.articles.authorsOf(rows.map((r) => r.id));
  return { items: rows.map((row) => ({ ...row, authors: authors.get(row.id) ?? [] })), total };
}
