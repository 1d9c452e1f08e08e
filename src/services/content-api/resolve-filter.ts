import type { ContentFilter } from '../../domain/content-filter.js';
import { invalid } from '../../domain/errors.js';
import type { Section } from '../../domain/section.js';
import type { ListingKey } from '../discovery/ports.js';
import type { Repositories } from '../ports.js';
import type { ResolvedFilter } from './ports.js';

/** A post id as the API shows it (`"42"`), as a row id; null when it is none. */
export function postIdOf(value: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= 2147483647 ? Number(value) : null;
}

/**
 * Looks up the slugs a filter names (tags and sections by slug, authors by slug) in one
 * query each, and gives the filter over list keys and ids the store applies. A slug that
 * names nothing matches nothing.
 */
export async function resolveFilter(filter: ContentFilter, sections: readonly Section[], repos: Repositories): Promise<ResolvedFilter> {
  const slugsOf = (field: 'tag' | 'author', node: ContentFilter): string[] =>
    node.kind === 'and' || node.kind === 'or' ? node.of.flatMap((n) => slugsOf(field, n)) : node.kind === 'list' && node.field === field ? node.slugs : [];
  const postSlugs = (node: ContentFilter): string[] =>
    node.kind === 'and' || node.kind === 'or' ? node.of.flatMap(postSlugs) : node.kind === 'field' && node.field === 'slug' ? node.values : [];
  const [tags, authors, postIds] = await Promise.all([
    repos.tags.findManyBySlugs([...new Set(slugsOf('tag', filter))]),
    repos.authors.findManyBySlugs([...new Set(slugsOf('author', filter))]),
    Promise.all([...new Set(postSlugs(filter))].map(async (slug) => [slug, await repos.contentApi.idsOfSlugs([slug])] as const)),
  ]);
  const idsBySlug = new Map(postIds);
  const tagIds = new Map(tags.map((t) => [t.slug, t.id]));
  const authorIds = new Map(authors.map((a) => [a.slug, a.id]));
  const sectionIds = new Map(sections.map((s) => [s.slug, s.id]));

  const keysOf = (field: 'tag' | 'author', slugs: string[]): ListingKey[] => slugs.flatMap((slug): ListingKey[] => {
    if (field === 'author') return authorIds.has(slug) ? [{ scope: 'author', scopeId: authorIds.get(slug)! }] : [];
    // Sections are tags too: a section's list holds its subsections' posts, as the post's tags do.
    const keys: ListingKey[] = [];
    if (sectionIds.has(slug)) keys.push({ scope: 'section', scopeId: sectionIds.get(slug)! });
    if (tagIds.has(slug)) keys.push({ scope: 'tag', scopeId: tagIds.get(slug)! });
    return keys;
  });

  /**
   * A post whose own section is the one of `slug`: in that section's list and in none of
   * its subsections' lists (a section's list holds its subsections' posts too).
   */
  const ownSection = (slug: string): ResolvedFilter => {
    const id = sectionIds.get(slug);
    if (id === undefined) return { kind: 'lists', keys: [], negate: false };
    const children = sections.filter((s) => s.parentId === id).map((s): ListingKey => ({ scope: 'section', scopeId: s.id }));
    const inSection: ResolvedFilter = { kind: 'lists', keys: [{ scope: 'section', scopeId: id }], negate: false };
    return children.length ? { kind: 'and', of: [inSection, { kind: 'lists', keys: children, negate: true }] } : inSection;
  };

  const walk = (node: ContentFilter): ResolvedFilter => {
    switch (node.kind) {
      case 'and':
      case 'or':
        return { kind: node.kind, of: node.of.map(walk) };
      case 'list':
        if (node.field === 'primary_tag') {
          const own = { kind: 'or' as const, of: node.slugs.map((slug) => ownSection(slug)) };
          return node.negate ? { kind: 'not', of: own } : own.of.length === 1 ? own.of[0]! : own;
        }
        return { kind: 'lists', keys: keysOf(node.field, node.slugs), negate: node.negate };
      case 'field': {
        const ids = node.field === 'id' ? node.values.map(postIdOf).filter((id): id is number => id !== null) : node.values.flatMap((slug) => idsBySlug.get(slug) ?? []);
        return { kind: 'ids', ids, negate: node.negate };
      }
      case 'status':
        // Not among the Content API's fields: only the Admin API's parser lets it through.
        throw invalid('The Content API serves published posts only: filter by status in the Admin API.', 'filter');
      default:
        return node;
    }
  };
  return walk(filter);
}
