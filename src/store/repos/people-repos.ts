import type { Kysely } from 'kysely';
import type { Redirect } from '../../domain/people.js';
import type { AuthorRepository, RedirectRepository, TagRepository } from '../../services/structure/ports.js';
import type { DB } from '../schema.js';
import { toAuthor, toTag } from './row-mappers.js';

/** Authors. */
export function authorsRepo(db: Kysely<DB>): AuthorRepository {
  return {
    async findBySlug(slug) {
      const row = await db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toAuthor(row) : null;
    },
    async findManyBySlugs(slugs) {
      if (slugs.length === 0) return [];
      const rows = await db.selectFrom('authors').selectAll().where('slug', 'in', slugs).execute();
      return rows.map(toAuthor);
    },
    async all() {
      const rows = await db.selectFrom('authors').selectAll().orderBy('name').execute();
      return rows.map(toAuthor);
    },
    async firstByName(limit) {
      const rows = await db.selectFrom('authors').selectAll().orderBy('name').limit(limit).execute();
      return rows.map(toAuthor);
    },
    async insert(author, createdAt) {
      const row = await db
        .insertInto('authors')
        .values({ slug: author.slug, name: author.name, bio: author.bio, email: author.email ?? null, fediverse: author.fediverse ?? null, avatar_media_id: author.avatarMediaId ?? null, avatar_url: author.avatarUrl ?? null, created_at: createdAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

/** Tags. */
export function tagsRepo(db: Kysely<DB>): TagRepository {
  return {
    async findBySlug(slug) {
      const row = await db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toTag(row) : null;
    },
    async findById(id) {
      const row = await db.selectFrom('tags').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toTag(row) : null;
    },
    async findManyBySlugs(slugs) {
      if (slugs.length === 0) return [];
      const rows = await db.selectFrom('tags').selectAll().where('slug', 'in', slugs).execute();
      return rows.map(toTag);
    },
    async all() {
      const rows = await db.selectFrom('tags').selectAll().orderBy('name').execute();
      return rows.map(toTag);
    },
    async firstByName(limit) {
      const rows = await db.selectFrom('tags').selectAll().orderBy('name').limit(limit).execute();
      return rows.map(toTag);
    },
    async insert(tag) {
      const row = await db.insertInto('tags').values({ slug: tag.slug, name: tag.name }).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

/** Redirects. */
export function redirectsRepo(db: Kysely<DB>): RedirectRepository {
  return {
    async find(fromPath) {
      const row = await db.selectFrom('redirects').selectAll().where('from_path', '=', fromPath).executeTakeFirst();
      return row ? { fromPath: row.from_path, toPath: row.to_path, statusCode: row.status_code as Redirect['statusCode'] } : null;
    },
    async all() {
      const rows = await db.selectFrom('redirects').selectAll().orderBy('from_path').execute();
      return rows.map((row) => ({ fromPath: row.from_path, toPath: row.to_path, statusCode: row.status_code as Redirect['statusCode'] }));
    },
    async insert(redirect, createdAt) {
      await db
        .insertInto('redirects')
        .values({ from_path: redirect.fromPath, to_path: redirect.toPath, status_code: redirect.statusCode, created_at: createdAt })
        .execute();
    },
  };
}
