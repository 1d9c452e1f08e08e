import type { Kysely, Selectable } from 'kysely';
import type { ArticleKind } from '../../domain/article.js';
import type { Comment, CommentStatus, PublicComment } from '../../domain/comment.js';
import type { CommentRepository, NewComment } from '../../services/comments/ports.js';
import type { CommentsTable, DB } from '../schema.js';
import { compiledQuery } from '../compiled-query.js';
import { publiclyVisible } from './public-visibility.js';

const PUBLIC_COLUMNS = [
  'comments.id', 'comments.article_id', 'comments.parent_id', 'comments.author_name', 'comments.author_url',
  'comments.body', 'comments.body_html', 'comments.status', 'comments.created_at',
] as const;

type PublicRow = Omit<Selectable<CommentsTable>, 'author_email' | 'ip_hash' | 'author_token_hash' | 'updated_at'>;

function toPublicComment(row: PublicRow): PublicComment {
  return {
    id: row.id,
    articleId: row.article_id,
    parentId: row.parent_id,
    authorName: row.author_name,
    authorUrl: row.author_url,
    body: row.body,
    bodyHtml: row.body_html,
    status: row.status as CommentStatus,
    createdAt: row.created_at,
  };
}

const toComment = (row: PublicRow & { author_email: string }): Comment => ({ ...toPublicComment(row), authorEmail: row.author_email });

function articleOf(row: { slug: string; title: string; kind: string; published_at: string | null; article_created_at: string; section_id: number | null }) {
  return { slug: row.slug, title: row.title, kind: row.kind as ArticleKind, publishedAt: row.published_at, createdAt: row.article_created_at, sectionId: row.section_id };
}

// On every article page: compiled once per engine (a reader, or a commenter who may have pending comments).
const approvedOn = compiledQuery((db: Kysely<DB>, p: { articleId: number }) => db
  .selectFrom('comments').select(PUBLIC_COLUMNS).where('article_id', '=', p.articleId).where('status', '=', 'approved')
  .orderBy('created_at').orderBy('id'));
// An article's comment feed (each one of a static export): compiled once per engine.
const latestApprovedOn = compiledQuery((db: Kysely<DB>, p: { articleId: number; now: string; limit: number }) => db
  .selectFrom('comments')
  .innerJoin('articles', 'articles.id', 'comments.article_id')
  .select([...PUBLIC_COLUMNS, 'articles.slug', 'articles.title', 'articles.kind', 'articles.published_at', 'articles.created_at as article_created_at', 'articles.section_id'])
  .where('comments.status', '=', 'approved')
  .where((eb) => publiclyVisible(eb, p.now))
  .where('comments.article_id', '=', p.articleId)
  .orderBy('comments.created_at', 'desc')
  .orderBy('comments.id', 'desc')
  .limit(p.limit));
const visibleTo = compiledQuery((db: Kysely<DB>, p: { articleId: number; token: string }) => db
  .selectFrom('comments').select(PUBLIC_COLUMNS).where('article_id', '=', p.articleId)
  .where((eb) => eb.or([eb('status', '=', 'approved'), eb.and([eb('status', '=', 'pending'), eb('author_token_hash', '=', p.token)])]))
  .orderBy('created_at').orderBy('id'));

/** A new comment's row, as a posted comment and an import's multi-row insert write it. */
export function commentRow(comment: NewComment) {
  return {
    article_id: comment.articleId,
    parent_id: comment.parentId,
    author_name: comment.authorName,
    author_email: comment.authorEmail,
    author_url: comment.authorUrl,
    body: comment.body,
    body_html: comment.bodyHtml,
    status: comment.status,
    ip_hash: comment.ipHash,
    author_token_hash: comment.authorTokenHash,
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
  };
}

/** Comments on Kysely; reader-facing queries never select the email or the hashes. */
export function commentsRepo(db: Kysely<DB>): CommentRepository {
  return {
    async insert(comment) {
      const row = await db
        .insertInto('comments')
        .values(commentRow(comment))
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async findById(id) {
      const row = await db.selectFrom('comments').select([...PUBLIC_COLUMNS, 'comments.author_email']).where('id', '=', id).executeTakeFirst();
      return row ? toComment(row) : null;
    },

    async findWithArticle(id) {
      const row = await db
        .selectFrom('comments')
        .innerJoin('articles', 'articles.id', 'comments.article_id')
        .select([...PUBLIC_COLUMNS, 'comments.author_email', 'articles.slug', 'articles.title', 'articles.kind', 'articles.published_at', 'articles.created_at as article_created_at', 'articles.section_id'])
        .where('comments.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return { comment: toComment(row), article: articleOf(row) };
    },

    async visibleOn(articleId, authorTokenHash) {
      const rows = authorTokenHash === null ? await approvedOn(db, { articleId }) : await visibleTo(db, { articleId, token: authorTokenHash });
      return rows.map(toPublicComment);
    },

    async countApproved(articleIds) {
      if (articleIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('comments')
        .select(['article_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('article_id', 'in', articleIds)
        .where('status', '=', 'approved')
        .groupBy('article_id')
        .execute();
      return new Map(rows.map((row) => [row.article_id, Number(row.n)]));
    },

    async hasApproved(email) {
      const row = await db.selectFrom('comments').select('id').where('author_email', '=', email).where('status', '=', 'approved').limit(1).executeTakeFirst();
      return row !== undefined;
    },

    async setStatus(ids, status, now) {
      if (ids.length === 0) return [];
      const rows = await db.updateTable('comments').set({ status, updated_at: now }).where('id', 'in', ids).returning('id').execute();
      return rows.map((row) => row.id);
    },

    async list(filter) {
      let query = db
        .selectFrom('comments')
        .innerJoin('articles', 'articles.id', 'comments.article_id')
        .select([...PUBLIC_COLUMNS, 'comments.author_email', 'articles.slug as article_slug'])
        .orderBy('comments.created_at', 'desc')
        .orderBy('comments.id', 'desc')
        .limit(filter.limit);
      if (filter.status) query = query.where('comments.status', '=', filter.status);
      return (await query.execute()).map((row) => ({ ...toComment(row), articleSlug: row.article_slug }));
    },

    async latestApproved(filter) {
      if (filter.articleId !== undefined) {
        const rows = await latestApprovedOn(db, { articleId: filter.articleId, now: filter.now, limit: filter.limit });
        return rows.map((row) => ({ ...toPublicComment(row), article: articleOf(row) }));
      }
      let query = db
        .selectFrom('comments')
        .innerJoin('articles', 'articles.id', 'comments.article_id')
        .select([...PUBLIC_COLUMNS, 'articles.slug', 'articles.title', 'articles.kind', 'articles.published_at', 'articles.created_at as article_created_at', 'articles.section_id'])
        .where('comments.status', '=', 'approved')
        .where((eb) => publiclyVisible(eb, filter.now))
        .orderBy('comments.created_at', 'desc')
        .orderBy('comments.id', 'desc')
        .limit(filter.limit);
      if (filter.articleId !== undefined) query = query.where('comments.article_id', '=', filter.articleId);
      return (await query.execute()).map((row) => ({
        ...toPublicComment(row),
        article: articleOf(row),
      }));
    },

    async isOpen(articleId) {
      const row = await db.selectFrom('articles').select('comments_open').where('id', '=', articleId).executeTakeFirst();
      return row?.comments_open !== 0;
    },

    async setOpen(articleId, open) {
      await db.updateTable('articles').set({ comments_open: open ? 1 : 0 }).where('id', '=', articleId).execute();
    },

    async authorEmails(articleId) {
      const rows = await db
        .selectFrom('article_authors')
        .innerJoin('authors', 'authors.id', 'article_authors.author_id')
        .select('authors.email')
        .where('article_authors.article_id', '=', articleId)
        .where('authors.email', 'is not', null)
        .orderBy('article_authors.position')
        .execute();
      return rows.map((row) => row.email!).filter((email) => email !== '');
    },
  };
}
