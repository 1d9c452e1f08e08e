import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';

/** Lists an article can be in; `home` and `site` have one list (scope id 0), the others one per section, tag or author. */
export const LISTING_SCOPES = ['home', 'site', 'section', 'tag', 'author'] as const;

// Articles that lists show: published articles with a date (pages never appear in lists).
const LISTED = sql`a.kind = 'article' and a.status = 'published' and a.published_at is not null`;

/**
 * A list's rows twice: in the list itself, and in its language's (`home@fr`, `section@fr`),
 * which holds the same rows of the articles in that language and is read through the same
 * order index. `select` names the scope as `SCOPE` in its first column.
 */
function withLanguage(scope: string, select: (scope: RawBuilder<string>) => RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`${select(sql`${sql.lit(scope)}`)} union all ${select(sql`${sql.lit(`${scope}@`)} || a.language`)}`;
}

/**
 * Fills listings and their counts from the articles, in plain SQL both engines run: the
 * home list (sticky first), the whole site, every section up the tree (a section lists
 * its subsections' articles), every tag and every author, and the home, site, section and
 * tag lists of each language. `articleIds` limits it to those articles' rows (counts are
 * then the caller's); without it, every row and count is written.
 */
export async function fillListings(db: QueryExecutorProvider, articleIds?: readonly number[]): Promise<void> {
  const only = articleIds ? sql`and a.id in (${sql.join(articleIds.length ? articleIds : [-1])})` : sql``;
  const columns = sql`(scope, scope_id, article_id, sticky, published_at, updated_at)`;
  await sql`insert into listings ${columns} ${withLanguage('home', (scope) => sql`
    select ${scope}, 0, a.id, a.sticky, a.published_at, a.updated_at from articles a where ${LISTED} ${only}`)}`.execute(db);
  await sql`insert into listings ${columns} ${withLanguage('site', (scope) => sql`
    select ${scope}, 0, a.id, 0, a.published_at, a.updated_at from articles a where ${LISTED} ${only}`)}`.execute(db);
  await sql`with recursive up(section_id, ancestor_id) as (
      select id, id from sections
      union all
      select up.section_id, s.parent_id from up join sections s on s.id = up.ancestor_id where s.parent_id is not null
    )
    insert into listings ${columns} ${withLanguage('section', (scope) => sql`
    select ${scope}, up.ancestor_id, a.id, 0, a.published_at, a.updated_at
    from articles a join up on up.section_id = a.section_id where ${LISTED} ${only}`)}`.execute(db);
  await sql`insert into listings ${columns} ${withLanguage('tag', (scope) => sql`
    select ${scope}, t.tag_id, a.id, 0, a.published_at, a.updated_at from articles a join article_tags t on t.article_id = a.id where ${LISTED} ${only}`)}`.execute(db);
  await sql`insert into listings ${columns}
    select 'author', w.author_id, a.id, 0, a.published_at, a.updated_at from articles a join article_authors w on w.article_id = a.id where ${LISTED} ${only}`.execute(db);
  if (!articleIds) {
    await sql`insert into listing_counts (scope, scope_id, total, last_modified)
      select scope, scope_id, count(*), max(updated_at) from listings group by scope, scope_id`.execute(db);
  }
}
