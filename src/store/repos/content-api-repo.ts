import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { parseArticleType } from '../../domain/article-type.js';
import type { ArticleKind } from '../../domain/article.js';
import type { ContentApiRepository, ContentItem, ContentPageQuery, NamePageQuery, NameTerm, ResolvedFilter } from '../../services/content-api/ports.js';
import type { DB } from '../schema.js';
import { toMedia } from './media-repo.js';
import { publiclyVisible } from './public-visibility.js';
import { SUMMARY_COLUMNS, toAuthor, toSummary, toTag } from './row-mappers.js';
import { avatarFile, SHARE_CARD_COLUMNS, toShareCard } from './share-card-columns.js';

/** The list a page of posts is read from, in the order of its index (read forwards or backwards). */
type Driver = { scope: string; scopeId: number; sticky: 0 | 1 };

const TRUE = sql<SqlBool>`1 = 1`;
const FALSE = sql<SqlBool>`1 = 0`;

/**
 * Picks the list to read posts from: a list every match is in (a single tag, author or
 * section of the top-level "and", or the home page's pinned posts for `featured:true`),
 * else the whole site. Every other term is checked per listed post through primary keys.
 */
export function chooseDriver(filter: ResolvedFilter | null): { driver: Driver; rest: ResolvedFilter | null } {
  const site: Driver = { scope: 'site', scopeId: 0, sticky: 0 };
  if (!filter) return { driver: site, rest: null };
  const flat = (node: ResolvedFilter): ResolvedFilter[] => (node.kind === 'and' ? node.of.flatMap(flat) : [node]);
  const terms = flat(filter);
  const index = terms.findIndex((t) => t.kind === 'lists' && !t.negate && t.keys.length === 1);
  const featured = terms.findIndex((t) => t.kind === 'featured' && t.value);
  const pick = index >= 0 ? index : featured;
  if (pick < 0) return { driver: site, rest: filter };
  const chosen = terms[pick]!;
  const driver: Driver = chosen.kind === 'lists' ? { ...chosen.keys[0]!, sticky: 0 } : { scope: 'home', scopeId: 0, sticky: 1 };
  const others = terms.filter((_, i) => i !== pick);
  return { driver, rest: others.length === 0 ? null : others.length === 1 ? others[0]! : { kind: 'and', of: others } };
}

/**
 * The filter as SQL over the article whose id is `id` and publication time is `published`:
 * every term is a look-up by primary key in the listings (or a column at hand), so a
 * page costs the same whatever the archive's size. `sticky` is the pinned flag when the
 * rows read are articles (pages are in no list).
 */
export function filterSql(filter: ResolvedFilter, at: { id: RawBuilder<number>; published: RawBuilder<string>; sticky?: RawBuilder<number> }): RawBuilder<SqlBool> {
  const not = (negate: boolean, clause: RawBuilder<SqlBool>) => (negate ? sql<SqlBool>`not (${clause})` : clause);
  switch (filter.kind) {
    case 'and':
    case 'or': {
      const parts = filter.of.map((part) => filterSql(part, at));
      return sql<SqlBool>`(${sql.join(parts, filter.kind === 'and' ? sql` and ` : sql` or `)})`;
    }
    case 'not':
      return not(true, filterSql(filter.of, at));
    case 'lists': {
      if (filter.keys.length === 0) return filter.negate ? TRUE : FALSE;
      const keys = filter.keys.map((k) => sql`(x.scope = ${k.scope} and x.scope_id = ${k.scopeId})`);
      return not(filter.negate, sql<SqlBool>`exists (select 1 from listings x where x.article_id = ${at.id} and (${sql.join(keys, sql` or `)}))`);
    }
    case 'featured':
      if (at.sticky) return sql<SqlBool>`${at.sticky} = ${filter.value ? 1 : 0}`;
      return sql<SqlBool>`exists (select 1 from listings x where x.article_id = ${at.id} and x.scope = 'home' and x.scope_id = 0 and x.sticky = ${filter.value ? 1 : 0})`;
    case 'ids':
      return not(filter.negate, filter.ids.length ? sql<SqlBool>`${at.id} in (${sql.join(filter.ids)})` : FALSE);
    case 'published':
      return sql<SqlBool>`${at.published} ${sql.raw(filter.op)} ${filter.value}`;
  }
}

/** The terms of a tag or author filter as SQL over its table's `id` and `slug`. */
function nameTermsSql(terms: NameTerm[]): RawBuilder<SqlBool> {
  if (terms.length === 0) return TRUE;
  const parts = terms.map((term) => {
    const values = term.field === 'id' ? term.values.filter((v) => typeof v === 'number') : term.values.map(String);
    const match = values.length ? sql<SqlBool>`${sql.ref(term.field)} in (${sql.join(values)})` : FALSE;
    return term.negate ? sql<SqlBool>`not (${match})` : match;
  });
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** Public posts and pages for the Content API, on Kysely; one code path on both engines. */
export function contentApiRepo(db: Kysely<DB>): ContentApiRepository {
  async function load(ids: number[]): Promise<ContentItem[]> {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('articles')
      .select([...SUMMARY_COLUMNS, 'articles.body_html', 'articles.featured_media_id', 'articles.featured_alt', 'articles.article_type', 'articles.featured_caption', 'articles.seo_title', 'articles.seo_description', ...SHARE_CARD_COLUMNS.map((c) => `articles.${c}` as const)])
      .where('articles.id', 'in', ids).execute();
    const mediaIds = [...new Set(rows.map((r) => r.featured_media_id).filter((m): m is number => m !== null))];
    const media = mediaIds.length ? await db.selectFrom('media').selectAll().where('id', 'in', mediaIds).execute() : [];
    const mediaById = new Map(media.map((m) => [m.id, toMedia(m)]));
    const byId = new Map(rows.map((row) => {
      const picture = row.featured_media_id === null ? undefined : mediaById.get(row.featured_media_id);
      const item: ContentItem = {
        ...toSummary(row), bodyHtml: row.body_html, featured: picture ? { media: picture, alt: row.featured_alt ?? picture.alt } : null, articleType: parseArticleType(row.article_type),
        featuredCaption: row.featured_caption, shareCard: toShareCard(row), seo: { title: row.seo_title, description: row.seo_description },
      };
      return [row.id, item];
    }));
    return ids.map((id) => byId.get(id)).filter((item): item is ContentItem => item !== undefined);
  }

  async function pageOfPosts(query: ContentPageQuery) {
    const { driver, rest } = chooseDriver(query.filter);
    const residual = rest ? filterSql(rest, { id: sql.ref<number>('l.article_id'), published: sql.ref<string>('l.published_at') }) : TRUE;
    const base = db.selectFrom('listings as l')
      .where('l.scope', '=', driver.scope).where('l.scope_id', '=', driver.scopeId).where('l.sticky', '=', driver.sticky)
      .where('l.published_at', '<=', query.now).where(residual);
    const [rows, counted] = await Promise.all([
      base.select('l.article_id as id').orderBy('l.published_at', query.direction).orderBy('l.article_id', query.direction)
        .limit(query.limit).offset(query.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { ids: rows.map((r) => r.id), total: Number(counted?.n ?? 0) };
  }

  async function pageOfPages(query: ContentPageQuery) {
    const residual = query.filter ? filterSql(query.filter, { id: sql.ref<number>('articles.id'), published: sql.ref<string>('articles.published_at'), sticky: sql.ref<number>('articles.sticky') }) : TRUE;
    const base = db.selectFrom('articles').where((eb) => publiclyVisible(eb, query.now, 'page')).where(residual);
    const [rows, counted] = await Promise.all([
      base.select('articles.id').orderBy('articles.published_at', query.direction).orderBy('articles.id', query.direction)
        .limit(query.limit).offset(query.offset).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { ids: rows.map((r) => r.id), total: Number(counted?.n ?? 0) };
  }

  return {
    async tagPage(query: NamePageQuery) {
      const base = db.selectFrom('tags').where(nameTermsSql(query.terms));
      const [rows, counted] = await Promise.all([
        base.select(['id', 'slug', 'name']).orderBy(query.order?.field ?? 'slug', query.order?.direction ?? 'asc').orderBy('id').limit(query.limit).offset(query.offset).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
      ]);
      return { items: rows.map(toTag), total: Number(counted?.n ?? 0) };
    },

    async authorPage(query: NamePageQuery) {
      const base = db.selectFrom('authors').where(nameTermsSql(query.terms));
      const [rows, counted] = await Promise.all([
        base.select(['id', 'slug', 'name', 'bio', 'avatar_url', avatarFile(db)]).orderBy(query.order?.field ?? 'slug', query.order?.direction ?? 'asc').orderBy('id').limit(query.limit).offset(query.offset).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
      ]);
      return { items: rows.map(toAuthor), total: Number(counted?.n ?? 0) };
    },

    async page(query) {
      const { ids, total } = query.kind === 'page' ? await pageOfPages(query) : await pageOfPosts(query);
      return { items: await load(ids), total };
    },

    async idsOfSlugs(slugs) {
      if (slugs.length === 0) return [];
      return (await db.selectFrom('articles').select('id').where('slug', 'in', slugs).execute()).map((r) => r.id);
    },

    async find(kind: ArticleKind, by, now) {
      let found = db.selectFrom('articles').select('articles.id').where((eb) => publiclyVisible(eb, now, kind));
      found = 'id' in by ? found.where('articles.id', '=', by.id) : found.where('articles.slug', '=', by.slug);
      const row = await found.executeTakeFirst();
      return row ? ((await load([row.id]))[0] ?? null) : null;
    },
  };
}
