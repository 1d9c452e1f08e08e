import { sql, type Kysely } from 'kysely';
import type { ListingChange, ListingKey, ListingRepository, ListingScope } from '../../services/discovery/ports.js';
import type { ArticleKind } from '../../domain/article.js';
import type { DB } from '../schema.js';
import { fillListings } from './listing-rows.js';
import { SUMMARY_COLUMNS, toAuthor, toSummary } from './row-mappers.js';
import type { Author } from '../../domain/people.js';
import { compiledQuery } from '../compiled-query.js';
import { toMedia } from './media-repo.js';

const keyOf = (row: { scope: string; scope_id: number }) => `${row.scope}:${row.scope_id}`;

type PageParams = { scope: string; scopeId: number; now: string; limit: number; offset: number };
// The page's rows are found in the order index alone (offset included), and only they are
// joined to their articles: joining first read every skipped article's row, so page 1,000 of
// a section cost a thousand times page 1.
const pageOf = (since: boolean) => compiledQuery((db: Kysely<DB>, p: PageParams & { since: string }) => {
  let rows = db.selectFrom('listings').select(['listings.article_id', 'listings.sticky', 'listings.published_at'])
    .where('listings.scope', '=', p.scope).where('listings.scope_id', '=', p.scopeId).where('listings.published_at', '<=', p.now);
  if (since) rows = rows.where('listings.published_at', '>=', p.since);
  const page = rows.orderBy('listings.sticky', 'desc').orderBy('listings.published_at', 'desc').orderBy('listings.article_id', 'desc')
    .limit(p.limit).offset(p.offset);
  return db.selectFrom(page.as('page')).innerJoin('articles', 'articles.id', 'page.article_id').select(SUMMARY_COLUMNS)
    .orderBy('page.sticky', 'desc').orderBy('page.published_at', 'desc').orderBy('page.article_id', 'desc');
});
// Compiled once per engine: the list pages' hot path.
const listPage = pageOf(false);
const listPageSince = pageOf(true);
const keptTotal = compiledQuery((db: Kysely<DB>, p: { scope: string; scopeId: number }) =>
  db.selectFrom('listing_counts').select('total').where('scope', '=', p.scope).where('scope_id', '=', p.scopeId));
const futureRows = compiledQuery((db: Kysely<DB>, p: { scope: string; scopeId: number; now: string }) =>
  db.selectFrom('listings').where('listings.scope', '=', p.scope).where('listings.scope_id', '=', p.scopeId)
    .where('listings.sticky', 'in', [0, 1]).where('listings.published_at', '>', p.now)
    .select((eb) => eb.fn.countAll<number>().as('n')));

// The ids of one page of a list, in the order index alone: the same rows `listPage` joins.
const pageIds = (db: Kysely<DB>, p: PageParams) => db.selectFrom('listings').select('listings.article_id')
  .where('listings.scope', '=', p.scope).where('listings.scope_id', '=', p.scopeId).where('listings.published_at', '<=', p.now)
  .orderBy('listings.sticky', 'desc').orderBy('listings.published_at', 'desc').orderBy('listings.article_id', 'desc')
  .limit(p.limit).offset(p.offset);
// What a list page shows beside each article, read by the page's own ids (not from its rows),
// so both statements run beside the page's on PostgreSQL instead of in a second round trip.
// Unordered: a page's few bylines are put in order here.
const authorsOnPage = compiledQuery((db: Kysely<DB>, p: PageParams) =>
  db.selectFrom('article_authors').innerJoin('authors', 'authors.id', 'article_authors.author_id')
    .select(['article_authors.article_id', 'article_authors.position', 'authors.id', 'authors.slug', 'authors.name', 'authors.bio'])
    .where('article_authors.article_id', 'in', pageIds(db, p)));
const approvedOnPage = compiledQuery((db: Kysely<DB>, p: PageParams) =>
  db.selectFrom('comments').select(['comments.article_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('comments.article_id', 'in', pageIds(db, p)).where('comments.status', '=', 'approved')
    .groupBy('comments.article_id'));

// The featured images of a page's articles (media rows by primary key).
const imagesOnPage = compiledQuery((db: Kysely<DB>, p: PageParams) =>
  db.selectFrom('articles').innerJoin('media', 'media.id', 'articles.featured_media_id')
    .selectAll('media').select(['articles.id as article_id', 'articles.featured_alt'])
    .where('articles.id', 'in', pageIds(db, p)));

type Row = { scope: string; scope_id: number; article_id: number; sticky: number; published_at: string; updated_at: string };

type DetailRows = [
  Array<{ article_id: number; position: number; id: number; slug: string; name: string; bio: string }>,
  Array<{ article_id: number; n: number | string | bigint }>,
  Awaited<ReturnType<typeof imagesOnPage>>,
];

/** Bylines in order, approved comment counts and featured images by article id, from their rows. */
function detailsFrom([bylines, approved, pictures]: DetailRows) {
  const authors = new Map<number, Author[]>();
  for (const row of bylines.sort((a, b) => a.article_id - b.article_id || a.position - b.position)) {
    const list = authors.get(row.article_id) ?? [];
    list.push(toAuthor(row));
    authors.set(row.article_id, list);
  }
  const images = new Map(pictures.map((row) => [row.article_id, { media: toMedia(row), alt: row.featured_alt ?? row.alt }]));
  return { authors, approvedComments: new Map(approved.map((row) => [row.article_id, Number(row.n)])), images };
}

/** Listings and their counts on Kysely; one code path on both engines. */
export function listingsRepo(db: Kysely<DB>): ListingRepository {
  const rowsOf = (articleIds: number[]) =>
    db.selectFrom('listings').select(['scope', 'scope_id', 'article_id', 'sticky', 'published_at', 'updated_at']).where('article_id', 'in', articleIds).execute();

  /** Moves each list's count by what it gained or lost, and its newest change to what it now holds. */
  async function recount(before: Array<{ scope: string; scope_id: number }>, after: Array<{ scope: string; scope_id: number }>) {
    const delta = new Map<string, { scope: string; scope_id: number; by: number }>();
    for (const [rows, sign] of [[before, -1], [after, 1]] as const) {
      for (const row of rows) {
        const entry = delta.get(keyOf(row)) ?? { scope: row.scope, scope_id: row.scope_id, by: 0 };
        entry.by += sign;
        delta.set(keyOf(row), entry);
      }
    }
    for (const { scope, scope_id, by } of delta.values()) {
      const newest = await db.selectFrom('listings').select((eb) => eb.fn.max('updated_at').as('last'))
        .where('scope', '=', scope).where('scope_id', '=', scope_id).executeTakeFirst();
      await db.insertInto('listing_counts')
        .values({ scope, scope_id, total: by, last_modified: newest?.last ?? null })
        .onConflict((oc) => oc.columns(['scope', 'scope_id']).doUpdateSet({
          total: sql<number>`listing_counts.total + excluded.total`,
          last_modified: sql<string | null>`excluded.last_modified`,
        }))
        .execute();
    }
  }

  async function rewrite(articleIds: number[], refill: boolean): Promise<ListingChange> {
    if (articleIds.length === 0) return { lists: [], lastModified: false };
    const before = await rowsOf(articleIds);
    await db.deleteFrom('listings').where('article_id', 'in', articleIds).execute();
    if (refill) await fillListings(db, articleIds);
    const after = refill ? await rowsOf(articleIds) : [];
    await recount(before, after);
    // A list changed for readers when a row came, went, or moved (its date or pin); a new
    // updated time alone only moves the list's last-modified time.
    const rowKey = (row: Row) => `${keyOf(row)}:${row.article_id}`;
    const place = (row: Row) => `${row.published_at}|${row.sticky}`;
    const was = new Map(before.map((row) => [rowKey(row), row]));
    const is = new Map(after.map((row) => [rowKey(row), row]));
    const changed = new Map<string, ListingKey>();
    let lastModified = false;
    for (const key of new Set([...was.keys(), ...is.keys()])) {
      const old = was.get(key);
      const now = is.get(key);
      const row = (now ?? old)!;
      if (!old || !now || place(old) !== place(now)) changed.set(keyOf(row), { scope: row.scope as ListingScope, scopeId: row.scope_id });
      if (!old || !now || old.updated_at !== now.updated_at) lastModified = true;
    }
    return { lists: [...changed.values()], lastModified };
  }


  return {
    sync: (articleIds) => rewrite(articleIds, true),
    withdraw: (articleIds) => rewrite(articleIds, false),

    async page(query) {
      const params = { scope: query.scope, scopeId: query.scopeId, now: query.now, limit: query.limit, offset: query.offset };
      const found = query.since ? await listPageSince(db, { ...params, since: query.since }) : await listPage(db, { ...params, since: '' });
      return found.map(toSummary);
    },

    async pageDetails(query) {
      const params = { scope: query.scope, scopeId: query.scopeId, now: query.now, limit: query.limit, offset: query.offset };
      return detailsFrom(await Promise.all([authorsOnPage(db, params), approvedOnPage(db, params), imagesOnPage(db, params)]));
    },

    async detailsOf(articleIds) {
      if (articleIds.length === 0) return detailsFrom([[], [], []]);
      return detailsFrom(await Promise.all([
        db.selectFrom('article_authors').innerJoin('authors', 'authors.id', 'article_authors.author_id')
          .select(['article_authors.article_id', 'article_authors.position', 'authors.id', 'authors.slug', 'authors.name', 'authors.bio'])
          .where('article_authors.article_id', 'in', articleIds).execute(),
        db.selectFrom('comments').select(['comments.article_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('comments.article_id', 'in', articleIds).where('comments.status', '=', 'approved')
          .groupBy('comments.article_id').execute(),
        db.selectFrom('articles').innerJoin('media', 'media.id', 'articles.featured_media_id')
          .selectAll('media').select(['articles.id as article_id', 'articles.featured_alt'])
          .where('articles.id', 'in', articleIds).execute(),
      ]));
    },

    async idRange(query) {
      // Driven by the id range of listings' primary key (article_id first). The list is
      // matched as expressions, not columns, so neither engine walks the whole list's
      // index instead (SQLite has no statistics to tell it which is smaller).
      const found = await db.selectFrom('articles')
        .innerJoin('listings', (join) => join.onRef('listings.article_id', '=', 'articles.id')
          .on(sql`listings.scope || ''`, '=', query.scope).on(sql`listings.scope_id + 0`, '=', query.scopeId))
        .where('listings.article_id', '>=', query.fromId)
        .where('listings.article_id', '<=', query.toId)
        .where('listings.published_at', '<=', query.now)
        .select(SUMMARY_COLUMNS)
        .orderBy('listings.article_id')
        .execute();
      return found.map(toSummary);
    },

    async addressRange(query) {
      // Dates from the listing row; only kind, slug and section from the article. Reading the
      // summary columns, which lie beyond the bodies in an article's row, cost twice as much.
      const found = await db.selectFrom('listings')
        .innerJoin('articles', 'articles.id', 'listings.article_id')
        .where('listings.article_id', '>=', query.fromId)
        .where('listings.article_id', '<=', query.toId)
        .where(sql`listings.scope || ''`, '=', query.scope).where(sql`listings.scope_id + 0`, '=', query.scopeId)
        .where('listings.published_at', '<=', query.now)
        .select(['articles.id', 'articles.kind', 'articles.slug', 'articles.section_id', 'articles.created_at', 'articles.language', 'listings.published_at', 'listings.updated_at'])
        .orderBy('listings.article_id')
        .execute();
      return found.map((row) => ({
        id: row.id, kind: row.kind as ArticleKind, slug: row.slug, sectionId: row.section_id,
        createdAt: row.created_at, publishedAt: row.published_at, updatedAt: row.updated_at, language: row.language,
      }));
    },

    async count(key, now) {
      // The maintained total, less the few rows dated after `now` (a range of the order index).
      const [counted, future] = await Promise.all([keptTotal(db, key), futureRows(db, { ...key, now })]);
      return Math.max(0, (counted[0]?.total ?? 0) - Number(future[0]?.n ?? 0));
    },

    async lastModified(scope) {
      const rows = await db.selectFrom('listing_counts').select(['scope_id', 'last_modified'])
        .where('scope', '=', scope).where('total', '>', 0).execute();
      return new Map(rows.filter((row) => row.last_modified).map((row) => [row.scope_id, row.last_modified!]));
    },

    async rebuildAll() {
      await db.deleteFrom('listing_counts').execute();
      await db.deleteFrom('listings').execute();
      await fillListings(db);
    },
  };
}
