import type { Kysely } from 'kysely';
import type { Correction, Revision, RevisionFields } from '../../domain/editorial.js';
import type { ArticleKind } from '../../domain/article.js';
import type { CorrectionRepository, RevisionRepository } from '../../services/articles/ports.js';
import { publiclyVisible } from './public-visibility.js';
import type { DB } from '../schema.js';
import { compiledQuery } from '../compiled-query.js';

const EMPTY_FIELDS: RevisionFields = {
  slug: '', dek: null, status: 'draft', publishedAt: null, sectionSlug: null, authorSlugs: [], tagSlugs: [],
  featuredMediaId: null, featuredAlt: null, seoTitle: null, seoDescription: null,
};

function parseFields(json: string): RevisionFields {
  try {
    return { ...EMPTY_FIELDS, ...(JSON.parse(json) as Partial<RevisionFields>) };
  } catch {
    return EMPTY_FIELDS;
  }
}

/** Revisions, each with the name of the account that saved it. */
export function revisionsRepo(db: Kysely<DB>): RevisionRepository {
  const base = () =>
    db
      .selectFrom('revisions')
      .leftJoin('users', 'users.id', 'revisions.user_id')
      .selectAll('revisions')
      .select('users.name as user_name');
  type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
  const toRevision = (row: Row): Revision => ({
    id: row.id,
    articleId: row.article_id,
    version: row.version,
    autosave: row.autosave === 1,
    title: row.title,
    bodyMarkdown: row.body_markdown,
    fields: parseFields(row.fields),
    userId: row.user_id,
    userName: row.user_name,
    createdAt: row.created_at,
  });
  return {
    async insert(r) {
      const row = await db
        .insertInto('revisions')
        .values({
          article_id: r.articleId, version: r.version, autosave: r.autosave ? 1 : 0, title: r.title, body_markdown: r.bodyMarkdown,
          fields: JSON.stringify(r.fields), user_id: r.userId, created_at: r.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async list(articleId) {
      const rows = await base().where('revisions.article_id', '=', articleId).orderBy('revisions.id', 'desc').execute();
      return rows.map(toRevision);
    },
    async find(id) {
      const row = await base().where('revisions.id', '=', id).executeTakeFirst();
      return row ? toRevision(row) : null;
    },
  };
}

/** Corrections and updates, oldest first (the order readers read them). */
// On every article page: compiled once per engine.
const correctionsOf = compiledQuery((db: Kysely<DB>, p: { articleId: number }) =>
  db.selectFrom('corrections').selectAll().where('article_id', '=', p.articleId).orderBy('date').orderBy('id'));

/** Past every real cursor: the log's first page. */
const NEWEST = { date: '9999-12-31T23:59:59.999Z', id: 2_147_483_647 };

/** The corrections log: published articles' corrections, newest first, by the (date, id) index. */
const publishedCorrections = compiledQuery((db: Kysely<DB>, p: { date: string; id: number; limit: number; now: string }) => db
  .selectFrom('corrections')
  .innerJoin('articles', 'articles.id', 'corrections.article_id')
  .select([
    'corrections.id', 'corrections.article_id', 'corrections.kind', 'corrections.text', 'corrections.date', 'corrections.user_id', 'corrections.created_at',
    'articles.slug', 'articles.title', 'articles.kind as article_kind', 'articles.published_at', 'articles.created_at as article_created_at', 'articles.section_id',
  ])
  .where((eb) => eb(eb.refTuple('corrections.date', 'corrections.id'), '<', eb.tuple(p.date, p.id)))
  .where((eb) => publiclyVisible(eb, p.now))
  .orderBy('corrections.date', 'desc')
  .orderBy('corrections.id', 'desc')
  .limit(p.limit));

export function correctionsRepo(db: Kysely<DB>): CorrectionRepository {
  return {
    async insert(c) {
      const row = await db
        .insertInto('corrections')
        .values({ article_id: c.articleId, kind: c.kind, text: c.text, date: c.date, user_id: c.userId, created_at: c.createdAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async listFor(articleId): Promise<Correction[]> {
      const rows = await correctionsOf(db, { articleId });
      return rows.map((row) => ({
        id: row.id, articleId: row.article_id, kind: row.kind as Correction['kind'], text: row.text, date: row.date, userId: row.user_id, createdAt: row.created_at,
      }));
    },
    async published(before, limit, now) {
      const rows = await publishedCorrections(db, { ...(before ?? NEWEST), limit, now });
      return rows.map((row) => ({
        correction: {
          id: row.id, articleId: row.article_id, kind: row.kind as Correction['kind'], text: row.text, date: row.date, userId: row.user_id, createdAt: row.created_at,
        },
        article: {
          id: row.article_id, slug: row.slug, title: row.title, kind: row.article_kind as ArticleKind,
          publishedAt: row.published_at, createdAt: row.article_created_at, sectionId: row.section_id,
        },
      }));
    },
  };
}
