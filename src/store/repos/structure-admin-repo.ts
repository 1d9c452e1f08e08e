import { sql, type Kysely } from 'kysely';
import type { ListingKey, ListingScope } from '../../services/discovery/ports.js';
import type { Redirect } from '../../domain/people.js';
import type { StructureAdminRepository } from '../../services/structure/ports.js';
import type { DB } from '../schema.js';
import { toAuthor, toTag } from './row-mappers.js';

/** Changes made on the structure screens. */
export function structureAdminRepo(db: Kysely<DB>): StructureAdminRepository {
  /** Forgets the counters of a tag's, author's or section's lists (the list rows went with its articles' sync) and names them. */
  async function dropLists(scope: 'tag' | 'author' | 'section', id: number): Promise<ListingKey[]> {
    const inScope = sql<boolean>`(scope = ${scope} or scope like ${`${scope}@%`})`;
    const rows = await db.selectFrom('listing_counts').select('scope').where('scope_id', '=', id).where(inScope).execute();
    await db.deleteFrom('listings').where('scope_id', '=', id).where(inScope).execute();
    await db.deleteFrom('listing_counts').where('scope_id', '=', id).where(inScope).execute();
    const scopes = new Set<string>([scope, ...rows.map((r) => r.scope)]);
    return [...scopes].map((s) => ({ scope: s as ListingScope, scopeId: id }));
  }
  /** Its translated names and slugs (migration 016) go with it. */
  const dropTranslations = (kind: string, id: number) => db.deleteFrom('translations').where('kind', '=', kind).where('item_id', '=', id).execute();

  return {
    async placeSections(placements) {
      for (const p of placements) {
        await db.updateTable('sections').set({ parent_id: p.parentId, position: p.position }).where('id', '=', p.id).execute();
      }
    },
    async updateSection(id, fields) {
      await db.updateTable('sections').set(fields).where('id', '=', id).execute();
    },
    async allTags() {
      return (await db.selectFrom('tags').selectAll().orderBy('name').execute()).map(toTag);
    },
    async updateTag(id, fields) {
      await db.updateTable('tags').set(fields).where('id', '=', id).execute();
    },
    async allAuthors() {
      const rows = await db.selectFrom('authors').selectAll().orderBy('name').execute();
      return rows.map((row) => ({ ...toAuthor(row), avatarMediaId: row.avatar_media_id }));
    },
    async updateAuthor(id, fields) {
      await db.updateTable('authors')
        .set({ name: fields.name, bio: fields.bio, avatar_media_id: fields.avatarMediaId, ...(fields.fediverse !== undefined ? { fediverse: fields.fediverse } : {}) })
        .where('id', '=', id).execute();
    },
    async allRedirects() {
      const rows = await db.selectFrom('redirects').selectAll().orderBy('from_path').execute();
      return rows.map((row) => ({ fromPath: row.from_path, toPath: row.to_path, statusCode: row.status_code as Redirect['statusCode'] }));
    },
    async deleteRedirect(fromPath) {
      await db.deleteFrom('redirects').where('from_path', '=', fromPath).execute();
    },
    async putRedirect(redirect, createdAt) {
      await db.deleteFrom('redirects').where('from_path', '=', redirect.fromPath).execute();
      await db.insertInto('redirects')
        .values({ from_path: redirect.fromPath, to_path: redirect.toPath, status_code: redirect.statusCode, created_at: createdAt }).execute();
    },
    async articleIdsWith(ref) {
      const rows = 'tag' in ref
        ? await db.selectFrom('article_tags').select('article_id as id').where('tag_id', '=', ref.tag).orderBy('article_id').execute()
        : 'author' in ref
          ? await db.selectFrom('article_authors').select('article_id as id').where('author_id', '=', ref.author).orderBy('article_id').execute()
          : await db.selectFrom('articles').select('id').where('section_id', '=', ref.section).orderBy('id').execute();
      return rows.map((row) => row.id);
    },
    async moveSectionArticles(from, to) {
      const ids = (await db.selectFrom('articles').select('id').where('section_id', '=', from).execute()).map((row) => row.id);
      // A new version: an editor open on one of them is told it changed instead of putting the old section back.
      if (ids.length > 0) await db.updateTable('articles').set({ section_id: to, version: sql<number>`version + 1` }).where('section_id', '=', from).execute();
      return ids;
    },
    async deleteTag(id) {
      await db.deleteFrom('article_tags').where('tag_id', '=', id).execute();
      await dropTranslations('tag', id);
      const lists = await dropLists('tag', id);
      await db.deleteFrom('tags').where('id', '=', id).execute();
      return lists;
    },
    async deleteAuthor(id) {
      await db.deleteFrom('article_authors').where('author_id', '=', id).execute();
      // An account that wrote as this author stays, without a byline of its own.
      await db.updateTable('users').set({ author_id: null }).where('author_id', '=', id).execute();
      await dropTranslations('author', id);
      const lists = await dropLists('author', id);
      await db.deleteFrom('authors').where('id', '=', id).execute();
      return lists;
    },
    async deleteSection(id) {
      await db.updateTable('articles').set({ section_id: null }).where('section_id', '=', id).execute();
      await db.updateTable('sections').set({ parent_id: null }).where('parent_id', '=', id).execute();
      await dropTranslations('section', id);
      const lists = await dropLists('section', id);
      await db.deleteFrom('sections').where('id', '=', id).execute();
      return lists;
    },
  };
}
