import type { ArticleStatus } from '../domain/article.js';
import { hasRole, type Actor, type Policy } from './policy.js';

/** What can be done to an article. */
export type ArticleAction = 'create' | 'edit' | 'publish' | 'unpublish' | 'correct';

/** What a decision about one article needs to know. */
export interface ArticleResource {
  ownerUserId: number | null;
  /** Authors in the byline. */
  authorIds: readonly number[];
  status: ArticleStatus;
}

/** Own work: created by the account, or bylined to the author page it writes as. */
export function isOwnArticle(actor: Actor, article: ArticleResource): boolean {
  if (actor.kind !== 'user') return false;
  return article.ownerUserId === actor.id || (actor.authorId !== null && article.authorIds.includes(actor.authorId));
}

/**
 * WordPress's rules: administrators and editors do anything to any article; authors
 * write, publish and correct their own; contributors write and edit their own drafts only.
 */
export function canArticle(actor: Actor, action: ArticleAction, article?: ArticleResource): boolean {
  if (actor.kind !== 'user') return false;
  if (hasRole(actor, 'administrator', 'editor')) return true;
  if (action === 'create') return true;
  if (!article || !isOwnArticle(actor, article)) return false;
  if (actor.role === 'author') return true;
  return action === 'edit' && article.status === 'draft';
}

/** Any account may open the editor and write (the service checks each article). */
export const mayWriteArticles: Policy = (actor) => canArticle(actor, 'create');
