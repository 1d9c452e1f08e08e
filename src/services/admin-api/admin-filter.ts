import type { ContentFilter } from '../../domain/content-filter.js';
import type { Section } from '../../domain/section.js';
import type { AdminFilter } from '../articles/ports.js';
import { postIdOf } from '../content-api/resolve-filter.js';
import type { Repositories } from '../ports.js';

/** The section and every section below it: a section's posts include its subsections', as in its list. */
function withDescendants(sections: readonly Section[], id: number): number[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const s of sections) if (s.parentId === out[i] && !out.includes(s.id)) out.push(s.id);
  return out;
}

/**
 * Looks up the tag, section and author slugs an Admin API filter names (one query each) and
 * gives the filter the store applies over articles in any status; a slug that names nothing
 * matches nothing, as in the Content API, whose parser (and so syntax and errors) it shares.
 */
export async function resolveAdminFilter(filter: ContentFilter, sections: readonly Section[], repos: Repositories): Promise<AdminFilter> {
  const slugsOf = (field: 'tag' | 'author', node: ContentFilter): string[] =>
    node.kind === 'and' || node.kind === 'or' ? node.of.flatMap((n) => slugsOf(field, n)) : node.kind === 'list' && node.field === field ? node.slugs : [];
  const [tags, authors] = await Promise.all([
    repos.tags.findManyBySlugs([...new Set(slugsOf('tag', filter))]),
    repos.authors.findManyBySlugs([...new Set(slugsOf('author', filter))]),
  ]);
  const tagIds = new Map(tags.map((t) => [t.slug, t.id]));
  const authorIds = new Map(authors.map((a) => [a.slug, a.id]));
  const sectionIds = new Map(sections.map((s) => [s.slug, s.id]));

  const walk = (node: ContentFilter): AdminFilter => {
    switch (node.kind) {
      case 'and':
      case 'or':
        return { kind: node.kind, of: node.of.map(walk) };
      case 'list': {
        const { slugs, negate } = node;
        if (node.field === 'author') return { kind: 'authors', ids: slugs.flatMap((s) => (authorIds.has(s) ? [authorIds.get(s)!] : [])), negate };
        const inSections = slugs.flatMap((s) => (sectionIds.has(s) ? [sectionIds.get(s)!] : []));
        // primary_tag: the post's own section; tag: any of its tags, or its section or one above it.
        if (node.field === 'primary_tag') return { kind: 'tags', tagIds: [], sectionIds: inSections, negate };
        return { kind: 'tags', tagIds: slugs.flatMap((s) => (tagIds.has(s) ? [tagIds.get(s)!] : [])), sectionIds: inSections.flatMap((id) => withDescendants(sections, id)), negate };
      }
      case 'field':
        return node.field === 'slug'
          ? { kind: 'slugs', values: node.values, negate: node.negate }
          : { kind: 'ids', ids: node.values.map(postIdOf).filter((id): id is number => id !== null), negate: node.negate };
      default:
        return node;
    }
  };
  return walk(filter);
}
