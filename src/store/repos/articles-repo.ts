import { sql, type Kysely } from 'kysely';
import { parseArticleType } from '../../domain/article-type.js';
import type { Article, ArticleKind, Note } from '../../domain/article.js';
import type { Author, Tag } from '../../domain/people.js';
import type { ArticleRecord, ArticleRepository } from '../../services/articles/ports.js';
import type { DB } from '../schema.js';
import { compiledQuery } from '../compiled-query.js';
import { articleLifecycle } from './article-lifecycle.js';
import { translationGroups } from './translation-groups.js';
import { publiclyVisible } from './public-visibility.js';
import { avatarFile, toShareCard } from './share-card-columns.js';
import { SUMMARY_COLUMNS, toArticle, toAuthor, toNote, toSummary, toTag, noteCslColumn } from './row-mappers.js';

/** The article's own columns, as the editor's save and an import's multi-row insert write them. */
export function recordRow(record: ArticleRecord) {
  return {
    kind: record.kind,
    slug: record.slug,
    title: record.title,
    dek: record.dek,
    body_markdown: record.bodyMarkdown,
    body_html: record.bodyHtml,
    excerpt: record.excerpt,
    status: record.status,
    published_at: record.publishedAt,
    updated_at: record.updatedAt,
    section_id: record.sectionId,
    language: record.language,
    sticky: record.sticky ? 1 : 0,
  };
}

function groupBy<T>(rows: Array<T & { article_id: number }>, map: (row: T) => unknown) {
  const grouped = new Map<number, unknown[]>();
  for (const row of rows) {
    const list = grouped.get(row.article_id) ?? [];
    list.push(map(row));
    grouped.set(row.article_id, list);
  }
  return grouped;
}

// The article page's hot queries, compiled once per engine.
const readerArticle = compiledQuery((db: Kysely<DB>, p: { slug: string; now: string }) =>
  db.selectFrom('articles').selectAll().where((eb) => publiclyVisible(eb, p.now, 'article')).where('articles.slug', '=', p.slug));
const notesOfArticle = compiledQuery((db: Kysely<DB>, p: { articleId: number }) =>
  db.selectFrom('notes').selectAll().where('article_id', '=', p.articleId).orderBy('number'));
const authorsOfArticle = compiledQuery((db: Kysely<DB>, p: { articleId: number }) =>
  db.selectFrom('article_authors').innerJoin('authors', 'authors.id', 'article_authors.author_id')
    .select(['article_authors.article_id', 'article_authors.position', 'authors.id', 'authors.slug', 'authors.name', 'authors.bio', 'authors.fediverse', 'authors.avatar_media_id', 'authors.avatar_url', avatarFile(db)])
    .where('article_authors.article_id', '=', p.articleId));
const tagsOfArticle = compiledQuery((db: Kysely<DB>, p: { articleId: number }) =>
  db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['article_tags.article_id', 'tags.id', 'tags.slug', 'tags.name']).where('article_tags.article_id', '=', p.articleId));

/** Articles on Kysely; the same queries run on SQLite and PostgreSQL. */
export function articlesRepo(db: Kysely<DB>): ArticleRepository {
  const published = (kind: ArticleKind, now: string) => db.selectFrom('articles').where((eb) => publiclyVisible(eb, now, kind));

  return {
    ...articleLifecycle(db),
    ...translationGroups(db),

    async listPages(now, limit) {
      const rows = await published('page', now)
        .select(SUMMARY_COLUMNS)
        .orderBy('articles.published_at', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toSummary);
    },

    async findForReader(slug, now) {
      const [row] = await readerArticle(db, { slug, now });
      if (!row) return null;
      return { article: toArticle(row), featuredMediaId: row.featured_media_id, featuredAlt: row.featured_alt, commentsOpen: row.comments_open !== 0, articleType: parseArticleType(row.article_type), featuredCaption: row.featured_caption, shareCard: toShareCard(row),
        seo: { title: row.seo_title, description: row.seo_description }, translationGroup: row.translation_group };
    },

    async findPublishedBySlug(slug, kind, now) {
      // An article's comment feed looks its article up as the article page does (compiled once).
      const [row] = kind === 'article' ? await readerArticle(db, { slug, now }) : [await published(kind, now).selectAll().where('articles.slug', '=', slug).executeTakeFirst()];
      return row ? toArticle(row) : null;
    },

    async listAll() {
      const rows = await db.selectFrom('articles').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toArticle);
    },

    async findBySlug(slug): Promise<Article | null> {
      const row = await db.selectFrom('articles').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toArticle(row) : null;
    },

    async authorsOf(articleIds) {
      if (articleIds.length === 0) return new Map();
      if (articleIds.length === 1) {
        // In byline order, sorted here: a byline is a few rows (the key does not hold the position).
        const byline = (await authorsOfArticle(db, { articleId: articleIds[0]! })).sort((a, b) => a.position - b.position);
        return groupBy(byline, toAuthor) as Map<number, Author[]>;
      }
      const rows = await db
        .selectFrom('article_authors')
        .innerJoin('authors', 'authors.id', 'article_authors.author_id')
        .select(['article_authors.article_id', 'authors.id', 'authors.slug', 'authors.name', 'authors.bio', 'authors.fediverse', 'authors.avatar_url', avatarFile(db)])
        .where('article_authors.article_id', 'in', articleIds)
        .orderBy('article_authors.article_id')
        .orderBy('article_authors.position')
        .execute();
      return groupBy(rows, toAuthor) as Map<number, Author[]>;
    },

    async tagsOf(articleIds) {
      if (articleIds.length === 0) return new Map();
      const rows = articleIds.length === 1 ? await tagsOfArticle(db, { articleId: articleIds[0]! }) : await db
        .selectFrom('article_tags')
        .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
        .select(['article_tags.article_id', 'tags.id', 'tags.slug', 'tags.name'])
        .where('article_tags.article_id', 'in', articleIds)
        .execute();
      // Sorted here: a handful of rows, and an ORDER BY on the tag name would sort in a temporary table.
      rows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
      return groupBy(rows, toTag) as Map<number, Tag[]>;
    },

    async notesOf(articleId): Promise<Note[]> {
      return (await notesOfArticle(db, { articleId })).map(toNote);
    },

    async maxId() {
      const row = await db.selectFrom('articles').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
      return Number(row?.max ?? 0);
    },

    async count() {
      const row = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async publishDue(now) {
      const due = await db
        .selectFrom('articles')
        .select('id')
        .where('status', '=', 'scheduled')
        .where('published_at', '<=', now)
        .execute();
      const ids = due.map((row) => row.id);
      if (ids.length > 0) await db.updateTable('articles').set({ status: 'published' }).where('id', 'in', ids).execute();
      return ids;
    },

    async insert(record, createdAt) {
      const row = await db
        .insertInto('articles')
        .values({ ...recordRow(record), created_at: createdAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(id, record) {
      // Every save moves the version on, so an editor holding an older one is told.
      await db.updateTable('articles').set({ ...recordRow(record), version: sql<number>`version + 1` }).where('id', '=', id).execute();
    },

    async setAuthors(articleId, authorIds) {
      await db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
      if (authorIds.length === 0) return;
      await db
        .insertInto('article_authors')
        .values(authorIds.map((authorId, position) => ({ article_id: articleId, author_id: authorId, position })))
        .execute();
    },

    async setTags(articleId, tagIds) {
      await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
      if (tagIds.length === 0) return;
      await db.insertInto('article_tags').values(tagIds.map((tagId) => ({ article_id: articleId, tag_id: tagId }))).execute();
    },

    async setStyledNotes(articleId, notes) {
      let stored = 0;
      for (const note of notes) {
        const result = await db
          .updateTable('notes')
          .set({ styled_html: note.html, styled_with: note.style })
          .where('article_id', '=', articleId)
          .where('number', '=', note.number)
          .where('raw_text', '=', note.rawText)
          .executeTakeFirst();
        stored += Number(result.numUpdatedRows);
      }
      return stored;
    },

    async idsWithNotes() {
      const rows = await db.selectFrom('notes').select('article_id').distinct().orderBy('article_id').execute();
      return rows.map((row) => row.article_id);
    },

    async setNotes(articleId, notes) {
      await db.deleteFrom('notes').where('article_id', '=', articleId).execute();
      if (notes.length === 0) return;
      await db
        .insertInto('notes')
        .values(
          notes.map((note) => ({
            article_id: articleId,
            number: note.number,
            label: note.label,
            raw_text: note.rawText,
            html: note.html,
            url: note.url,
            accessed: note.accessed,
            citations: note.citations,
            csl: noteCslColumn(note),
            ibid_of: note.ibidOf,
            recognised: note.recognised ? 1 : 0,
            styled_html: note.styledHtml,
            styled_with: note.styledWith,
          })),
        )
        .execute();
    },
  };
}
