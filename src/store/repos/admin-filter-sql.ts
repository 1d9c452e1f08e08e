import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { AdminFilter } from '../../services/articles/ports.js';

const FALSE = sql<SqlBool>`1 = 0`;
const TRUE = sql<SqlBool>`1 = 1`;
const not = (negate: boolean, condition: RawBuilder<SqlBool>) => (negate ? sql<SqlBool>`not ${condition}` : condition);
const anyOf = (parts: RawBuilder<SqlBool>[]) => (parts.length ? sql<SqlBool>`(${sql.join(parts, sql` or `)})` : FALSE);

/**
 * The Admin API's filter as SQL over `articles` in any status (the lists of the Content API
 * hold published articles only): tags and bylines through their join tables' indexes.
 */
export function adminFilterSql(filter: AdminFilter): RawBuilder<SqlBool> {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return filter.of.length ? sql<SqlBool>`(${sql.join(filter.of.map(adminFilterSql), filter.kind === 'and' ? sql` and ` : sql` or `)})` : TRUE;
    case 'tags': {
      const parts: RawBuilder<SqlBool>[] = [];
      if (filter.tagIds.length) parts.push(sql<SqlBool>`exists (select 1 from article_tags t where t.article_id = articles.id and t.tag_id in (${sql.join(filter.tagIds)}))`);
      if (filter.sectionIds.length) parts.push(sql<SqlBool>`articles.section_id in (${sql.join(filter.sectionIds)})`);
      // Not in a section is true of an article without one (SQL's `not in` would say unknown).
      return filter.negate ? sql<SqlBool>`not coalesce(${anyOf(parts)}, ${FALSE})` : anyOf(parts);
    }
    case 'authors':
      return not(filter.negate, filter.ids.length ? sql<SqlBool>`exists (select 1 from article_authors w where w.article_id = articles.id and w.author_id in (${sql.join(filter.ids)}))` : FALSE);
    case 'featured':
      return sql<SqlBool>`articles.sticky = ${filter.value ? 1 : 0}`;
    case 'status':
      return not(filter.negate, sql<SqlBool>`articles.status in (${sql.join(filter.values)})`);
    case 'slugs':
      return not(filter.negate, filter.values.length ? sql<SqlBool>`articles.slug in (${sql.join(filter.values)})` : FALSE);
    case 'ids':
      return not(filter.negate, filter.ids.length ? sql<SqlBool>`articles.id in (${sql.join(filter.ids)})` : FALSE);
    case 'published':
      return sql<SqlBool>`(articles.published_at is not null and articles.published_at ${sql.raw(filter.op)} ${filter.value})`;
  }
}
