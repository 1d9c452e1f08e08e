import type { ArticleStatus } from './article.js';

/**
 * What an Admin API integration key may do. Reading posts, pages, tags, authors and
 * sections (drafts included) needs only a valid key; every write names its scope.
 */
export const INTEGRATION_SCOPES = {
  'posts:write': 'create, edit and delete drafts of posts and pages',
  'posts:publish': 'publish, schedule, unpublish, and change or delete live posts and pages',
  'structure:write': 'add and edit tags, authors and sections',
  'media:write': 'upload images',
  'comments:moderate': 'list comments and approve, spam or trash them',
  'links:read': 'read the link health report',
} as const;

/** One scope an integration key may hold. */
export type IntegrationScope = keyof typeof INTEGRATION_SCOPES;

/** Every scope, in the order they are documented. */
export const ALL_SCOPES = Object.keys(INTEGRATION_SCOPES) as IntegrationScope[];

/** True for a known scope name. */
export function isIntegrationScope(value: string): value is IntegrationScope {
  return Object.hasOwn(INTEGRATION_SCOPES, value);
}

/**
 * Scopes named in a comma-separated list (`posts:write, media:write`), each once, in
 * documented order; an unknown name is returned in `unknown` (the caller refuses it).
 */
export function parseScopes(raw: string): { scopes: IntegrationScope[]; unknown: string[] } {
  const names = raw.split(',').map((n) => n.trim()).filter((n) => n !== '');
  const unknown = names.filter((n) => !isIntegrationScope(n));
  return { scopes: ALL_SCOPES.filter((s) => names.includes(s)), unknown };
}

/**
 * The scopes a write of a post or page needs: `posts:write` always, and `posts:publish`
 * when it leaves or reaches a status other than draft (a live post's edit changes what
 * readers see). `from` is null for a new post; `to` is null for a delete.
 */
export function scopesForPostWrite(from: ArticleStatus | null, to: ArticleStatus | null): IntegrationScope[] {
  const live = (from !== null && from !== 'draft') || (to !== null && to !== 'draft');
  return live ? ['posts:write', 'posts:publish'] : ['posts:write'];
}
